#!/bin/bash
# Remakes data/screenshots/*.png from the real application on a sample
# plan, in English and Danish, and the printed documents (DOCUMENTS_ONLY=1
# for just those, without a display). Needs xdotool, imagemagick and
# poppler-utils:
#   apt-get install xdotool imagemagick
#   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- build-aux/screenshots.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/data/screenshots
plan=${PLAN:-$root/data/samples/familieplejere.netvaerk}
# The grid shows seed 003's planning tool: who contributes what, and how
grid_plan=${GRID_PLAN:-$root/data/samples/netvaerksforloeb.netvaerk}
# Minutes mode shows seed 004's referat
minutes_plan=${MINUTES_PLAN:-$root/data/samples/chefforum.netvaerk}
mkdir -p "$out"

start () {
  local lang=$1
  export NO_AT_BRIDGE=1 GSETTINGS_SCHEMA_DIR=$root/build/data NETVAERK_LOCALEDIR=$root/build/po
  XDG_DATA_HOME=$(mktemp -d); export XDG_DATA_HOME
  if [ "$lang" = da ]; then export LANGUAGE=da LC_ALL=da_DK.UTF-8; else export LANGUAGE=en LC_ALL=C.UTF-8; fi

  "$root/build/src/netvaerk" "$2" &
  pid=$!
  sleep 3
  wid=$(xdotool search --sync --onlyvisible --class netvaerk | head -1)
  xdotool windowmove "$wid" 0 0
  xdotool windowsize "$wid" 1100 760
  sleep 1
}

shoot () {
  local lang=$1 pid wid
  start "$lang" "$plan"
  import -window root -crop 1100x760+0+0 "$out/network-$lang.png"
  xdotool mousemove 120 160 click 1   # the first meeting
  sleep 1.5
  import -window root -crop 1100x760+0+0 "$out/meeting-$lang.png"
  xdotool mousemove 700 400           # down to the agenda
  for i in $(seq 1 12); do xdotool click 5; done
  sleep 1
  import -window root -crop 1100x760+0+0 "$out/agenda-$lang.png"
  xdotool mousemove 120 75 click 1    # People
  sleep 1.5
  import -window root -crop 1100x760+0+0 "$out/people-$lang.png"
  kill "$pid"; wait "$pid" 2>/dev/null || true   # gone from the bus before the next starts

  start "$lang" "$grid_plan"
  xdotool mousemove 120 112 click 1   # the network, its planning grid
  sleep 1
  xdotool mousemove 785 28 click 1
  sleep 1.5
  import -window root -crop 1100x760+0+0 "$out/grid-$lang.png"
  kill "$pid"; wait "$pid" 2>/dev/null || true   # gone from the bus before the next starts

  start "$lang" "$minutes_plan"
  xdotool mousemove 120 160 click 1   # the meeting
  sleep 1.5
  xdotool key ctrl+shift+m            # minutes mode, over the window
  sleep 2
  import -window root -crop 1100x760+0+0 "$out/minutes-$lang.png"
  kill "$pid"; wait "$pid" 2>/dev/null || true   # gone from the bus before the next starts
}

# The printed documents, first pages, as poppler's pdftoppm draws the PDFs
documents () {
  local lang=$1 kind tmp
  tmp=$(mktemp -d)
  if [ "$lang" = da ]; then export LANGUAGE=da LC_ALL=da_DK.UTF-8; else export LANGUAGE=en LC_ALL=C.UTF-8; fi
  export NETVAERK_LOCALEDIR=$root/build/po
  for kind in agenda invitation contacts plan; do
    "$root/build/src/netvaerk" --export-pdf "$tmp/$kind.pdf" --document "$kind" --meeting m-1 "$plan"
    pdftoppm -r 70 -png -singlefile -f 1 -l 1 "$tmp/$kind.pdf" "$out/document-$kind-$lang"
  done
  "$root/build/src/netvaerk" --export-pdf "$tmp/poster.pdf" --document agenda --large-print --meeting m-1 "$plan"
  pdftoppm -r 70 -png -singlefile "$tmp/poster.pdf" "$out/document-poster-$lang"
  rm -rf "$tmp"
}

documents en
documents da
[ "${DOCUMENTS_ONLY:-}" ] && exit 0

shoot en
shoot da
