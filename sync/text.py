"""Text folding for searches typed on a tablet or sent to the central API: no accents, no
case, single spaces."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """`Léa  MARTIN` -> `lea martin`, so an associate never has to type an accent."""
    if text.isascii():  # most of a store's names, emails and numbers: no accent to strip
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


_NOT_DIGITS = re.compile(r"[^0-9]")


def digits(text: str) -> str:
    return _NOT_DIGITS.sub("", text)


def search_key(first_name: str, last_name: str, email: str, phone: str) -> str:
    """What a customer search matches, the same on the tablet and the central API."""
    return fold(f"{first_name} {last_name} {email} {digits(phone)}")
