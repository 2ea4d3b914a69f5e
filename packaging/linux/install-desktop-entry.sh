#!/bin/sh
# Add Hearth to your desktop's application menu (current user only; no root needed).
# Run it from the unpacked folder: ./install-desktop-entry.sh   Undo: ./install-desktop-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop="$data/applications/hearth.desktop"
icon="$data/icons/hicolor/512x512/apps/hearth.png"
metainfo="$data/metainfo/io.github.hearth.Hearth.metainfo.xml"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$desktop" "$icon" "$metainfo"
    echo "Removed Hearth from the application menu (your conversations and models are kept)."
    exit 0
fi

mkdir -p "$(dirname "$desktop")" "$(dirname "$icon")" "$(dirname "$metainfo")"
# Exec must name the executable by its full path, quoted for the desktop entry spec.
sed "s|^Exec=hearth|Exec=\"$here/hearth\"|" "$here/share/applications/hearth.desktop" > "$desktop"
cp "$here/share/icons/hicolor/512x512/apps/hearth.png" "$icon"
cp "$here/share/metainfo/io.github.hearth.Hearth.metainfo.xml" "$metainfo"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Hearth is in your application menu. It runs $here/hearth"
