"""Render the application icon, `resources/icons/accountdesk.svg`, into what each
platform wants, and write them into the repository (they are committed):

- `resources/desktop/icons/hicolor/NxN/apps/<app id>.png`, 16 to 512 pixels, for
  freedesktop desktops (the SVG itself is installed as the scalable one);
- `packaging/icons/accountdesk.ico` (Windows, 16 to 256) and
  `packaging/icons/accountdesk.icns` (macOS, 16 to 512 with the @2x variants).

Both container formats hold PNG images, byte for byte the PNGs above, so they are
written here without an imaging library. Run it after changing the SVG:

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[1]
APP_ID = "com.diotec360.AccountDesk"
SVG = TOP / "resources" / "icons" / "accountdesk.svg"
HICOLOR = TOP / "resources" / "desktop" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = TOP / "packaging" / "icons" / "accountdesk.ico"
ICNS = TOP / "packaging" / "icons" / "accountdesk.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # ICO stops at 256
# Apple's element types for PNG payloads, and the pixel size each holds.
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic11": 32,  # 16 pt @2x
    b"ic12": 64,  # 32 pt @2x
    b"ic13": 256,  # 128 pt @2x
    b"ic14": 512,  # 256 pt @2x
}


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn onto a transparent size × size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG that Qt can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs (readable since Windows Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size == 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES.items():
        body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pngs = {size: render_png(SVG, size) for size in SIZES}
    for size, png in pngs.items():
        png_path(size).parent.mkdir(parents=True, exist_ok=True)
        png_path(size).write_bytes(png)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes(pngs))
    ICNS.write_bytes(icns_bytes(pngs))
    print(f"Rendered {SVG.name} at {', '.join(map(str, SIZES))} px, {ICO.name} and {ICNS.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
