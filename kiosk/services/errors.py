"""Refusals a user can understand: a code the UI translates, and the facts to show."""

from __future__ import annotations

from typing import Any

from sync.rules.refusals import Refusal


class ActionRefused(Exception):
    """The action was refused and nothing was recorded.

    `code` selects the translated message in the UI; `params` fill it in.
    """

    def __init__(self, code: Refusal, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code} ({details})" if details else self.code
