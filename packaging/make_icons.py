"""Draw Hearth's app icon with Qt and write it in every format the bundles need.

``python packaging/make_icons.py`` writes ``packaging/icons/hearth.png`` (512 px, the Linux desktop
icon), ``hearth.ico`` (Windows, PNG entries 16-256 px), ``hearth.icns`` (macOS, PNG entries
16-1024 px) and ``app/ui/icons/hearth.png`` (the window icon the running app sets). The outputs are
committed; run this again only when the drawing changes. Each size is drawn at that size rather
than scaled down, so small icons stay sharp. Needs no display (it uses Qt's offscreen platform).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
APP_ICON = ROOT / "app" / "ui" / "icons" / "hearth.png"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size each one carries.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def _flame(cx: float, base: float, height: float) -> QPainterPath:
    """A flame of the given height standing on ``base``, centred on ``cx`` (unit: pixels)."""
    w = height * 0.62
    path = QPainterPath(QPointF(cx, base))
    path.cubicTo(
        QPointF(cx - w * 0.62, base),
        QPointF(cx - w * 0.62, base - height * 0.45),
        QPointF(cx - w * 0.22, base - height * 0.62),
    )
    path.cubicTo(
        QPointF(cx - w * 0.30, base - height * 0.40),
        QPointF(cx - w * 0.05, base - height * 0.42),
        QPointF(cx - w * 0.02, base - height * 0.55),
    )
    path.cubicTo(
        QPointF(cx + w * 0.02, base - height * 0.75),
        QPointF(cx + w * 0.02, base - height * 0.88),
        QPointF(cx - w * 0.08, base - height),
    )
    path.cubicTo(
        QPointF(cx + w * 0.55, base - height * 0.78),
        QPointF(cx + w * 0.62, base - height * 0.35),
        QPointF(cx + w * 0.48, base - height * 0.16),
    )
    path.cubicTo(
        QPointF(cx + w * 0.38, base - height * 0.02), QPointF(cx + w * 0.2, base), QPointF(cx, base)
    )
    path.closeSubpath()
    return path


def draw_icon(size: int) -> QImage:
    """Hearth's icon at ``size`` pixels: a flame inside a speech bubble on a warm tile."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100.0, size / 100.0)  # draw on a 100 x 100 canvas

    tile = QRectF(4, 4, 92, 92)
    background = QLinearGradient(tile.topLeft(), tile.bottomRight())
    background.setColorAt(0.0, QColor("#7a2e12"))
    background.setColorAt(1.0, QColor("#2b1108"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(background))
    p.drawRoundedRect(tile, 20, 20)

    glow = QRadialGradient(QPointF(50, 62), 46)
    glow.setColorAt(0.0, QColor(255, 170, 60, 120))
    glow.setColorAt(1.0, QColor(255, 170, 60, 0))
    p.setBrush(QBrush(glow))
    p.drawRoundedRect(tile, 20, 20)

    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(16, 18, 68, 54), 16, 16)
    tail = QPainterPath(QPointF(30, 66))
    tail.lineTo(QPointF(24, 84))
    tail.lineTo(QPointF(46, 70))
    tail.closeSubpath()
    bubble = bubble.united(tail)
    p.setBrush(QColor("#fff4e6"))
    p.drawPath(bubble)

    fire = QLinearGradient(QPointF(50, 66), QPointF(50, 24))
    fire.setColorAt(0.0, QColor("#d9480f"))
    fire.setColorAt(0.55, QColor("#f76707"))
    fire.setColorAt(1.0, QColor("#fcc419"))
    p.setBrush(QBrush(fire))
    p.drawPath(_flame(50, 65, 42))
    core = QLinearGradient(QPointF(50, 65), QPointF(50, 44))
    core.setColorAt(0.0, QColor("#ffd43b"))
    core.setColorAt(1.0, QColor("#fff3bf"))
    p.setBrush(QBrush(core))
    p.drawPath(_flame(50, 65, 20))

    if size >= 64:  # a thin rim keeps the tile apart from dark backgrounds
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(255, 255, 255, 40), 1.0))
        p.drawRoundedRect(tile.adjusted(0.5, 0.5, -0.5, -0.5), 19.5, 19.5)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(pngs[s] for s in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG elements, one per type in :data:`ICNS_TYPES`."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES} | {512})
    pngs = {size: png_bytes(draw_icon(size)) for size in sizes}
    ICONS.mkdir(parents=True, exist_ok=True)
    APP_ICON.parent.mkdir(parents=True, exist_ok=True)
    (ICONS / "hearth.png").write_bytes(pngs[512])
    APP_ICON.write_bytes(pngs[256])
    (ICONS / "hearth.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "hearth.icns").write_bytes(icns_bytes(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
