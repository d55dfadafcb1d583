"""Property tests of the refund rules: whatever the prices, discounts and the way a purchase
is returned, refunds never pass what was paid and the parts add up to the cent."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sync.rules.money import allocate_refund, points_for, points_to_reverse
from sync.rules.returns import line_refund, returnable

prices = st.integers(min_value=0, max_value=500_00)
quantities = st.integers(min_value=1, max_value=20)


@st.composite
def lines(draw: st.DrawFn) -> tuple[int, int, int]:
    """(unit price, line discount, quantity): the discount never more than the line."""
    quantity = draw(quantities)
    price = draw(prices)
    discount = draw(st.integers(min_value=0, max_value=price * quantity))
    return price, discount, quantity


@st.composite
def partitions(draw: st.DrawFn, total: int) -> list[int]:
    """A way to return `total` units in parts (each at least one)."""
    parts: list[int] = []
    left = total
    while left:
        part = draw(st.integers(min_value=1, max_value=left))
        parts.append(part)
        left -= part
    return parts


@given(lines(), st.data())
def test_returning_a_line_in_parts_refunds_exactly_what_it_cost(
        line: tuple[int, int, int], data: st.DataObject) -> None:
    price, discount, quantity = line
    parts = data.draw(partitions(quantity))
    refunded, done = 0, 0
    for units in parts:
        refund = line_refund(price, discount, quantity, done, units)
        assert 0 <= refund <= price * units  # never more than the units' full price
        refunded += refund
        done += units
        assert refunded == price * done - discount * done // quantity  # the first `done`
    assert refunded == price * quantity - discount  # the whole line: exactly what was paid


@given(lines(), st.data())
def test_a_partial_return_never_refunds_more_than_was_paid_for_its_units(
        line: tuple[int, int, int], data: st.DataObject) -> None:
    price, discount, quantity = line
    already = data.draw(st.integers(min_value=0, max_value=quantity - 1))
    units = data.draw(st.integers(min_value=1, max_value=quantity - already))
    refund = line_refund(price, discount, quantity, already, units)
    # pro rata: the units' share of what the line cost, within less than a cent
    exact_times_quantity = (price * quantity - discount) * units
    assert abs(refund * quantity - exact_times_quantity) < quantity
    # and the rest of the line still has exactly the rest of the money
    rest = line_refund(price, discount, quantity, already + units, quantity - already - units)
    before = line_refund(price, discount, quantity, 0, already)
    assert before + refund + rest == price * quantity - discount


@given(st.lists(lines(), min_size=1, max_size=6))
def test_pro_rata_discount_shares_sum_exactly(order: list[tuple[int, int, int]]) -> None:
    """Each line returned whole gives back its price less its discount share: over the order,
    exactly the total paid, never a cent off."""
    total_paid = sum(p * q - d for p, d, q in order)
    assert sum(line_refund(p, d, q, 0, q) for p, d, q in order) == total_paid


@given(quantities, st.lists(st.integers(min_value=0, max_value=25), max_size=12))
def test_repeated_partial_returns_never_exceed_the_quantity(
        bought: int, attempts: list[int]) -> None:
    """The desk offers at most `returnable` units; however often it is asked, the returned
    units never pass what was bought."""
    returned = 0
    for asked in attempts:
        most = returnable(bought, returned)
        if 0 < asked <= most:
            returned += asked
        assert 0 <= returned <= bought
    assert returnable(bought, returned) == bought - returned


@st.composite
def paid_orders(draw: st.DrawFn) -> tuple[list[tuple[str, int]], int]:
    methods = draw(st.lists(st.sampled_from(["card", "paypal", "gift_card", "cash"]),
                            min_size=1, max_size=3))
    payments = [(m, draw(st.integers(min_value=0, max_value=300_00))) for m in methods]
    return payments, sum(a for _, a in payments)


@given(paid_orders(), st.data())
def test_refunds_go_back_to_the_payments_and_never_pass_any(
        order: tuple[list[tuple[str, int]], int], data: st.DataObject) -> None:
    payments, total = order
    parts = data.draw(st.lists(st.integers(min_value=0, max_value=max(total, 1)), max_size=6))
    refunded = 0
    back: dict[str, int] = {}
    for part in parts:
        part = min(part, total - refunded)
        shares = allocate_refund(payments, refunded, part)
        assert sum(a for _, a in shares) == part  # the refund adds up
        assert all(a > 0 for _, a in shares)
        for method, amount in shares:
            back[method] = back.get(method, 0) + amount
        refunded += part
    paid_by: dict[str, int] = {}
    for method, amount in payments:
        paid_by[method] = paid_by.get(method, 0) + amount
    assert all(back[m] <= paid_by[m] for m in back)  # no means of payment gets more back


@given(st.integers(min_value=0, max_value=2_000_00), st.data())
def test_points_reversed_in_parts_equal_one_reversal_and_never_leave_more(
        total: int, data: st.DataObject) -> None:
    earned = points_for(total)
    parts = data.draw(st.lists(st.integers(min_value=0, max_value=total), max_size=6))
    refunded, reversed_ = 0, 0
    for part in parts:
        part = min(part, total - refunded)
        taken = points_to_reverse(total, earned, refunded, part)
        assert taken >= 0
        refunded += part
        reversed_ += taken
        # what the customer keeps is never more than the goods they keep would earn
        assert earned - reversed_ <= points_for(total - refunded)
    assert reversed_ == points_to_reverse(total, earned, 0, refunded)
