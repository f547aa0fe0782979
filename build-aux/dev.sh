#!/bin/bash
# The two commands of the README:
#   build-aux/dev.sh run    install what is missing, build, start the app on a sample plan
#   build-aux/dev.sh test   install what is missing, build, run the whole test suite
#   build-aux/dev.sh fuzz   only the fuzzers, for FUZZ_SECONDS each (a long campaign)
# Works as root or as a user with sudo, on a fresh Debian 12 machine.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

packages=(
  meson ninja-build pkg-config gcc libc6-dev
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev libical-dev
  gettext desktop-file-utils appstream
  xvfb xauth dbus locales
  python3-vobject python3-icalendar poppler-utils
  clang libclang-rt-14-dev valgrind
)

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

install_missing_packages () {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# Danish month and weekday names come from the C library's da_DK locale
generate_danish_locale () {
  locale -a 2>/dev/null | grep -qi '^da_DK\.utf-\?8$' && return
  echo "Generating the da_DK.UTF-8 locale"
  "${sudo[@]}" sed -i 's/^# *\(da_DK.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^da_DK.UTF-8 UTF-8' /etc/locale.gen || echo 'da_DK.UTF-8 UTF-8' | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo[@]}" locale-gen >/dev/null
}

build () {
  local dir=$1; shift
  [ -f "$dir/build.ninja" ] || meson setup "$dir" "$@" >/dev/null
  ninja -C "$dir" >/dev/null
}

# Environment for running from the build directory
export GSETTINGS_SCHEMA_DIR=$root/build/data
export NETVAERK_LOCALEDIR=$root/build/po

# Adds "Ok: N", "Fail: N"… of a meson test log to the totals
passed=0; failed=0; skipped=0
count () {
  local log=$1 n
  n=$(sed -n 's/^Ok: *\([0-9]*\).*/\1/p' "$log" | tail -1); passed=$((passed + ${n:-0}))
  for key in Fail "Unexpected Pass" Timeout; do
    n=$(sed -n "s/^$key: *\([0-9]*\).*/\1/p" "$log" | tail -1); failed=$((failed + ${n:-0}))
  done
  n=$(sed -n 's/^Skipped: *\([0-9]*\).*/\1/p' "$log" | tail -1); skipped=$((skipped + ${n:-0}))
}

# The libFuzzer harnesses, each for FUZZ_SECONDS, from the repository's
# files and fuzz/regressions/; a crash fails the run. Extra arguments go
# to libFuzzer: the test run fixes the seed, so that it walks the same
# inputs every time (in a longer campaign, with that seed, any crash it
# could meet shows up first), and a red run is not down to luck.
run_fuzzers () {
  local seconds=${FUZZ_SECONDS:-60} name corpus status=0
  CC=clang build build-fuzz -Dgui=false -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dbuildtype=debugoptimized
  for name in plan ical input letter; do
    corpus=build-fuzz/corpus-$name
    mkdir -p "$corpus" build-fuzz/crashes-$name
    case $name in
      plan) cp data/samples/*.netvaerk tests/malformed/*.netvaerk tests/files/*.netvaerk "$corpus"/ ;;
      ical) cp tests/ics/*.ics "$corpus"/ ;;
      letter) cp tests/letters/*.txt "$corpus"/ ;;
    esac
    cp fuzz/regressions/$name/* "$corpus"/ 2>/dev/null || true
    if build-fuzz/fuzz/fuzz-$name -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=300000 "$@" \
         -artifact_prefix=build-fuzz/crashes-$name/ "$corpus" >build-fuzz/fuzz-$name.log 2>&1; then
      echo "fuzz-$name: $(grep -o 'Done [0-9]* runs' build-fuzz/fuzz-$name.log | tail -1) in ${seconds}s, no crash"
      passed=$((passed + 1))
    else
      echo "fuzz-$name FAILED: see build-fuzz/fuzz-$name.log and build-fuzz/crashes-$name/"
      tail -30 build-fuzz/fuzz-$name.log
      failed=$((failed + 1)); status=1
    fi
  done
  return $status
}

run_tests () {
  local log status=0
  log=$(mktemp)
  # The GUI tests need a display and a session bus; neither exists in CI
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
    meson test -C build --print-errorlogs --no-rebuild 2>&1 | tee "$log" || status=1
  count "$log"

  # The core tests once more under AddressSanitizer + UndefinedBehaviorSanitizer
  build build-asan -Dgui=false -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
  meson test -C build-asan --print-errorlogs --no-rebuild --suite core 2>&1 | tee "$log" || status=1
  count "$log"
  rm -f "$log"

  # And under valgrind's memcheck: no invalid access, nothing definitely lost
  log=$(mktemp)
  meson test -C build --print-errorlogs --no-rebuild --suite core --timeout-multiplier 10 \
    --wrap="valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=1 --suppressions=$root/tests/valgrind.supp" \
    2>&1 | tee "$log" || status=1
  count "$log"
  rm -f "$log"

  run_fuzzers -seed=1 || status=1

  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
}

case "${1:-}" in
  run)
    install_missing_packages
    generate_danish_locale
    build build
    exec ./build/src/netvaerk "${2:-data/samples/netvaerksforloeb.netvaerk}"
    ;;
  test)
    install_missing_packages
    generate_danish_locale
    build build
    run_tests
    ;;
  fuzz)
    install_missing_packages
    run_fuzzers
    ;;
  *)
    echo "usage: $0 run|test|fuzz" >&2
    exit 2
    ;;
esac
