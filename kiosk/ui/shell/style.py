"""One style sheet: large type and touch targets for a tablet at arm's length.

Colours meet WCAG AA contrast on their backgrounds (text #1b2430 on #f5f7fa is 14:1;
white on the accent #1d5c8c is 6.9:1).
"""

import re

from PySide6.QtWidgets import QWidget

REFERENCE_POINT_SIZE = 10.0
"""The system font size the sheet's pixel sizes were drawn for."""

TEXT_ON_INHERITED_BACKGROUND: tuple[tuple[str, str], ...] = (
    ("#1b2430", "#f5f7fa"), ("#1b2430", "#ffffff"),  # body text on the page and on cards
    ("#3d4a5a", "#f5f7fa"), ("#3d4a5a", "#ffffff"),  # hints and captions
    ("#ffffff", "#16324a"), ("#d4e3f0", "#16324a"),  # navigation
    ("#14532d", "#ffffff"), ("#8a1c1c", "#ffffff"), ("#7a4b00", "#ffffff"),  # status bar
    ("#14532d", "#f5f7fa"), ("#5c3d00", "#f5f7fa"),  # stock chips' text on the page
)
"""Text colours whose background comes from a parent: the pairs the contrast test checks
besides the rules that set both colours."""


def set_style_state(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on (`[level="warning"]`) and re-apply the
    sheet to the widget: Qt does not re-evaluate property selectors by itself."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


_SHEET = """
QWidget { font-size: 16px; color: #1b2430; }
QMainWindow, QStackedWidget > QWidget { background: #f5f7fa; }
#nav { background: #16324a; min-width: 190px; max-width: 220px; }
#nav QLabel { color: #ffffff; }
#nav_brand { font-size: 22px; font-weight: 600; }
#nav_store { color: #d4e3f0; font-size: 14px; }
#nav QPushButton {
    color: #ffffff; background: transparent; border: none; border-radius: 8px;
    text-align: left; padding: 14px 16px; font-size: 18px; min-height: 28px;
}
#nav QPushButton:checked { background: #1d5c8c; font-weight: 600; }
#nav QPushButton:hover { background: #234b6c; }
#nav QPushButton:focus { outline: none; border: 1px dashed #9cc7ea; }
QLabel[role="title"] { font-size: 28px; font-weight: 600; margin: 4px 0 8px 0; }
QLabel[role="hint"] { color: #3d4a5a; }
QLabel[role="subtitle"] { font-size: 20px; font-weight: 600; margin-top: 8px; }
QLabel[role="lead"] { font-size: 24px; color: #3d4a5a; }
QLabel[role="caption"] { color: #3d4a5a; }
QLabel[role="chip"] {
    background: #ffffff; border: 1px solid #d4dbe4; border-radius: 10px;
    padding: 8px 12px; font-size: 15px; font-weight: 600;
}
QLabel[role="card"], QFrame[role="card"] {
    background: #ffffff; border: 1px solid #d4dbe4; border-radius: 10px; padding: 16px;
}
QLineEdit {
    background: #ffffff; border: 1px solid #aab6c4; border-radius: 8px; padding: 10px 12px;
    min-height: 24px; font-size: 17px;
}
QLineEdit:focus { border: 2px solid #1d5c8c; }
QPushButton {
    background: #ffffff; border: 1px solid #aab6c4; border-radius: 8px;
    padding: 12px 20px; min-height: 24px; font-size: 17px;
}
QPushButton:disabled { color: #8a96a3; border-color: #d4dbe4; }
QPushButton[role="primary"] { background: #1d5c8c; color: #ffffff; border: none; font-weight: 600; }
QPushButton[role="primary"]:disabled { background: #9fb3c4; color: #f5f7fa; }
QPushButton:focus { border: 2px solid #0b3a5e; }
QTableView {
    background: #ffffff; alternate-background-color: #f0f3f7; border: 1px solid #d4dbe4;
    border-radius: 8px; gridline-color: #e3e8ee; selection-background-color: #1d5c8c;
    selection-color: #ffffff;
}
QHeaderView::section {
    background: #e8edf3; padding: 8px; border: none; font-weight: 600; font-size: 15px;
}
#message_banner { border-radius: 8px; padding: 12px 16px; font-size: 17px; }
#message_banner[level="info"] { background: #e1f0e5; color: #14532d; }
#message_banner[level="warning"] { background: #fff1cc; color: #5c3d00; }
#message_banner[level="error"] { background: #fde2e1; color: #7a1010; }
QStatusBar { background: #ffffff; border-top: 1px solid #d4dbe4; }
QStatusBar QLabel { padding: 4px 12px; font-size: 15px; }
#status_connectivity[state="online"] { color: #14532d; font-weight: 600; }
#status_connectivity[state="offline"] { color: #8a1c1c; font-weight: 600; }
#status_attention { color: #7a4b00; font-weight: 600; }
#customer_panel { background: transparent; }
#customer_body { background: #ffffff; border: 1px solid #d4dbe4; border-radius: 10px; }
#customer_body QLabel[role="subtitle"] { margin-top: 4px; }
#camera_panel { background: #ffffff; border-left: 1px solid #d4dbe4; }
#camera_preview { background: #1b2430; color: #d4e3f0; border-radius: 8px; font-size: 18px; }
#camera_status { font-size: 16px; padding: 6px 0; }
#camera_status[level="warning"] { color: #7a4b00; font-weight: 600; }
#nav_user { color: #d4e3f0; font-size: 15px; }
#page_settings QComboBox, #page_settings QSpinBox { font-size: 17px; min-height: 32px; }
#login_message, #kiosk_message { border-radius: 8px; padding: 12px 16px; font-size: 18px; }
#login_message[level="info"], #kiosk_message[level="info"] { background: #e1f0e5; color: #14532d; }
#login_message[level="warning"], #kiosk_message[level="warning"] {
    background: #fff1cc; color: #5c3d00;
}
#login_message[level="error"] { background: #fde2e1; color: #7a1010; }
#kiosk_message { font-size: 24px; padding: 18px 24px; }
#assistance_bar { background: #fff1cc; border: 1px solid #e0c36a; border-radius: 8px; }
#assistance_text { color: #5c3d00; font-size: 17px; font-weight: 600; }
QLabel[role="kiosk_title"] { font-size: 40px; font-weight: 700; margin: 8px 0 12px 0; }
QLabel[role="kiosk_figure"] { font-size: 32px; font-weight: 700; color: #1d5c8c; }
#kiosk_flow QLabel { font-size: 22px; }
#kiosk_flow QLabel[role="lead"] { font-size: 26px; color: #3d4a5a; }
#kiosk_flow QLabel[role="subtitle"] { font-size: 26px; }
#kiosk_flow QLabel[role="caption"] { font-size: 17px; }
#kiosk_flow QLabel[role="chip"] { font-size: 20px; }
#kiosk_flow QLabel[role="kiosk_title"] { font-size: 40px; }
#kiosk_flow QLabel[role="kiosk_figure"] { font-size: 34px; }
#kiosk_flow #kiosk_message { font-size: 24px; }
QLabel[stock="ok"] { background: #e1f0e5; color: #14532d; border-color: #9cc9a8; }
QLabel[stock="none"] { background: #fff1cc; color: #5c3d00; border-color: #e0c36a; }
QPushButton[kiosk="tile"] {
    background: #ffffff; color: #16324a; border: 2px solid #1d5c8c; border-radius: 16px;
    font-size: 30px; font-weight: 600; padding: 20px;
}
QPushButton[kiosk="primary"] {
    background: #1d5c8c; color: #ffffff; border: none; border-radius: 16px;
    font-size: 30px; font-weight: 600; padding: 20px;
}
QPushButton[kiosk="bar"] {
    background: #ffffff; color: #16324a; border: 2px solid #aab6c4; border-radius: 12px;
    font-size: 22px; padding: 14px 24px; min-height: 36px;
}
QPushButton[kiosk="bar"]:checked { background: #16324a; color: #ffffff; border-color: #16324a; }
QPushButton[kiosk="done"] {
    background: #16324a; color: #ffffff; border: none; border-radius: 12px;
    font-size: 24px; font-weight: 700; padding: 14px 36px; min-height: 36px;
}
QPushButton[kiosk="rating"] {
    background: #ffffff; color: #16324a; border: 2px solid #1d5c8c; border-radius: 14px;
    font-size: 22px; font-weight: 600; padding: 8px;
}
QPushButton[kiosk="rating"]:pressed { background: #1d5c8c; color: #ffffff; }
QPushButton[kiosk="step"] {
    background: #ffffff; color: #16324a; border: 2px solid #1d5c8c; border-radius: 12px;
    font-size: 30px; font-weight: 700; padding: 4px;
}
#kiosk_flow QComboBox { font-size: 22px; }
#kiosk_cart, #kiosk_cart_rows, #kiosk_cart > QWidget { background: transparent; }
"""

_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


def style_sheet(system_point_size: float) -> str:
    """The sheet with its type sizes scaled to the system font: someone who set a larger
    font on the device gets larger text everywhere (never smaller than drawn)."""
    scale = max(1.0, (system_point_size or REFERENCE_POINT_SIZE) / REFERENCE_POINT_SIZE)
    return _FONT_SIZE.sub(lambda m: f"font-size: {round(int(m.group(1)) * scale)}px", _SHEET)


STYLE_SHEET = style_sheet(REFERENCE_POINT_SIZE)
