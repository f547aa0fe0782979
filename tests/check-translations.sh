#!/bin/sh
# The Danish translation is complete: every file with translatable
# strings is listed in po/POTFILES.in, and po/da.po translates every
# message the sources have today, with nothing fuzzy.
set -eu
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

status=0
for f in $(grep -lE '(^|[^a-z_])(_|N_|C_|NC_)\(|g_dngettext|translatable="yes"' \
             src/core/*.c src/gui/*.c src/main.c data/ui/*.ui data/gtk/*.ui 2>/dev/null); do
  grep -qx "$f" po/POTFILES.in || { echo "not in po/POTFILES.in: $f"; status=1; }
done

xgettext --files-from=po/POTFILES.in --directory="$src" --output="$tmp/current.pot" \
  --from-code=UTF-8 --add-comments --package-name=netvaerk \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
msgmerge --quiet --no-fuzzy-matching "po/da.po" "$tmp/current.pot" -o "$tmp/da.po"

stats=$(msgfmt --check --statistics -o /dev/null "$tmp/da.po" 2>&1)
echo "da: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/da.po is incomplete: run 'ninja -C build netvaerk-update-po' and translate"; status=1 ;;
esac
exit $status
