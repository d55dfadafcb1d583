"""A receipt for the customer (QR code, summary, PDF): the pickup desk's and, through a
subclass, the returns desk's."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, Qt, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import handover
from kiosk.ui.partials import fmt
from kiosk.ui.pickup.order_panel import ReasonTexts


class ReceiptDialog(QDialog):
    """The customer's confirmation: a QR code with the handover reference, what was
    handed over, refused (and refunded) and kept; saved as a PDF to print or send."""

    def __init__(self, language: str, receipts_dir: Path, parent: QWidget,
                 name: str = "pickup_receipt") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(self.title())
        self.receipt: Any = None
        self.receipts_dir = receipts_dir
        self.text_locale = fmt.locale_for(language)
        self.reasons = ReasonTexts(self)
        layout = QVBoxLayout(self)
        self.qr_png = b""
        self.qr = QLabel()
        self.qr.setObjectName(f"{name}_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.pdf_button = buttons.addButton(self.tr("Save as PDF to print"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName(f"{name}_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.saved_to: Path | None = None
        self.finished.connect(lambda _result: self._forget())

    def title(self) -> str:
        return self.tr("Pickup confirmation")

    def show_receipt(self, receipt: Any) -> None:
        """Open the dialog on this receipt (one dialog serves every handover of the desk).
        A receipt has `order_number`, `reference` and `qr_text`; `html()` renders it."""
        self.receipt = receipt
        self.saved_to = None
        self.qr_png = handover.qr_png(receipt.qr_text, box_size=6)
        pixmap = QPixmap()
        pixmap.loadFromData(self.qr_png)
        self.qr.setPixmap(pixmap)
        self.summary.setText(self.html())
        self.open()

    def _forget(self) -> None:
        """Closed: the customer's name and purchase do not stay behind in memory."""
        self.receipt = None
        self.qr_png = b""
        self.qr.clear()
        self.summary.clear()

    def html(self) -> str:
        r = self.receipt
        if r is None:
            return ""
        title = self.tr("Order %1").replace("%1", r.order_number)
        handed, refused = self.tr("Handed over"), self.tr("Refused")
        kept = self.tr("Kept at the store for later")
        refund = self.tr("%1 will be refunded to the original means of payment.").replace(
            "%1", fmt.money(r.refund_cents, self.text_locale))

        def items(rows: list[str]) -> str:
            return "<ul>" + "".join(f"<li>{row}</li>" for row in rows) + "</ul>"

        parts = [f"<h3>{escape(title)}</h3>",
                 f"<p>{escape(r.reference)} · {fmt.day_and_time(r.at, self.text_locale)}<br>"
                 f"{escape(r.collector_name or r.customer_name)}</p>"]
        if r.handed_over:
            parts.append(f"<b>{escape(handed)}</b>" + items(
                [f"{n} × {escape(name)}" for name, n in r.handed_over]))
        if r.refused:
            parts.append(f"<b>{escape(refused)}</b>" + items(
                [f"{n} × {escape(name)} ({escape(self.reasons.text(reason))})"
                 for name, n, reason in r.refused]))
            parts.append(f"<p>{escape(refund)}</p>")
        if r.kept:
            parts.append(f"<b>{escape(kept)}</b>" + items(
                [f"{n} × {escape(name)}" for name, n in r.kept]))
        return "".join(parts)

    def save_pdf(self) -> Path:
        """An A6 PDF with the QR code and the summary, in the data directory's receipts."""
        if self.receipt is None:
            raise RuntimeError("no receipt is shown")
        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        path = self.receipts_dir / f"{self.receipt.order_number}-{self.receipt.reference}.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
        writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.windowTitle())
        document = QTextDocument()
        qr = QPixmap()
        qr.loadFromData(self.qr_png)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("qr.png"),
                             qr.toImage())
        document.setHtml('<p align="center"><img src="qr.png" width="160"></p>' + self.html())
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size()
                             .toSizeF())
        document.print_(writer)
        self.saved_to = path
        return path
