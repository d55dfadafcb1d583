"""Product pictures drawn on the tablet: the catalog feed carries no photos, so each product
shows as a tile of its colour with its category's initial, which is what an associate
needs to tell "the white sneakers" from "the black ones" at a glance, offline too."""

from __future__ import annotations

import base64
import functools

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPainter, QPixmap

from kiosk.services.customer_view import ProductCard

SIZE = 40
COLOURS = {
    "blanc": "#f4f4f0", "noir": "#1f1f1f", "marine": "#1c2d5a", "gris": "#8a8f96",
    "beige": "#d8c7a6", "kaki": "#6b6b3a", "bordeaux": "#6d1a2a", "bleu ciel": "#8ec5ea",
    "rouge": "#c62828", "vert forêt": "#1f5a36", "écru": "#ece3cf", "sable": "#cdb48a",
}
UNKNOWN = "#c9d1da"


@functools.lru_cache(maxsize=256)
def _tile(colour: str, letter: str) -> str:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    fill = QColor(colour)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(fill)
    painter.setPen(QColor("#aab6c4") if fill.lightness() > 200 else Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(0.5, 0.5, SIZE - 1, SIZE - 1), 8, 8)
    painter.setPen(QColor("#1b2430") if fill.lightness() > 140 else QColor("#ffffff"))
    font = QFont()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()


def thumbnail_uri(product: ProductCard) -> str:
    colour = COLOURS.get(product.color.strip().lower(), UNKNOWN)
    letter = (product.category[:1] or "?").upper()
    return _tile(colour, letter)


def thumbnail_tag(product: ProductCard) -> str:
    """An <img> for the rich text of the Customer page."""
    return (f'<img src="{thumbnail_uri(product)}" width="{SIZE}" height="{SIZE}" '
            'align="middle"> ')


def thumbnail_pixmap(product: ProductCard) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(base64.b64decode(thumbnail_uri(product).split(",", 1)[1]))
    return pixmap
