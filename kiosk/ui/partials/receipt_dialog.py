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
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import feedback, handover
from kiosk.ui.partials import fmt
from kiosk.ui.partials.customer_rating import CustomerRatingDialog
from kiosk.ui.pickup.order_panel import ReasonTexts
from kiosk.ui.shell.context import PageContext
from sync.rules.kpis import Touchpoint


class ReceiptDialog(QDialog):
    """The customer's confirmation: a QR code with the handover reference, what was
    handed over, refused (and refunded) and kept; saved as a PDF to print or send. It
    carries a second QR code, to the shop's short survey on this visit, and the associate
    may hand the tablet over for a one-tap rating instead."""

    touchpoint = Touchpoint.PICKUP

    def __init__(self, context: PageContext, parent: QWidget,
                 name: str = "pickup_receipt") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(self.title())
        self.context = context
        self.receipt: Any = None
        self.visit: str | None = None
        self.receipts_dir = context.device.settings.data_dir / "receipts"
        self.text_locale = fmt.locale_for(context.language)
        self.reasons = ReasonTexts(self)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.qr_png = b""
        self.qr = QLabel()
        self.qr.setObjectName(f"{name}_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}_summary")
        self.summary.setWordWrap(True)
        # never squeezed under its text: the dialog grows instead (a wrapped voucher line
        # used to cut the receipt's last line)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary)
        self.survey_label = QLabel(self.survey_text())
        self.survey_label.setObjectName(f"{name}_survey_text")
        self.survey_label.setWordWrap(True)
        self.survey_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.survey_label)
        self.survey_png = b""
        self.survey_qr = QLabel()
        self.survey_qr.setObjectName(f"{name}_survey_qr")
        self.survey_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.survey_qr.setAccessibleName(self.tr("Survey link for this visit"))
        layout.addWidget(self.survey_qr)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.pdf_button = buttons.addButton(self.tr("Save as PDF to print"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName(f"{name}_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.rating_button = buttons.addButton(self.tr("Hand over for the customer's rating"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.rating_button.setObjectName(f"{name}_rating")
        self.rating_button.clicked.connect(self.ask_rating)
        self.rating: CustomerRatingDialog | None = None
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
        self.visit = feedback.offer(self.context.device.settings, self.touchpoint)
        self.survey_png = b""
        if self.visit is not None:
            self.survey_png = handover.qr_png(self.survey_link(), box_size=3)
            survey = QPixmap()
            survey.loadFromData(self.survey_png)
            self.survey_qr.setPixmap(survey)
            self.survey_qr.setProperty("code", self.survey_link())
        self.survey_qr.setVisible(self.visit is not None)
        self.survey_label.setVisible(self.visit is not None)
        self.rating_button.setEnabled(self.visit is not None)
        self.summary.setText(self.html())
        self.open()

    def survey_link(self) -> str:
        return feedback.survey_link(self.context.device.settings.shop_url, self.visit or "")

    def survey_text(self) -> str:
        return self.tr("How did it go? Scan the code below to tell us in one minute.")

    def ask_rating(self) -> None:
        """The associate hands the tablet over: the customer sees the question only."""
        if self.visit is None:
            return
        self.rating = CustomerRatingDialog(self.context, self.visit, self)
        self.rating.answered.connect(lambda: self.rating_button.setEnabled(False))
        self.rating.present()

    def _forget(self) -> None:
        """Closed: the customer's name and purchase do not stay behind in memory."""
        self.receipt = None
        self.visit = None
        self.qr_png = self.survey_png = b""
        self.qr.clear()
        self.survey_qr.clear()
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

    def survey_html(self) -> str:
        return f"<p><i>{escape(self.survey_text())}</i></p>" if self.visit else ""

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
        survey = ""
        if self.survey_png:
            survey_qr = QPixmap()
            survey_qr.loadFromData(self.survey_png)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("survey.png"),
                                 survey_qr.toImage())
            survey = self.survey_html() + '<p align="center"><img src="survey.png" width="90"></p>'
        document.setHtml('<p align="center"><img src="qr.png" width="160"></p>' + self.html()
                         + survey)
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size()
                             .toSizeF())
        document.print_(writer)
        self.saved_to = path
        return path
