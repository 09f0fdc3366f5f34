#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the desktop integration files, the Flatpak manifest and the
# translations. Usage: test-desktop.sh SOURCE_ROOT BUILD_ROOT
# Prints one TAP-like line per check and exits non-zero if any fails.

set -u

src=${1:-${MK_SOURCE_ROOT:-.}}
build=${2:-${MK_BUILD_ROOT:-_build}}
app_id=ru.mayak.Mayak

n=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
# Indent a command's output as a TAP diagnostic.
diag () { sed 's/^/# /' "$@"; }

# check NAME COMMAND...: passes when the command exits 0.
check () {
  local name=$1; shift
  if "$@" >"$tmp/out" 2>&1; then
    ok "$name"
  else
    not_ok "$name"
    diag "$tmp/out"
  fi
}

need () {
  command -v "$1" >/dev/null 2>&1
}

# --- desktop file -----------------------------------------------------------

desktop=$build/data/$app_id.desktop
desktop_validate () {
  [ -f "$desktop" ] || { echo "$desktop is missing (not built?)"; return 1; }
  desktop-file-validate "$desktop" || return 1
  # Hints are advice; errors and warnings are not.
  ! desktop-file-validate "$desktop" 2>&1 | grep -E ': (error|warning):'
}
if need desktop-file-validate; then
  check "desktop-file-validate $app_id.desktop" desktop_validate
else
  not_ok "desktop-file-validate $app_id.desktop"; echo "# desktop-file-validate not found (package desktop-file-utils)"
fi

desktop_translated () {
  grep -qx 'Name\[ru\]=Маяк' "$desktop" || { echo "no Name[ru]=Маяк in $desktop"; return 1; }
  grep -q '^Comment\[ru\]=' "$desktop" || { echo "no Comment[ru] in $desktop"; return 1; }
}
check "desktop file carries the Russian translation" desktop_translated

desktop_icon () {
  local icon
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ "$icon" = "$app_id" ] || { echo "Icon=$icon, expected $app_id"; return 1; }
  [ -f "$src/data/icons/$icon.svg" ] || { echo "data/icons/$icon.svg is missing"; return 1; }
}
check "desktop Icon names the shipped icon" desktop_icon

# --- metainfo ---------------------------------------------------------------

metainfo=$build/data/$app_id.metainfo.xml
metainfo_validate () {
  [ -f "$metainfo" ] || { echo "$metainfo is missing (not built?)"; return 1; }
  # Exits non-zero on errors and warnings; info and pedantic notes pass.
  appstreamcli validate --no-net "$metainfo"
}
if need appstreamcli; then
  check "appstreamcli validate --no-net $app_id.metainfo.xml" metainfo_validate
else
  not_ok "appstreamcli validate --no-net $app_id.metainfo.xml"; echo "# appstreamcli not found (package appstream)"
fi

metainfo_launchable () {
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    { echo "launchable does not name $app_id.desktop"; return 1; }
  grep -q 'xml:lang="ru"' "$metainfo" ||
    { echo "no xml:lang=\"ru\" strings merged into $metainfo"; return 1; }
}
check "metainfo launchable and Russian strings" metainfo_launchable

# --- GSettings schema -------------------------------------------------------

check "glib-compile-schemas --strict --dry-run data/" \
  glib-compile-schemas --strict --dry-run "$src/data"

# --- Flatpak manifest -------------------------------------------------------

manifest=$src/flatpak/$app_id.json
check "flatpak manifest is valid JSON" python3 -m json.tool "$manifest"

manifest_content () {
  python3 - "$manifest" "$app_id" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
problems = []
if m.get("id", m.get("app-id")) != sys.argv[2]:
    problems.append("id is not " + sys.argv[2])
if m.get("command") != "mayak":
    problems.append("command is not mayak")
args = m.get("finish-args") or []
for a in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11"):
    if a not in args:
        problems.append("finish-args lack " + a)
mods = {x.get("name"): x for x in m.get("modules", []) if isinstance(x, dict)}
lxw = mods.get("libxlsxwriter")
if lxw is None:
    problems.append("no libxlsxwriter module")
elif "-DUSE_DTOA_LIBRARY=ON" not in lxw.get("config-opts", []):
    problems.append("libxlsxwriter is built without -DUSE_DTOA_LIBRARY=ON")
if "mayak" not in mods or mods["mayak"].get("buildsystem") != "meson":
    problems.append("no meson module named mayak")
print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
}
check "flatpak manifest: libxlsxwriter with DTOA, finish-args" manifest_content

# flatpak-builder only fails on syntax; unknown keys are WARNINGs.
manifest_builder () {
  flatpak-builder --show-manifest "$manifest" >/dev/null 2>"$tmp/fb" || { cat "$tmp/fb"; return 1; }
  cat "$tmp/fb"
  ! grep -q 'WARNING' "$tmp/fb"
}
if need flatpak-builder; then
  check "flatpak-builder --show-manifest without warnings" manifest_builder
else
  skip "flatpak-builder --show-manifest without warnings" "flatpak-builder not installed"
fi

# --- icon -------------------------------------------------------------------

check "app icon is well-formed SVG" xmllint --noout "$src/data/icons/$app_id.svg"

# --- translations -----------------------------------------------------------

potfiles=$src/po/POTFILES.in
# The entries of POTFILES.in, without comments and blank lines.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" >"$tmp/potfiles"

potfiles_sorted () {
  LC_ALL=C sort -c "$tmp/potfiles"
}
check "POTFILES.in is sorted" potfiles_sorted

potfiles_exist () {
  local f rc=0
  while read -r f; do
    [ -f "$src/$f" ] || { echo "$f is listed but does not exist"; rc=1; }
  done <"$tmp/potfiles"
  return $rc
}
check "POTFILES.in lists existing files" potfiles_exist

potfiles_complete () {
  local f rc=0
  (
    cd "$src" || exit 1
    # _( N_( C_( NC_( as whole identifiers, and the ngettext family.
    find src -name '*.[ch]' -print0 2>/dev/null |
      xargs -0 -r grep -lE '(^|[^[:alnum:]_])(N|C|NC)?_ ?\(|ngettext ?\(' 2>/dev/null
    find ui src -name '*.ui' -print0 2>/dev/null |
      xargs -0 -r grep -l 'translatable="yes"' 2>/dev/null
  ) | LC_ALL=C sort -u >"$tmp/needed"
  while read -r f; do
    grep -qxF "$f" "$tmp/potfiles" || { echo "$f has translatable strings but is not in po/POTFILES.in"; rc=1; }
  done <"$tmp/needed"
  return $rc
}
check "every file with translatable strings is in POTFILES.in" potfiles_complete

# msgfmt --statistics prints e.g. "28 translated messages, 1 fuzzy
# translation, 2 untranslated messages." on stderr.
po_stats_clean () {
  local stats
  stats=$(msgfmt --check --statistics -o /dev/null "$1" 2>&1) || { echo "$stats"; return 1; }
  echo "$stats"
  ! echo "$stats" | grep -qE 'fuzzy|untranslated'
}
check "msgfmt --check: ru.po has no untranslated or fuzzy messages" po_stats_clean "$src/po/ru.po"

# ru.po must also cover the strings the sources have now, not only the ones
# it was last merged with: extract a fresh template and merge against it.
po_up_to_date () {
  (cd "$src" && xgettext --from-code=UTF-8 --add-comments \
     --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
     --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
     --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
     --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
     -f po/POTFILES.in -o "$tmp/mayak.pot") || return 1
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/ru.po" "$src/po/ru.po" "$tmp/mayak.pot" || return 1
  po_stats_clean "$tmp/ru.po" ||
    { echo "run: ninja -C BUILD mayak-update-po, then translate po/ru.po"; return 1; }
}
# ...and holds no string the sources no longer have: a stale message is
# work for translators that no reader ever sees.
po_no_stale () {
  po_up_to_date > /dev/null || return 1
  stale=$(msgattrib --only-obsolete "$tmp/ru.po" | grep -A1 '^#~ msgid')
  [ -z "$stale" ] || { echo "$stale"; echo "remove these messages from po/ru.po"; return 1; }
}
if need xgettext && need msgmerge; then
  check "ru.po translates every string in the current sources" po_up_to_date
  check "ru.po has no message the sources no longer use" po_no_stale
else
  not_ok "ru.po translates every string in the current sources"; echo "# xgettext/msgmerge not found (package gettext)"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
