#!/usr/bin/env bash
# Builds what Linux users install, from this checkout, into dist/:
#   accountdesk-VERSION.tar.gz and accountdesk-VERSION-py3-none-any.whl  (python -m build)
#   accountdesk/                                      the one-folder bundle (PyInstaller)
#   accountdesk-VERSION-linux-ARCH.tar.gz             the bundle, packed for download
#   SHA256SUMS                                        checksums of the three files above
# The bundle is made in a virtual environment of its own that holds only the built
# wheel, its dependencies and the tools in packaging/requirements.txt, so it
# contains what a user's install of the wheel would, and nothing of this machine's.
#
#   packaging/build_bundle.sh            (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
work=$top/build/bundle
dist=$top/dist
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }

rm -rf "$work" "$dist/accountdesk" "$dist"/accountdesk-* "$dist/SHA256SUMS"
mkdir -p "$work" "$dist"

step "tools: a fresh virtual environment with packaging/requirements.txt"
"$python" -m venv "$work/venv"
venv_python=$work/venv/bin/python
"$venv_python" -m pip install -q --disable-pip-version-check -r "$top/packaging/requirements.txt"

step "sdist and wheel (the wheel is built from the sdist)"
"$venv_python" -m build --outdir "$dist" "$top" >"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; exit 1; }
wheel=$(ls "$dist"/accountdesk-*-py3-none-any.whl)
"$venv_python" -m pip install -q --disable-pip-version-check "$wheel"
version=$("$venv_python" -c 'from importlib.metadata import version; print(version("accountdesk"))')

step "bundle $version (PyInstaller)"
"$work/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work/pyinstaller" "$top/packaging/accountdesk.spec"
install -m 755 "$top/packaging/linux/install.sh" "$dist/accountdesk/install.sh"

step "packed for download, and checksums"
archive=accountdesk-$version-linux-$(uname -m).tar.gz
tar -C "$dist" -czf "$dist/$archive" accountdesk
(cd "$dist" && sha256sum "$(basename "$wheel")" "accountdesk-$version.tar.gz" "$archive" >SHA256SUMS)

size=$(du -sm "$dist/accountdesk" | cut -f1)
packed=$(du -sm "$dist/$archive" | cut -f1)
echo "Built dist/accountdesk ($size MB unpacked, $packed MB packed) in $((SECONDS - started)) s."
