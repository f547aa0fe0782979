#!/bin/bash
# The command line is a contract scripts depend on: options, output and
# exit codes (0 done, 1 the plan or the request is wrong, 2 usage).
set -u
netvaerk=$1
samples=$2/data/samples
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=en LC_ALL=C.UTF-8
failed=0

expect () {  # expect NAME STATUS PATTERN COMMAND...
  local name=$1 status=$2 pattern=$3; shift 3
  local out code
  out=$("$@" 2>&1); code=$?
  if [ "$code" -ne "$status" ] || ! grep -q -- "$pattern" <<<"$out"; then
    echo "not ok - $name (exit $code, wanted $status; output: $out)"
    failed=1
  else
    echo "ok - $name"
  fi
}

expect "help lists the commands" 0 "--export-pdf=OUT" "$netvaerk" --help
expect "check a sample" 0 "bydelsmoedre.netvaerk: 4 networks, 12 meetings, 26 people" \
  "$netvaerk" --check "$samples/bydelsmoedre.netvaerk"
printf '{"format": "netvaerk-plan", "version": 1, "networks": [' > "$tmp/broken.netvaerk"
expect "check a broken file" 1 "Line 1, column 56: the file is not valid JSON (the file ends too early)" \
  "$netvaerk" --check "$tmp/broken.netvaerk"
expect "check a missing file" 1 "Could not read the plan" \
  "$netvaerk" --check "$tmp/missing.netvaerk"
expect "check without a file" 2 "Usage:" "$netvaerk" --check
expect "text agenda to standard output" 0 "18:00–18:15  Velkommen (led by the chair)" \
  "$netvaerk" --export-text - --meeting m-1 "$samples/familieplejere.netvaerk"
expect "text agenda total" 0 "Total 2 hours 40 minutes" \
  "$netvaerk" --export-text - --meeting m-1 "$samples/familieplejere.netvaerk"
expect "text agenda of an unknown meeting" 1 "there is no meeting with the id “m-404”" \
  "$netvaerk" --export-text - --meeting m-404 "$samples/familieplejere.netvaerk"
expect "text agenda without a meeting" 2 "Usage:" \
  "$netvaerk" --export-text - "$samples/familieplejere.netvaerk"
expect "text agenda to a file" 0 "" \
  "$netvaerk" --export-text "$tmp/agenda.txt" --meeting m-2 "$samples/familieplejere.netvaerk"
expect "the file has the agenda" 0 "Eventuelt" cat "$tmp/agenda.txt"

expect "text agenda: an item's notes" 0 "^             Form: Diskuter 3 og 3 centrale temaer" \
  "$netvaerk" --export-text - --meeting m-2 "$samples/familieplejere.netvaerk"
# Seed 000's agenda has no lengths: no clock times and no "at least 0 minutes"
expect "untimed agenda: numbered items" 0 "^1. Inspiration: " \
  "$netvaerk" --export-text - --meeting m-nord-1 "$samples/bydelsmoedre.netvaerk"
expect "untimed agenda: no total" 1 "" \
  bash -c '"$1" --export-text - --meeting m-nord-1 "$2" | grep -E "Total|^[0-9]+:[0-9][0-9]"' _ "$netvaerk" "$samples/bydelsmoedre.netvaerk"

cf="$samples/chefforum.netvaerk"
expect "text agenda: the case number" 0 "^             Case no. 14/12993$" \
  "$netvaerk" --export-text - --meeting m-cf-2015-04-21 "$cf"
expect "text agenda: the attachments" 0 "^             Attachments: Valgte temaer, Hold 2$" \
  "$netvaerk" --export-text - --meeting m-cf-2015-04-21 "$cf"
expect "text minutes" 0 "Item 1: CF - Netværkstemaer for Hold 2 på netværkslederuddannelsen" \
  "$netvaerk" --export-text - --document minutes --meeting m-cf-2015-04-21 "$cf"
expect "text minutes: the decision" 0 "Temaerne blev godkendt." \
  "$netvaerk" --export-text - --document minutes --meeting m-cf-2015-04-21 "$cf"
expect "text minutes: attendance" 0 "Regrets: Lise M." \
  "$netvaerk" --export-text - --document minutes --meeting m-cf-2015-04-21 "$cf"
expect "text of another document" 2 "must be agenda or minutes" \
  "$netvaerk" --export-text - --document contacts --meeting m-cf-2015-04-21 "$cf"
expect "minutes as PDF" 0 "" \
  "$netvaerk" --export-pdf "$tmp/minutes.pdf" --document minutes --meeting m-cf-2015-04-21 "$cf"
expect "the PDF is a PDF" 0 "^%PDF-" head -c 8 "$tmp/minutes.pdf"
expect "minutes without a meeting" 1 "choose the meeting" \
  "$netvaerk" --export-pdf "$tmp/minutes.pdf" --document minutes "$cf"

cp "$samples/familieplejere.netvaerk" "$tmp/plan.netvaerk"
expect "calendar of a whole plan" 0 "" \
  "$netvaerk" --export-ics "$tmp/all.ics" "$tmp/plan.netvaerk"
expect "the calendar has the meetings" 0 "UID:m-3\.[0-9a-f-]*@netvaerk" cat "$tmp/all.ics"
expect "the plan keeps its calendar id" 0 '"calendar_id": "[0-9a-f-]*"' cat "$tmp/plan.netvaerk"
expect "calendar of one meeting" 0 "UID:m-2\.[0-9a-f-]*@netvaerk" \
  "$netvaerk" --export-ics - --meeting m-2 "$tmp/plan.netvaerk"
expect "calendar of a network" 0 "X-WR-CALNAME:Netværksgruppe for familieplejere" \
  "$netvaerk" --export-ics - --network n-familieplejere "$tmp/plan.netvaerk"
expect "the plan keeps what was exported" 0 '"digest"' cat "$tmp/plan.netvaerk"
expect "calendar of an unknown network" 1 "There is no network with the id “n-404”" \
  "$netvaerk" --export-ics - --network n-404 "$tmp/plan.netvaerk"
expect "two commands at once" 2 "Usage:" \
  "$netvaerk" --export-ics - --check "$tmp/plan.netvaerk"

printf '{"format": "netvaerk-plan", "version": 1, "networks": [{"id": "n-new"}]}' > "$tmp/new.netvaerk"
expect "import a calendar" 0 "3 added, 0 updated, 0 skipped" \
  "$netvaerk" --import-ics "$tmp/all.ics" --network n-new "$tmp/new.netvaerk"
expect "import it again: nothing is news" 0 "0 added, 0 updated, 0 skipped" \
  "$netvaerk" --import-ics "$tmp/all.ics" --network n-new "$tmp/new.netvaerk"
expect "the imported plan is valid" 0 "1 network, 3 meetings" \
  "$netvaerk" --check "$tmp/new.netvaerk"
expect "import without a network finds the same meetings" 0 "0 added, 0 updated, 0 skipped" \
  "$netvaerk" --import-ics "$tmp/all.ics" "$tmp/new.netvaerk"
expect "still one network, three meetings" 0 "1 network, 3 meetings" \
  "$netvaerk" --check "$tmp/new.netvaerk"
printf '{"format": "netvaerk-plan", "version": 1}' > "$tmp/empty.netvaerk"
expect "import into a new network" 0 "3 added, 0 updated, 0 skipped" \
  "$netvaerk" --import-ics "$tmp/all.ics" "$tmp/empty.netvaerk"
expect "a network named after the calendar" 0 '"name": "Netværksgruppe for familieplejere 2027"' cat "$tmp/empty.netvaerk"
expect "import it again, without a network" 0 "0 added, 0 updated, 0 skipped" \
  "$netvaerk" --import-ics "$tmp/all.ics" "$tmp/empty.netvaerk"
expect "no second network, no duplicates" 0 "1 network, 3 meetings" \
  "$netvaerk" --check "$tmp/empty.netvaerk"
cp "$tmp/plan.netvaerk" "$tmp/own.netvaerk"
"$netvaerk" --export-ics "$tmp/own.ics" "$tmp/own.netvaerk" >/dev/null 2>&1
cp "$tmp/own.netvaerk" "$tmp/own-before.netvaerk"
expect "import our own export into its plan" 0 "0 added, 0 updated, 0 skipped" \
  "$netvaerk" --import-ics "$tmp/own.ics" "$tmp/own.netvaerk"
expect "our own export changes nothing" 0 "" cmp "$tmp/own-before.netvaerk" "$tmp/own.netvaerk"
sed 's/"email": "[^"]*"/"email": ""/g' "$tmp/plan.netvaerk" > "$tmp/no-email.netvaerk"
expect "a calendar without organiser addresses: a warning" 0 "warning: 3 meetings have no organiser with an e-mail address" \
  "$netvaerk" --export-ics "$tmp/no-email.ics" "$tmp/no-email.netvaerk"
expect "and the calendar all the same" 0 "UID:m-1\.[0-9a-f-]*@netvaerk" cat "$tmp/no-email.ics"
printf 'not a calendar' > "$tmp/bad.ics"
cp "$tmp/new.netvaerk" "$tmp/before.netvaerk"
expect "import a broken calendar" 1 "not an iCalendar file" \
  "$netvaerk" --import-ics "$tmp/bad.ics" "$tmp/new.netvaerk"
expect "the plan is untouched" 0 "" cmp "$tmp/before.netvaerk" "$tmp/new.netvaerk"

if locale -a 2>/dev/null | grep -qi '^da_DK\.utf-\?8$'; then
  expect "Danish text agenda" 0 "18.00 – 18.15  Velkommen (v. ordstyrer)" \
    env LANGUAGE=da LC_ALL=da_DK.UTF-8 "$netvaerk" --export-text - --meeting m-1 "$samples/familieplejere.netvaerk"
fi

exit $failed
