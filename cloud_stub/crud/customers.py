"""Finding customers in the whole customer base (a device holds only its store's)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import case, or_, select
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
    statement = select(Customer).where(~Customer.deleted)
    if typed_a_number:
        card_owner = select(LoyaltyCard.customer_id).where(LoyaltyCard.number == number,
                                                           LoyaltyCard.status == "active")
        statement = statement.where(or_(Customer.search_key.like(f"%{number[-9:]}%"),
                                        Customer.id.in_(card_owner)))
        rank = case((Customer.id.in_(card_owner), 0), else_=1)
    else:
        for word in words:
            statement = statement.where(Customer.search_key.like(f"%{word}%"))
        rank = case((Customer.email == text.strip().lower(), 0),
                    (Customer.search_key.like(f"% {words[0]}%"), 1), else_=2) if words \
            else case(else_=2)
    return session.scalars(statement.order_by(rank, Customer.last_name, Customer.first_name,
                                              Customer.id).limit(limit).offset(offset)).all()
