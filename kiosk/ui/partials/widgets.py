"""Small widgets every screen builds the same way: titles, hints, buttons, tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView


def label(name: str, text: str = "", role: str = "", wrap: bool = False) -> QLabel:
    """A label named for the automation surface, styled by its `role` (title, subtitle,
    hint, alert…: see the style sheet)."""
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def title(text: str, name: str) -> QLabel:
    return label(name, text, "title")


def table(name: str, model: Any, label: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(label)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(44)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


def button(text: str, name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if primary:
        button.setProperty("role", "primary")
    return button


def hint(text: str = "", name: str = "") -> QLabel:
    return label(name, text, "hint", wrap=True)
