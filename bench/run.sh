#!/bin/bash
# bench/run.sh: Netværk's performance benchmark (issue 10).
#
# Builds an optimised release in build-bench/, generates plans of 100,
# 1 000, 5 000 and 10 000 meetings with bench/generate.py, and measures
# with /usr/bin/time -v (wall time and peak memory) what a user waits
# for: --check (load), load and save, --export-ics of all meetings,
# --export-pdf of a 60-item agenda and of the contact list, Python's
# json.load / json.dump of the same files beside them, and the window's
# time from process start to its first frame and to the plan shown,
# beside a minimal libadwaita window (bench/minimal-window.c), under
# Xvfb. Prints a markdown table and writes it to bench/RESULTS.md with
# the machine it ran on, and the issue's targets marked met or not met.
#
# Environment: BENCH_RUNS (runs of each measurement, best taken; 3),
# BENCH_SIZES ("100 1000 5000 10000"), BENCH_BUILD (build-bench),
# BENCH_OUT (bench/RESULTS.md; "-" for standard output only).
#
# Everything in RESULTS.md from the line "## Before and after" on is
# kept when the file is written again: notes on profiling and fixes.

set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BENCH_BUILD:-$ROOT/build-bench}
RUNS=${BENCH_RUNS:-3}
SIZES=${BENCH_SIZES:-"100 1000 5000 10000"}
OUT=${BENCH_OUT:-$ROOT/bench/RESULTS.md}
PY=/usr/bin/python3
SAMPLE=$ROOT/data/samples/netvaerksforloeb.netvaerk

LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/netvaerk-bench-XXXXXX")
trap 'rm -rf "$WORK"' EXIT

say () { printf '%s\n' "$*" >&2; }

# ───────────────────────── Build ─────────────────────────

if [ ! -f "$BUILD/build.ninja" ]; then
  meson setup "$BUILD" "$ROOT" --buildtype=release -Dgui=true >&2
fi
ninja -C "$BUILD" >&2

NV=$BUILD/src/netvaerk
IO=$BUILD/bench/bench-plan-io
RESAVE=$BUILD/tests/nv-resave
MINIMAL=$BUILD/bench/minimal-window

HAVE_PDF=0
if grep -qa -- '--export-pdf' "$NV"; then
  HAVE_PDF=1
fi

# ─────────────────────── Measuring ───────────────────────

declare -A WALL RSS NOTE

# measure KEY PREPARE COMMAND...: runs PREPARE (untimed, may be ":") and
# then COMMAND under /usr/bin/time -v, $RUNS times; keeps the shortest
# wall time and the largest peak resident memory (kB)
measure () {
  local key=$1 prepare=$2
  shift 2
  local best="" peak=0 log=$WORK/time.log
  for _ in $(seq "$RUNS"); do
    eval "$prepare"
    if ! /usr/bin/time -v -o "$log" "$@" >"$WORK/stdout.log" 2>"$WORK/stderr.log"; then
      say "failed: $*"
      cat "$WORK/stderr.log" >&2
      WALL[$key]=failed
      return
    fi
    local wall rss
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
             n = split($2, p, ":"); s = 0
             for (i = 1; i <= n; i++) s = s * 60 + p[i]
             printf "%.2f", s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$wall
    fi
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  WALL[$key]=$best
  RSS[$key]=$peak
}

# best KEY COMMAND...: COMMAND prints "NAME SECONDS" lines; keeps each
# NAME's shortest time of $RUNS runs as WALL[KEY.NAME]
best () {
  local key=$1
  shift
  for _ in $(seq "$RUNS"); do
    "$@" >"$WORK/best.log" 2>"$WORK/stderr.log" || { say "failed: $*"; cat "$WORK/stderr.log" >&2; return; }
    while read -r name seconds; do
      local k="$key.$name"
      if [ -z "${WALL[$k]:-}" ] || awk -v a="$seconds" -v b="${WALL[$k]}" 'BEGIN { exit !(a < b) }'; then
        WALL[$k]=$seconds
      fi
    done <"$WORK/best.log"
  done
}

PY_IO=$WORK/py-io.py
cat >"$PY_IO" <<'EOF'
import json, sys, time
start = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as f:
    plan = json.load(f)
loaded = time.perf_counter()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(plan, f, ensure_ascii=False, indent=2)
dumped = time.perf_counter()
print("load %.3f" % (loaded - start))
print("dump %.3f" % (dumped - loaded))
EOF

# ─────────────────────── The plans ───────────────────────

for n in $SIZES; do
  say "Generating a plan of $n meetings"
  "$PY" "$ROOT/bench/generate.py" --meetings "$n" "$WORK/plan-$n.netvaerk"
done

for n in $SIZES; do
  plan=$WORK/plan-$n.netvaerk
  copy=$WORK/copy-$n.netvaerk
  say "Measuring the plan of $n meetings"
  NOTE[size.$n]=$(stat -c %s "$plan")
  NOTE[summary.$n]=$("$NV" --check "$plan" | sed 's/^.*: //')

  measure "check.$n" ":" "$NV" --check "$plan"
  measure "resave.$n" "cp '$plan' '$copy'" "$RESAVE" "$copy"
  # The first export of a plan records each meeting's SEQUENCE in it and
  # saves it; an export after that finds nothing changed
  measure "ics1.$n" "cp '$plan' '$copy'" "$NV" --export-ics "$WORK/out.ics" "$copy"
  measure "ics.$n" ":" "$NV" --export-ics "$WORK/out.ics" "$copy"
  NOTE[icssize.$n]=$(stat -c %s "$WORK/out.ics")
  if [ "$HAVE_PDF" = 1 ]; then
    measure "pdfagenda.$n" ":" "$NV" --export-pdf "$WORK/agenda.pdf" --document agenda --meeting m-temadag "$plan"
    measure "pdfcontacts.$n" ":" "$NV" --export-pdf "$WORK/contacts.pdf" --document contacts --network n-kontakter "$plan"
    if command -v pdfinfo >/dev/null; then
      NOTE[pages.$n]=$(pdfinfo "$WORK/contacts.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
      NOTE[agendapages.$n]=$(pdfinfo "$WORK/agenda.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
    fi
  fi
  measure "pyload.$n" ":" "$PY" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$plan"
  measure "pyresave.$n" ":" "$PY" -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)' "$plan" "$WORK/py.json"

  best "io.$n" "$IO" "$plan" "$copy"
  best "py.$n" "$PY" "$PY_IO" "$plan" "$WORK/py.json"
done

# ─────────────────────── The window ───────────────────────

LARGEST=$(echo $SIZES | tr ' ' '\n' | sort -n | tail -1)
GUI_SCRIPT=$WORK/gui.sh
cat >"$GUI_SCRIPT" <<'EOF'
# Runs in Xvfb and a session bus of its own; prints "KEY.MODE SECONDS"
set -u
launch () {
  # The clock starts just before exec: the process's whole start counts
  timeout 120 "$PY" -c 'import os, sys, time
os.environ["NETVAERK_BENCH_START"] = str(time.clock_gettime_ns(time.CLOCK_MONOTONIC))
os.execv(sys.argv[1], sys.argv[1:])' "$@"
}
# A first run to warm the caches, not counted
NETVAERK_BENCH_EXIT=first-frame timeout 120 "$MINIMAL_BIN" >/dev/null
for _ in $(seq "$RUNS"); do
  for mode in first-frame content; do
    export NETVAERK_BENCH_EXIT=$mode
    launch "$MINIMAL_BIN" | sed 's/^/minimal./'
    launch "$NV_BIN" "$SAMPLE_PLAN" | sed 's/^/sample./'
    launch "$NV_BIN" "$LARGE_PLAN" | sed 's/^/large./'
  done
  # Issue 5: the planning grid of 50 meetings × 300 people, shown and scrolled
  NETVAERK_BENCH_EXIT=show:grid launch "$NV_BIN" "$GRID_PLAN" | sed 's/^/grid./'
  # The long lists of the largest plan: everyone in it, and the contact
  # network that has them all as members
  NETVAERK_BENCH_EXIT=show:people launch "$NV_BIN" "$LARGE_PLAN" | sed 's/^/people./'
  NETVAERK_BENCH_EXIT=show:n-kontakter launch "$NV_BIN" "$LARGE_PLAN" | sed 's/^/contacts./'
done
EOF

say "Measuring the window under Xvfb"
"$PY" "$ROOT/bench/generate.py" --grid "$WORK/grid.netvaerk"
mkdir -p "$WORK/home/data" "$WORK/home/config" "$WORK/home/cache"
env PY="$PY" RUNS="$RUNS" MINIMAL_BIN="$MINIMAL" NV_BIN="$NV" SAMPLE_PLAN="$SAMPLE" \
    LARGE_PLAN="$WORK/plan-$LARGEST.netvaerk" GRID_PLAN="$WORK/grid.netvaerk" \
    GSETTINGS_SCHEMA_DIR="$BUILD/data" GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1 \
    XDG_DATA_HOME="$WORK/home/data" XDG_CONFIG_HOME="$WORK/home/config" XDG_CACHE_HOME="$WORK/home/cache" \
    timeout 900 xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$GUI_SCRIPT" \
    >"$WORK/gui.log" 2>"$WORK/gui-stderr.log" || say "the window measurement failed: $(tail -3 "$WORK/gui-stderr.log")"
while read -r key seconds; do
  # key is e.g. "sample.first-frame"
  if [ -z "${WALL[gui.$key]:-}" ] || awk -v a="$seconds" -v b="${WALL[gui.$key]}" 'BEGIN { exit !(a < b) }'; then
    WALL[gui.$key]=$seconds
  fi
done <"$WORK/gui.log"

# ─────────────────────── The report ───────────────────────

# Formatting helpers
secs () { local v=${WALL[$1]:-}; if [ -z "$v" ]; then echo "–"; elif [ "$v" = failed ]; then echo "failed"; else printf '%.2f s' "$v"; fi; }
mb () { local v=${RSS[$1]:-}; if [ -z "$v" ]; then echo "–"; else awk -v k="$v" 'BEGIN { printf "%.0f MB", k / 1024 }'; fi; }
cell () { if [ "${WALL[$1]:-}" = failed ]; then echo "failed"; elif [ -z "${WALL[$1]:-}" ]; then echo "–"; else echo "$(secs "$1"), $(mb "$1")"; fi; }
ratio () { awk -v a="${WALL[$1]:-0}" -v b="${WALL[$2]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }
le () { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "" && a != "–" && a != "failed" && a + 0 <= b + 0) }'; }
mark () { if le "$1" "$2"; then echo "met"; else echo "**not met**"; fi; }

report () {
  local cpu cores ram debian
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  cores=$(nproc)
  ram=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1024 / 1024 }' /proc/meminfo)
  debian=$(cat /etc/debian_version 2>/dev/null || echo "?")

  echo "# Netværk benchmark results"
  echo
  echo "Made by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $cpu, $cores cores, $ram RAM,"
  echo "Debian $debian, GTK $(pkg-config --modversion gtk4), libadwaita $(pkg-config --modversion libadwaita-1),"
  echo "json-glib $(pkg-config --modversion json-glib-1.0), libical $(pkg-config --modversion libical)."
  echo "Release build (\`meson setup build-bench --buildtype=release\`); each figure is the best of $RUNS runs."
  echo "Load average when the run began: $LOADAVG (other work on the machine makes the figures noisy)."
  echo
  echo "## Command line"
  echo
  echo "Wall time and peak resident memory of the whole process (\`/usr/bin/time -v\`)."
  echo
  local header="| | " rule="|---|"
  for n in $SIZES; do header="$header$n meetings | "; rule="$rule---|"; done
  echo "${header% }"
  echo "$rule"
  local row
  row="| plan file |"; for n in $SIZES; do row="$row $(awk -v b="${NOTE[size.$n]}" 'BEGIN { printf "%.1f MB", b / 1e6 }'): ${NOTE[summary.$n]} |"; done; echo "$row"
  row="| \`--check\` (load) |"; for n in $SIZES; do row="$row $(cell check.$n) |"; done; echo "$row"
  row="| load + save (\`tests/nv-resave\`) |"; for n in $SIZES; do row="$row $(cell resave.$n) |"; done; echo "$row"
  row="| \`--export-ics\` of all meetings, first time (saves SEQUENCE in the plan) |"; for n in $SIZES; do row="$row $(cell ics1.$n) |"; done; echo "$row"
  row="| \`--export-ics\` of all meetings, again |"; for n in $SIZES; do row="$row $(cell ics.$n) ($(awk -v b="${NOTE[icssize.$n]:-0}" 'BEGIN { printf "%.1f MB", b / 1e6 }')) |"; done; echo "$row"
  if [ "$HAVE_PDF" = 1 ]; then
    row="| \`--export-pdf\` of the 60-item agenda |"; for n in $SIZES; do row="$row $(cell pdfagenda.$n) (${NOTE[agendapages.$n]:-?} pages) |"; done; echo "$row"
    row="| \`--export-pdf\` of the contact list (everyone in the plan) |"; for n in $SIZES; do row="$row $(cell pdfcontacts.$n) (${NOTE[pages.$n]:-?} pages) |"; done; echo "$row"
  else
    row="| \`--export-pdf\` of the 60-item agenda |"; for n in $SIZES; do row="$row n/a (no --export-pdf) |"; done; echo "$row"
    row="| \`--export-pdf\` of the contact list (everyone in the plan) |"; for n in $SIZES; do row="$row n/a (no --export-pdf) |"; done; echo "$row"
  fi
  row="| Python \`json.load\` |"; for n in $SIZES; do row="$row $(cell pyload.$n) |"; done; echo "$row"
  row="| Python \`json.load\` + \`json.dump\` |"; for n in $SIZES; do row="$row $(cell pyresave.$n) |"; done; echo "$row"
  echo
  echo "## Load and save inside one process"
  echo
  echo "Netværk: \`nv_plan_load_from_file()\` (read, check, parse, build the model) and"
  echo "\`nv_plan_save_to_file()\` (write the JSON, flush it to disk, rename it over the file),"
  echo "timed by \`bench/plan-io.c\`; Python: \`json.load\` of the file and \`json.dump\` of it"
  echo "(\`ensure_ascii=False, indent=2\`, the same layout, not flushed to disk)."
  echo
  echo "${header% }"
  echo "$rule"
  row="| Netværk load |"; for n in $SIZES; do row="$row $(secs io.$n.load) |"; done; echo "$row"
  row="| Python \`json.load\` |"; for n in $SIZES; do row="$row $(secs py.$n.load) |"; done; echo "$row"
  row="| ratio |"; for n in $SIZES; do row="$row $(ratio io.$n.load py.$n.load)× |"; done; echo "$row"
  row="| Netværk save |"; for n in $SIZES; do row="$row $(secs io.$n.save) |"; done; echo "$row"
  row="| Python \`json.dump\` |"; for n in $SIZES; do row="$row $(secs py.$n.dump) |"; done; echo "$row"
  row="| ratio |"; for n in $SIZES; do row="$row $(ratio io.$n.save py.$n.dump)× |"; done; echo "$row"
  echo
  echo "## The window"
  echo
  echo "Seconds from the start of the process to its first drawn frame, and to the first frame"
  echo "that shows the plan (\`NETVAERK_BENCH_EXIT=first-frame|content\`, see \`src/gui/nv-bench.c\`),"
  echo "under Xvfb with a session bus of its own."
  echo
  echo "| | first frame | plan shown |"
  echo "|---|---|---|"
  echo "| minimal libadwaita window (\`bench/minimal-window.c\`) | $(secs gui.minimal.first-frame) | – |"
  echo "| Netværk, the sample plan (\`netvaerksforloeb.netvaerk\`) | $(secs gui.sample.first-frame) | $(secs gui.sample.content) |"
  echo "| Netværk, the plan of $LARGEST meetings | $(secs gui.large.first-frame) | $(secs gui.large.content) |"
  echo
  echo "### The planning grid"
  echo
  echo "One network of 50 meetings and 300 people (\`generate.py --grid\`): seconds from asking for"
  echo "its planning grid to the first frame that shows it, and from scrolling it to its far"
  echo "corner to the frame after (\`NETVAERK_BENCH_EXIT=show:grid\`)."
  echo
  echo "| | grid shown | scrolled to the end |"
  echo "|---|---|---|"
  echo "| 50 meetings × 300 people | $(secs gui.grid.shown) | $(secs gui.grid.scrolled) |"
  echo
  echo "### Long lists"
  echo
  echo "The plan of $LARGEST meetings: seconds from asking for a page to the first frame that"
  echo "shows it, and from scrolling it to the end to the frame after"
  echo "(\`NETVAERK_BENCH_EXIT=show:people\`, \`show:n-kontakter\`)."
  echo
  echo "| | page shown | scrolled to the end |"
  echo "|---|---|---|"
  echo "| People: everyone in the plan | $(secs gui.people.shown) | $(secs gui.people.scrolled) |"
  echo "| The contact network, everyone a member (its overview) | $(secs gui.contacts.shown) | $(secs gui.contacts.scrolled) |"
  echo
  echo "## Targets"
  echo
  echo "| target | measured | |"
  echo "|---|---|---|"
  if [[ " $SIZES " == *" 1000 "* ]]; then
    echo "| 1 000 meetings: \`--check\` under 0.3 s | $(secs check.1000) | $(mark "${WALL[check.1000]:-}" 0.3) |"
    echo "| 1 000 meetings: load + save under 0.5 s | $(secs resave.1000) | $(mark "${WALL[resave.1000]:-}" 0.5) |"
    echo "| 1 000 meetings: \`--export-ics\` of all meetings under 0.3 s (again / first time) | $(secs ics.1000) / $(secs ics1.1000) | $(mark "${WALL[ics.1000]:-}" 0.3) / $(mark "${WALL[ics1.1000]:-}" 0.3) |"
  fi
  local big=$LARGEST half=""
  for n in $SIZES; do [ $((n * 2)) = "$big" ] && half=$n; done
  local load_ratio save_ratio mem_ratio
  load_ratio=$(ratio io.$big.load py.$big.load)
  save_ratio=$(ratio io.$big.save py.$big.dump)
  echo "| $big meetings: load at most 2× Python's \`json.load\` | ${load_ratio}× | $(mark "$load_ratio" 2) |"
  echo "| $big meetings: save at most 2× Python's \`json.dump\` | ${save_ratio}× | $(mark "$save_ratio" 2) |"
  echo "| $big meetings: \`--export-ics\` under 1.5 s (again / first time) | $(secs ics.$big) / $(secs ics1.$big) | $(mark "${WALL[ics.$big]:-}" 1.5) / $(mark "${WALL[ics1.$big]:-}" 1.5) |"
  for key in check resave ics1; do
    mem_ratio=$(awk -v r="${RSS[$key.$big]:-0}" -v s="${NOTE[size.$big]}" 'BEGIN { printf "%.1f", r * 1024 / s }')
    echo "| $big meetings: peak memory under 8× the file size ($key) | ${mem_ratio}× | $(mark "$mem_ratio" 8) |"
  done
  if [ -n "$half" ]; then
    for key in check resave ics1 ics; do
      local r
      r=$(ratio $key.$big $key.$half)
      echo "| doubling the plan ($half → $big meetings) at most 2.2× the time ($key) | ${r}× | $(mark "$r" 2.2) |"
    done
  fi
  local d
  d=$(awk -v a="${WALL[gui.sample.first-frame]:-}" -v b="${WALL[gui.minimal.first-frame]:-}" 'BEGIN { if (a == "" || b == "") print "–"; else printf "%+.2f", a - b }')
  echo "| window within 0.1 s of the minimal window, sample plan | $d s | $(mark "$d" 0.1) |"
  d=$(awk -v a="${WALL[gui.large.first-frame]:-}" -v b="${WALL[gui.minimal.first-frame]:-}" 'BEGIN { if (a == "" || b == "") print "–"; else printf "%+.2f", a - b }')
  echo "| window within 0.1 s of the minimal window, $big meetings | $d s | $(mark "$d" 0.1) |"
}

report >"$WORK/report.md"

if [ "$OUT" != "-" ]; then
  {
    cat "$WORK/report.md"
    if [ -f "$OUT" ] && grep -q '^## Before and after' "$OUT"; then
      echo
      sed -n '/^## Before and after/,$p' "$OUT"
    fi
  } >"$WORK/RESULTS.md"
  cp "$WORK/RESULTS.md" "$OUT"
  say "Written to $OUT"
fi
cat "$WORK/report.md"
