"""Text folding for searches typed on a tablet: no accents, no case, single spaces."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """`Léa  MARTIN` -> `lea martin`, so an associate never has to type an accent."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
