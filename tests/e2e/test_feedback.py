"""Satisfaction collected in the flow, the real app against the real central API: a kiosk
customer rates in one tap after a check-in and is back at the welcome screen; a session
left unanswered counts as offered; the desk's receipt carries the survey of the visit and
the tablet, handed over, shows the customer the question and nothing else. What reaches
the server names nobody."""

from __future__ import annotations

import requests
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cloud_stub.core.keys import pickup_pass
from cloud_stub.models import Customer, DeviceEvent, Feedback, Order
from kiosk.ui.automation import scanner_types
from kiosk.ui.partials.customer_rating import CustomerRatingDialog
from kiosk.ui.pickup.page import PickupPage
from kiosk.ui.shell.main_window import MainWindow
from sync import visits
from sync.rules.pickup import DeskBucket
from tests.conftest import RunningServer, cloud_stub
from tests.e2e.helpers import WAIT_MS, open_pickup_desk, server_session, sync_round
from tests.e2e.test_customer360 import customer_with
from tests.e2e.test_kiosk import flow, ready_order_here, scan_in, shown_texts, tap
from tests.tls import tls_files


def answer_on_server(server: RunningServer, visit: str) -> tuple[object, ...] | None:
    with server_session(server) as session:
        row = session.get(Feedback, visit)
        if row is None:
            return None
        actors = session.scalars(select(DeviceEvent.actor).where(
            DeviceEvent.type == "feedback.given",
            DeviceEvent.payload["visit"].as_string() == visit)).all()
        return (row.store_id, row.touchpoint, row.score, row.tags, row.channel, actors)


def test_a_kiosk_check_in_is_rated_in_one_tap_then_the_welcome_screen_returns(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    order_id, _number, _customer = ready_order_here(server)
    text = cloud_stub("pass", "--order", order_id, "--db", server.db_url).strip().splitlines()[-1]
    with qtbot.wait_signal(kiosk.sync.round_finished, timeout=WAIT_MS):
        scanner_types(kiosk, text)
    assert kiosk.current_page() == "page_checked_in"
    first = flow(kiosk)
    visit = first.visit
    assert visit is not None and visits.parse(visit) is not None
    question = kiosk.findChild(QLabel, "rating_question")
    assert question is not None and question.isVisible()
    assert "kiosk" in question.text()
    tap(qtbot, kiosk, "rating_tag_wait")
    tap(qtbot, kiosk, "rating_score_4")
    qtbot.wait_until(lambda: "Thank you for your answer" in first.message.text(),
                     timeout=WAIT_MS)
    qtbot.wait_until(lambda: kiosk.flow is not first and kiosk.current_page() == "page_welcome",
                     timeout=WAIT_MS)
    sync_round(qtbot, kiosk)
    assert answer_on_server(server, visit) == ("S001", "kiosk", 4, "wait", "device", [None])


def test_a_call_for_help_left_unanswered_counts_as_offered_not_as_a_score(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    scan_in(qtbot, kiosk, server, customer_with(server, consent=True, min_lines=1))
    tap(qtbot, kiosk, "kiosk_cart_button")
    tap(qtbot, kiosk, "kiosk_assist_button")
    qtbot.wait_until(lambda: kiosk.current_page() == "page_help", timeout=WAIT_MS)
    visit = flow(kiosk).visit
    assert visit is not None
    tap(qtbot, kiosk, "kiosk_done")
    assert kiosk.current_page() == "page_welcome"
    qtbot.wait_until(lambda: kiosk.runner.busy == 0, timeout=WAIT_MS)
    sync_round(qtbot, kiosk)
    assert answer_on_server(server, visit) == ("S001", "kiosk", None, "", "device", [None])


def test_the_desk_receipt_carries_the_visits_survey_and_the_customer_rates_on_the_tablet(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    order_id, number, customer_id = ready_order_here(server)
    with server_session(server) as session:
        order = session.get(Order, order_id)
        customer = session.get(Customer, customer_id)
        assert order is not None and customer is not None
        text, names = pickup_pass(session, order), (customer.first_name, customer.last_name)
    page = open_pickup_desk(qtbot, window)
    assert isinstance(page, PickupPage)
    scanner_types(window, text)
    qtbot.wait_until(lambda: page.panel.order is not None
                     and page.panel.order.order_id == order_id
                     and page.panel.order.bucket == DeskBucket.WAITING
                     and page.panel.handover_box.isVisible(), timeout=WAIT_MS)
    page.panel.handover_button.click()
    qtbot.wait_until(lambda: page.receipt_dialog is not None
                     and page.receipt_dialog.isVisible(), timeout=WAIT_MS)
    receipt = page.receipt_dialog
    assert receipt is not None and receipt.visit is not None
    visit = receipt.visit
    link = str(receipt.survey_qr.property("code"))
    assert link.startswith("https://shop.example.com/survey?visit=") and visit in link
    assert receipt.survey_label.isVisible()
    assert "Scan the code below to tell us" in receipt.survey_label.text()
    receipt.pdf_button.click()
    assert receipt.saved_to is not None and receipt.saved_to.read_bytes().startswith(b"%PDF")

    receipt.rating_button.click()
    rating = receipt.findChild(CustomerRatingDialog)
    assert rating is not None
    qtbot.wait_until(rating.isVisible, timeout=WAIT_MS)
    on_screen = " ".join(shown_texts(rating))
    assert "collecting your order" in on_screen
    for private in (number, *names, "S001:1001", window.context.staff.name):  # type: ignore[union-attr]
        assert private not in on_screen
    rating.findChild(QLabel, "rating_question")
    tap(qtbot, window, "rating_score_5")
    qtbot.wait_until(lambda: not rating.isVisible(), timeout=WAIT_MS)
    assert not receipt.rating_button.isEnabled()  # rated: not twice
    sync_round(qtbot, window)
    assert answer_on_server(server, visit) == ("S001", "pickup", 5, "", "device", [None])
    again = requests.post(f"{server.url}/v1/survey", json={"visit": visit, "score": 1},
                          verify=str(tls_files().ca_file), timeout=5)
    assert again.status_code == 409  # the receipt's survey cannot rate the visit again
