"""Finding customers in the whole customer base (a device holds only its store's)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, case, literal, or_, select
from sqlalchemy.orm import Session

from cloud_stub.models import Customer, LoyaltyCard
from sync.text import digits, fold


def find_customers(session: Session, text: str, limit: int, offset: int = 0
                   ) -> Sequence[Customer]:
    """Ranked: an exact card, e-mail or phone first, then last names starting with the
    first word typed, then the rest; by name within a rank."""
    words = fold(text).split()
    number = digits(text)
    typed_a_number = len(number) >= 8 and all(ch.isdigit() or ch in "+ .-()"
                                              for ch in text.strip())
    typed = text.strip().lower()
    rank: ColumnElement[int]
    statement = select(Customer).where(~Customer.deleted)
    if "@" in typed and "." in typed.partition("@")[2] and " " not in typed:
        # a whole e-mail address: the one customer who has it, on the e-mail index
        statement = statement.where(Customer.email == typed)
        rank = literal(0)
    elif typed_a_number:
        # one card has one holder: a scalar, so each side reads its own index
        card_owner = select(LoyaltyCard.customer_id).where(
            LoyaltyCard.number == number, LoyaltyCard.status == "active"
        ).limit(1).scalar_subquery()
        statement = statement.where(or_(Customer.search_key.like(f"%{number[-9:]}%"),
                                        Customer.id == card_owner))
        rank = case((Customer.id == card_owner, 0), else_=1)
    else:
        for word in words:
            statement = statement.where(Customer.search_key.like(f"%{word}%"))
        rank = case((Customer.email == typed, 0),
                    (Customer.search_key.like(f"% {words[0]}%"), 1), else_=2) if words \
            else literal(2)
    return session.scalars(statement.order_by(rank, Customer.last_name, Customer.first_name,
                                              Customer.id).limit(limit).offset(offset)).all()
