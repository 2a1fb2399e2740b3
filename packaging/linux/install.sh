#!/bin/sh
# Puts AccountDesk in this user's application menu and on the command line, from
# the unpacked folder this script sits in (the folder stays where it is; after
# moving it, run this again). Nothing outside the user's home folder is touched.
#   ./install.sh            add the menu entry, icons, metainfo and ~/.local/bin/accountdesk
#   ./install.sh --remove   take them away again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=com.diotec360.AccountDesk
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
shipped=$here/_internal/accountdesk/resources
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$id.svg"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x$size/apps/$id.png"; done
    [ -L "$bin/accountdesk" ] && rm -f "$bin/accountdesk"
    echo "AccountDesk's menu entry and command are removed; this folder is left as it is."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps" "$bin"
# The menu entry runs this folder's program (the shipped entry expects it on PATH).
sed "s|^Exec=accountdesk|Exec=\"$here/accountdesk\"|" "$shipped/desktop/$id.desktop" \
    >"$data/applications/$id.desktop"
cp "$shipped/desktop/$id.metainfo.xml" "$data/metainfo/"
cp "$shipped/icons/accountdesk.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x$size/apps"
    cp "$shipped/desktop/icons/hicolor/${size}x$size/apps/$id.png" \
        "$data/icons/hicolor/${size}x$size/apps/"
done
ln -sf "$here/accountdesk" "$bin/accountdesk"
# Menus notice new entries by themselves; these caches only make it immediate.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "AccountDesk is in the application menu, and 'accountdesk' is in $bin."
