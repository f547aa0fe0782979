#!/bin/bash
# bench/generate.py keeps writing plans Netværk accepts: a small plan and
# the planning grid's plan pass --check, load and save back byte for byte,
# and export to iCalendar. No timings: bench/run.sh measures those.
set -u
python=$1
generate=$2/bench/generate.py
netvaerk=$3
resave=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=en LC_ALL=C.UTF-8
failed=0
n=0

ok () {  # ok NAME COMMAND...
  n=$((n + 1))
  if "${@:2}" >"$tmp/out" 2>&1; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    sed 's/^/# /' "$tmp/out"
    failed=1
  fi
}

round_trip () {  # the file Netværk writes is the file it read
  cp "$1" "$1.copy" && "$resave" "$1.copy" && cmp "$1" "$1.copy"
}

ok "generate a plan of 40 meetings" "$python" "$generate" --meetings 40 "$tmp/small.netvaerk"
ok "--check accepts it" "$netvaerk" --check "$tmp/small.netvaerk"
ok "--check counts it" bash -c "'$netvaerk' --check '$tmp/small.netvaerk' | grep -q ': 3 networks, 40 meetings, 60 people$'"
ok "it loads and saves back byte for byte" round_trip "$tmp/small.netvaerk"
ok "the same seed gives the same plan" bash -c "'$python' '$generate' --meetings 40 '$tmp/again.netvaerk' && cmp '$tmp/small.netvaerk' '$tmp/again.netvaerk'"
ok "Danish text survives" grep -q "Østergaard\|Sørensen\|Ældre og Sundhed" "$tmp/small.netvaerk"
ok "the 60-item agenda is there" bash -c "'$netvaerk' --export-text - --meeting m-temadag '$tmp/small.netvaerk' | grep -c '^[0-9][0-9]:[0-9][0-9]–' | grep -qx 60"
ok "every meeting exports to iCalendar" bash -c "'$netvaerk' --export-ics '$tmp/small.ics' '$tmp/small.netvaerk' && test \$(grep -c '^BEGIN:VEVENT' '$tmp/small.ics') = 40"
ok "the contact list network has everyone" bash -c "grep -c '\"n-kontakter-mb' '$tmp/small.netvaerk' | grep -qx 60"
ok "generate the planning grid's plan" "$python" "$generate" --grid "$tmp/grid.netvaerk"
ok "--check counts the grid's plan" bash -c "'$netvaerk' --check '$tmp/grid.netvaerk' | grep -q ': 1 network, 50 meetings, 300 people$'"
ok "the grid's plan loads and saves back byte for byte" round_trip "$tmp/grid.netvaerk"
ok "sizes that make no plan are refused" bash -c "! '$python' '$generate' --meetings -1 '$tmp/bad.netvaerk' 2>/dev/null"

echo "1..$n"
exit $failed
