#!/usr/bin/env bash
# Smoke test of the one-folder bundle, run the way a user without Python runs it:
# every Python installation on the machine is hidden (a private mount namespace
# lays empty folders over their standard libraries), the environment is emptied,
# and the bundle must still
#   - answer --version with the package's version, and `tiers --json`;
#   - make a demo database, one monthly report and the month-end batch (its worker
#     processes are this executable again), with the report fonts embedded;
#   - do the same on a PostgreSQL database (a throwaway server, the team's setup);
#   - open its window: offscreen, and on an X server (Xvfb), where the window must
#     be mapped with its title; a screenshot is kept if SCREENSHOT=FILE.png is set;
#   - install its menu entry into a scratch home folder, and the entry validates.
# Exits non-zero on the first failure, saying what failed. Needs: unshare (root, or
# unprivileged user namespaces), xvfb-run, xwininfo, pdffonts, desktop-file-validate,
# and PostgreSQL's server programs.
#
#   packaging/smoke_bundle.sh [BUNDLE_DIR]      (default dist/accountdesk)
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(cd "${1:-$top/dist/accountdesk}" && pwd)
# The bundle's size budget: measured 209 MB; fail on growth past this.
max_mb=${MAX_MB:-150}

fail() { echo "smoke_bundle: $*" >&2; exit 1; }
for tool in unshare xvfb-run xwininfo pdffonts desktop-file-validate; do
    command -v "$tool" >/dev/null || fail "needs $tool (Debian: apt-get install util-linux xvfb x11-utils poppler-utils desktop-file-utils)."
done
[ -x "$bundle/accountdesk" ] || fail "no bundle at $bundle (build it with packaging/build_bundle.sh)."

size=$(du -sm "$bundle" | cut -f1)
[ "$size" -le "$max_mb" ] || fail "the bundle is $size MB, over its budget of $max_mb MB."

scratch=$(mktemp -d)
chmod 755 "$scratch"

# A throwaway PostgreSQL server on a Unix socket, started out here: it is no Python.
initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
pg_bin=$(dirname "$(readlink -f "${initdb:-/nonexistent}")")
[ -x "$pg_bin/initdb" ] || fail "needs PostgreSQL's server programs (Debian: apt-get install postgresql)."
as_pg=()
if [ "$(id -u)" -eq 0 ]; then  # initdb refuses to run as root
    as_pg=(runuser -u postgres --)
    mkdir "$scratch/pg" && chown postgres "$scratch/pg"
else
    mkdir "$scratch/pg"
fi
stop_pg() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$scratch/pg/data" -m immediate stop >/dev/null 2>&1 || true; }
trap 'stop_pg; rm -rf "$scratch"' EXIT
"${as_pg[@]}" "$pg_bin/initdb" -D "$scratch/pg/data" -U postgres -A trust --no-sync -E UTF8 \
    --locale=C >"$scratch/pg/initdb.log" 2>&1 || fail "initdb failed: $(cat "$scratch/pg/initdb.log")"
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$scratch/pg/data" -w -l "$scratch/pg/log" \
    -o "-k $scratch/pg -c listen_addresses=''" start >/dev/null || fail "PostgreSQL did not start."
postgres_url="postgresql+psycopg://postgres@/postgres?host=$scratch/pg"

# Every standard library of a Python that could be found, to be hidden.
hidden=()
for lib in /usr/lib/python3* /usr/local/lib/python3* /opt/*/lib/python3* \
    "${PYENV_ROOT:-$HOME/.pyenv}"/versions/*/lib/python3*; do
    [ -d "$lib" ] && hidden+=("$lib")
done
for found in $(type -ap python3 python 2>/dev/null); do
    prefix=$("$found" -c 'import sys; print(sys.base_prefix)' 2>/dev/null) || continue
    for lib in "$prefix"/lib/python3*; do [ -d "$lib" ] && hidden+=("$lib"); done
done

cat >"$scratch/inside.sh" <<'INSIDE'
set -euo pipefail
fail() { echo "smoke_bundle: $*" >&2; exit 1; }
for lib in "$@"; do mount -t tmpfs -o size=1m,mode=755 none "$lib"; done
if python3 -c pass 2>/dev/null || python -c pass 2>/dev/null; then
    fail "a Python still runs inside the test; it cannot prove the bundle needs none."
fi
cd "$SCRATCH"
app=$BUNDLE/accountdesk
run() { env -i PATH=/usr/bin:/bin HOME="$SCRATCH/home" LANG=C.UTF-8 \
    ACCOUNTDESK_TODAY=2026-11-26 "$@"; }
mkdir -p home month

version=$(run "$app" --version) || fail "--version failed."
[[ $version =~ ^accountdesk\ [0-9] ]] || fail "--version printed '$version'."
[ "$version" != "accountdesk 0.0.0" ] || fail "the bundle lacks the package metadata (version 0.0.0)."
echo "ok  $version"

run "$app" tiers --json >tiers.json || fail "tiers --json failed."
grep -q '"key": "enterprise"' tiers.json || fail "tiers --json printed no enterprise tier."
echo "ok  tiers --json"

run "$app" --db t.sqlite3 demo --customers 5 || fail "demo failed."

# The first customer whose tier gets a monthly report (Community's does not).
reported=""
for id in 1 2 3 4 5; do
    if run "$app" --db t.sqlite3 report "$id" --month 2026-10 -o one.pdf 2>/dev/null; then
        reported=$id
        break
    fi
done
[ -n "$reported" ] || fail "no customer's report could be made."

# Every font that sets text is embedded. ReportLab names Helvetica on every page as
# its starting font without drawing text in it; that entry is allowed.
check_fonts() {
    pdffonts "$1" >fonts.txt 2>&1 || fail "pdffonts cannot read $1."
    grep -q "DejaVuSans .*yes" fonts.txt || fail "$1: DejaVu Sans is not embedded: $(cat fonts.txt)"
    local loose
    loose=$(awk 'NR > 2 && $(NF-4) != "yes" && $1 != "Helvetica" {print $1}' fonts.txt)
    [ -z "$loose" ] || fail "$1: fonts not embedded: $loose"
}
check_fonts one.pdf
echo "ok  report of customer $reported, fonts embedded"

run "$app" --db t.sqlite3 report --all --month 2026-10 --out-dir month 2>batch.err ||
    fail "report --all failed: $(cat batch.err)"
# A worker that did not start as a worker complains here, even when the batch copes.
[ ! -s batch.err ] || fail "report --all said: $(cat batch.err)"
count=$(ls month/*.pdf | wc -l)
[ "$count" -ge 2 ] || fail "report --all wrote $count reports; the worker pool needs two or more."
for pdf in month/*.pdf; do check_fonts "$pdf"; done
echo "ok  report --all: $count reports from the worker processes"

run "$app" --db "$POSTGRES_URL" demo --customers 5 >/dev/null || fail "demo on PostgreSQL failed."
mkdir team
run "$app" --db "$POSTGRES_URL" report --all --month 2026-10 --out-dir team 2>team.err ||
    fail "report --all on PostgreSQL failed: $(cat team.err)"
[ ! -s team.err ] || fail "report --all on PostgreSQL said: $(cat team.err)"
echo "ok  PostgreSQL: demo and report --all ($(ls team/*.pdf | wc -l) reports)"

# The window, offscreen: it must stay up, and nothing may go wrong while it loads
# (a failure in a view's slot prints a traceback and leaves the window running).
status=0
run env QT_QPA_PLATFORM=offscreen timeout 8 "$app" --db t.sqlite3 2>offscreen.err || status=$?
[ "$status" -eq 124 ] || fail "the window closed by itself (exit $status): $(cat offscreen.err)"
if grep -q "Traceback" offscreen.err; then fail "the window reported: $(cat offscreen.err)"; fi
echo "ok  window offscreen"

# The window on an X server: mapped, with its title.
cat >x.sh <<'X'
"$APP" --db t.sqlite3 2>x.err &
pid=$!
for _ in $(seq 1 60); do
    xwininfo -root -tree 2>/dev/null | grep -q '"AccountDesk — t.sqlite3"' && break
    sleep 0.25
done
sleep 2  # the home view's figures and chart load in the background
xwininfo -root -tree >tree.txt
[ -n "${SCREENSHOT:-}" ] && command -v import >/dev/null && import -window root "$SCREENSHOT"
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null || true
X
run env APP="$app" SCREENSHOT="${SCREENSHOT:-}" DISPLAY= xvfb-run -a -s "-screen 0 1400x900x24" \
    bash x.sh || fail "xvfb-run failed."
grep -q '"AccountDesk — t.sqlite3".*[0-9]x[0-9]' tree.txt || fail "no window on the X server: $(cat x.err)"
if grep -q "Traceback" x.err; then fail "the window reported: $(cat x.err)"; fi
echo "ok  window on an X server$([ -n "${SCREENSHOT:-}" ] && echo ", screenshot in $SCREENSHOT")"

run "$BUNDLE/install.sh" >/dev/null || fail "install.sh failed."
entry=home/.local/share/applications/com.diotec360.AccountDesk.desktop
desktop-file-validate "$entry" || fail "the installed menu entry does not validate."
installed=$(run home/.local/bin/accountdesk --version) || fail "~/.local/bin/accountdesk does not run."
[ "$installed" = "$version" ] || fail "~/.local/bin/accountdesk says '$installed'."
run "$BUNDLE/install.sh" --remove >/dev/null || fail "install.sh --remove failed."
[ ! -e "$entry" ] || fail "install.sh --remove left the menu entry."
echo "ok  install.sh: menu entry, icons, command; and --remove"
INSIDE

# Root makes the mount namespace directly; anyone else through a user namespace.
if [ "$(id -u)" -eq 0 ]; then
    isolate=(unshare --mount --propagation private)
else
    isolate=(unshare --user --map-root-user --mount --propagation private)
fi
SCRATCH=$scratch BUNDLE=$bundle SCREENSHOT=${SCREENSHOT:-} POSTGRES_URL=$postgres_url \
    "${isolate[@]}" bash "$scratch/inside.sh" "${hidden[@]}" ||
    fail "failed (above); with no Python on the machine, $bundle is not yet what users can run."
echo "Smoke test passed: $bundle, $size MB, ran with no Python on the machine."
