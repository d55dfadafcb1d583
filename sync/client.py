"""HTTP client for the central API (requests.Session, injectable for tests)."""

from __future__ import annotations

from datetime import date
from typing import Any

import requests

from sync.protocol import (
    DeviceStatus,
    Enrolment,
    EventBatch,
    EventBatchResult,
    FeedPage,
    Health,
)
from sync.records import CustomerSearchPage
from sync.transport import check_url
from sync.transport import session as transport_session

DEFAULT_TIMEOUT = (3.05, 30.0)
"""(connect, read) seconds: a dead network is noticed fast, a slow page still arrives."""


class SyncError(Exception):
    """Any failure to talk to the central API; `message` is for the sync log and status bar."""


class Unreachable(SyncError):
    """No answer: network down, server stopped, timeout. Retry later."""


class ServerError(SyncError):
    """5xx or 429: the server is there but cannot serve now. Retry later."""

    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status}: {message}")
        self.status = status
        self.retry_after = retry_after


class RequestRefused(SyncError):
    """4xx: the server will not take this request as it is; retrying it unchanged won't help."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(f"HTTP {status} {error}: {message}")
        self.status = status
        self.error = error
        self.message = message


class FeedReset(RequestRefused):
    """410 Gone: the cursor is no longer valid; resync the feed from scratch."""


class DeviceRevoked(RequestRefused):
    """401 `device_revoked`: the store took this device back. Its data must go."""


class UntrustedServer(SyncError):
    """The server's certificate or pinned key did not check out: nothing was sent."""


APP_VERSION = "0.1.0"
"""Reported to the central API with each request (`cloud-stub device list` shows it)."""


class ApiClient:
    def __init__(self, base_url: str, token: str, http: requests.Session | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> None:
        check_url(base_url)
        self.base_url = base_url.rstrip("/")
        self.http = http or transport_session()
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"
        self.http.headers["User-Agent"] = "store-edge-kiosk/1"
        self.http.headers["X-App-Version"] = APP_VERSION
        self.timeout = timeout

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.http.request(method, f"{self.base_url}{path}", timeout=self.timeout,
                                         **kwargs)
        except requests.exceptions.SSLError as exc:
            why = ("the server's key does not match the pinned key" if "pinned key" in str(exc)
                   else "the server's certificate is not trusted")
            raise UntrustedServer(f"{why}: nothing was sent ({exc})") from exc
        except requests.RequestException as exc:
            raise Unreachable(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code >= 500 or response.status_code == 429:
            retry_after = response.headers.get("Retry-After")
            raise ServerError(
                response.status_code, response.text[:200],
                float(retry_after) if retry_after and retry_after.isdigit() else None,
            )
        if response.status_code >= 400:
            try:
                body = response.json()
                error, message = str(body.get("error")), str(body.get("message"))
            except (ValueError, AttributeError):
                error, message = "http_error", response.text[:200]
            cls = FeedReset if response.status_code == 410 else \
                DeviceRevoked if error == "device_revoked" else RequestRefused
            raise cls(response.status_code, error, message)
        try:
            return response.json()
        except ValueError as exc:
            raise ServerError(response.status_code, "answer is not JSON") from exc

    def health(self) -> Health:
        return Health.model_validate(self._request("GET", "/health"))

    def push(self, batch: EventBatch) -> EventBatchResult:
        body = batch.model_dump_json().encode()
        answer = self._request("POST", "/v1/events", data=body,
                               headers={"Content-Type": "application/json"})
        return EventBatchResult.model_validate(answer)

    def device_status(self, pending_events: int | None = None) -> DeviceStatus:
        """Also tells the server how many events wait here (`cloud-stub device list`)."""
        headers = {} if pending_events is None else {"X-Pending-Events": str(pending_events)}
        return DeviceStatus.model_validate(self._request("GET", "/v1/devices/me",
                                                         headers=headers))

    def pair(self, code: str) -> Enrolment:
        """Trade a one-time pairing code for this device's token (no token needed)."""
        answer = self._request("POST", "/v1/devices/pair",
                               json={"code": code, "app_version": APP_VERSION})
        return Enrolment.model_validate(answer)

    def changes(self, feed: str, cursor: str | None, limit: int) -> FeedPage:
        params: dict[str, Any] = {"feed": feed, "limit": limit}
        if cursor:
            params["cursor"] = cursor
        return FeedPage.model_validate(self._request("GET", "/v1/changes", params=params))

    def customer_context(self, customer_id: str, store_pass: str | None = None,
                         loyalty_card: str | None = None) -> dict[str, Any]:
        """A kiosk shows the proof the customer just gave: their pass or their card."""
        headers = {}
        if store_pass is not None:
            headers["Store-Pass"] = store_pass
        if loyalty_card is not None:
            headers["Loyalty-Card"] = loyalty_card
        return dict(self._request("GET", f"/v1/customers/{customer_id}/context",
                                  headers=headers))

    def card_owner(self, number: str) -> str | None:
        """Whose loyalty card this is, in the whole customer base (None: nobody's)."""
        try:
            answer = self._request("GET", f"/v1/loyalty-cards/{number}")
        except RequestRefused as exc:
            if exc.status == 404:
                return None
            raise
        return str(answer["customer_id"])

    def search_customers(self, text: str, page: int = 1) -> CustomerSearchPage:
        """The central API's search of the whole customer base, best matches first."""
        return CustomerSearchPage.model_validate(self._request(
            "GET", "/v1/customers", params={"q": text, "page": page}))

    def order_by_number(self, number: str) -> dict[str, Any]:
        """Any store's purchase by the number on its receipt (`WEB-100123`)."""
        return dict(self._request("GET", "/v1/orders", params={"number": number}))

    def store_kpis(self, store_id: str, first: date, last: date, grain: str,
                   chain: bool = True, manager: str = "") -> dict[str, Any]:
        """The store's figures for the local days first..last (included), per period of
        `grain`, with the chain's beside them unless `chain` is False; `manager`: the
        manager logged in (`<store>:<number>`), whom the central API checks."""
        return dict(self._request("GET", f"/v1/stores/{store_id}/kpis", params={
            "from": first.isoformat(), "to": last.isoformat(), "grain": grain,
            "chain": "true" if chain else "false"}, headers={"X-Acting-Staff": manager}))

    def order(self, order_id: str) -> dict[str, Any]:
        return dict(self._request("GET", f"/v1/orders/{order_id}"))

    def order_for_return(self, order_id: str) -> dict[str, Any]:
        """Any store's order (a purchase may come back to any store)."""
        return dict(self._request("GET", f"/v1/orders/{order_id}",
                                  params={"for_return": "true"}))
