"""`cloud-stub`: serve the central API, seed demo data, register devices, issue passes."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from cloud_stub.core.config import Settings, default_db_url
from cloud_stub.core.db import (
    SchemaOutOfDate,
    make_engine,
    migrate,
    require_current_schema,
    schema_revision,
    session_factory,
)


def _sessions(db_url: str):
    """Sessions on a database whose schema is current (else the command stops, saying
    to run `cloud-stub migrate`)."""
    engine = make_engine(db_url, pool_size=1)
    try:
        require_current_schema(engine)
    except SchemaOutOfDate as exc:
        raise SystemExit(f"cloud-stub: {exc}") from None
    return session_factory(engine)


def cmd_serve(args: argparse.Namespace) -> int:
    from cloud_stub.admin.serving import serve

    if bool(args.tls_cert) != bool(args.tls_key):
        print("error: --tls-cert and --tls-key go together", file=sys.stderr)
        return 2
    settings = Settings(db_url=args.db, host=args.host, port=args.port,
                        concurrency=args.concurrency)
    return serve(settings, args.workers, args.log_level, args.tls_cert, args.tls_key)


def cmd_migrate(args: argparse.Namespace) -> int:
    engine = make_engine(args.db, pool_size=1)
    before, head = schema_revision(engine)
    migrate(engine)
    print(f"schema at revision {head}" + ("" if before == head else f" (was {before or 'empty'})"))
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def cmd_seed(args: argparse.Namespace) -> int:
    import time

    from cloud_stub.admin.seed import SeedSize, seed

    started = time.perf_counter()
    size = SeedSize.small() if args.small else SeedSize()
    asked = {name: getattr(args, name) for name in
             ("customers", "products", "stores", "orders", "browsing_sessions")
             if getattr(args, name) is not None}
    size = dataclasses.replace(size, **asked)
    counts = seed(make_engine(args.db), size, seed_value=args.seed)
    took = time.perf_counter() - started
    summary = ", ".join(f"{k}={v}" for k, v in counts.items())
    print(f"seeded {args.db} in {took:.1f}s: {summary}")
    return 0


def cmd_stores(args: argparse.Namespace) -> int:
    from cloud_stub.models import Store

    with _sessions(args.db)() as session:
        stores = session.scalars(select(Store).order_by(Store.is_demo.desc(), Store.id)).all()
        for store in stores:
            print(store.id)
    return 0


def cmd_kpis(args: argparse.Namespace) -> int:
    """A store's figures for the local days from..to and the chain's beside them
    (`docs/kpis.md`): a table, or CSV for a spreadsheet."""
    import csv
    from datetime import date, timedelta

    from cloud_stub.crud.kpis import figures
    from cloud_stub.models import Store

    first, last = date.fromisoformat(args.from_), date.fromisoformat(args.to)
    if last < first:
        print("error: --to is before --from", file=sys.stderr)
        return 2
    with _sessions(args.db)() as session:
        if session.get(Store, args.store) is None:
            print(f"error: unknown store {args.store}", file=sys.stderr)
            return 2
        store = figures(session, args.store, first, last + timedelta(days=1)).rows()
        chain = dict(figures(session, None, first, last + timedelta(days=1)).rows())
    if args.csv:
        out = csv.writer(sys.stdout)
        out.writerow(["figure", args.store, "chain"])
        out.writerows([name, _shown(value), _shown(chain.get(name))] for name, value in store)
        return 0
    width = max(len(name) for name, _ in store)
    print(f"{'figure':{width}}  {args.store:>12}  {'chain':>12}   ({first} to {last})")
    for name, value in store:
        print(f"{name:{width}}  {_shown(value):>12}  {_shown(chain.get(name)):>12}")
    return 0


def _shown(value: object) -> str:
    """No figure is "-", never 0; fractions keep 4 decimals."""
    if value is None:
        return "-"
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def _write_qr(text: str, png: str) -> None:
    import qrcode

    qrcode.make(text, error_correction=qrcode.constants.ERROR_CORRECT_M).save(png)
    print(f"QR code written to {png}", file=sys.stderr)


def _pairing(args: argparse.Namespace, device_id: str, code: str) -> int:
    print(f"pairing code for device {device_id}, valid 15 minutes, once: type it or scan it "
          "on the device's first screen", file=sys.stderr)
    if args.png:
        _write_qr(f"PAIR-{code}", args.png)
    print(code)
    return 0


def cmd_device_add(args: argparse.Namespace) -> int:
    from cloud_stub.crud.devices import DeviceProblem, add_device, pairing_code, set_token

    with _sessions(args.db)() as session, session.begin():
        try:
            device = add_device(session, args.store, args.kind, args.name or "", args.device_id)
        except DeviceProblem as problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        secret = set_token(device) if args.print_token else pairing_code(session, device)
        device_id = device.id
    print(f"device {device_id} ({args.kind}) registered for store {args.store}", file=sys.stderr)
    if args.print_token:  # scripts and tests: the token itself, on the last line
        print(secret)
        return 0
    return _pairing(args, device_id, secret)


def cmd_device_list(args: argparse.Namespace) -> int:
    from cloud_stub.crud.devices import list_devices

    with _sessions(args.db)() as session:
        rows = list_devices(session, args.store)
    print("device\tkind\tname\tlast seen\tapp\tpending events\tstate")
    for row in rows:
        seen = row.last_seen_at.isoformat(timespec="seconds") if row.last_seen_at else "never"
        pending = "?" if row.pending_events is None else str(row.pending_events)
        print(f"{row.device_id}\t{row.kind}\t{row.name}\t{seen}\t{row.app_version or '?'}\t"
              f"{pending}\t{'revoked' if row.revoked else 'active'}")
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    from cloud_stub.crud.devices import DeviceProblem, revoke

    with _sessions(args.db)() as session, session.begin():
        try:
            revoke(session, args.device)
        except DeviceProblem as problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
    print(f"device {args.device} revoked: its token is refused from now on, and the device "
          "erases its local data when it next calls")
    return 0


def cmd_customer_erase(args: argparse.Namespace) -> int:
    from cloud_stub.crud.working_set import erase_customer

    with _sessions(args.db)() as session, session.begin():
        if not erase_customer(session, args.customer):
            print(f"error: no customer {args.customer} (or erased before)", file=sys.stderr)
            return 2
    print(f"customer {args.customer} erased: name, contact, cards, browsing and cart are gone; "
          "their orders stay, without a name; every store's devices drop them at their next "
          "sync")
    return 0


def cmd_device_rotate(args: argparse.Namespace) -> int:
    """A new token for a device in service: a pairing code it trades for one (the token it
    has keeps working until then, so the store never goes offline for it)."""
    from cloud_stub.crud.devices import DeviceProblem, pairing_code
    from cloud_stub.models import Device

    with _sessions(args.db)() as session, session.begin():
        device = session.get(Device, args.device)
        if device is None:
            print(f"error: unknown device {args.device!r}", file=sys.stderr)
            return 2
        try:
            code = pairing_code(session, device)
        except DeviceProblem as problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
    return _pairing(args, args.device, code)


def cmd_pin(args: argparse.Namespace) -> int:
    """The pin of a server certificate's public key, for the app's `pin_sha256`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from sync.transport import public_key_pin

    cert = x509.load_pem_x509_certificate(Path(args.cert).read_bytes())
    print(public_key_pin(cert.public_bytes(serialization.Encoding.DER)))
    return 0


def cmd_pass(args: argparse.Namespace) -> int:
    from cloud_stub.core import keys
    from cloud_stub.models import BrowsingEvent, Cart, Customer, Order

    with _sessions(args.db)() as session, session.begin():
        if args.order:
            order = session.get(Order, args.order)
            if order is None:
                print(f"error: unknown order {args.order!r}", file=sys.stderr)
                return 2
            if args.receipt or order.fulfilment != "click_collect":
                text = keys.receipt(session, order)
                print(f"receipt for order {order.number}", file=sys.stderr)
            else:
                text = keys.pickup_pass(session, order)
                print(f"pickup pass for order {order.number}; pickup code {order.pickup_code}",
                      file=sys.stderr)
        else:
            customer = session.get(Customer, args.customer)
            if customer is None or customer.deleted:
                print(f"error: unknown customer {args.customer!r}", file=sys.stderr)
                return 2
            last_session = session.scalars(
                select(BrowsingEvent.session_id).where(BrowsingEvent.customer_id == customer.id)
                .order_by(BrowsingEvent.occurred_at.desc()).limit(1)
            ).first()
            cart_id = session.scalars(
                select(Cart.id).where(Cart.customer_id == customer.id, Cart.status == "open")
            ).first()
            text = keys.store_pass(session, customer.id, last_session, cart_id,
                                   args.ttl or Settings().pass_ttl_seconds)
            print(f"store pass for customer {customer.id}", file=sys.stderr)
    if args.png:
        _write_qr(text, args.png)
    print(text)
    return 0


def cmd_staff_set(args: argparse.Namespace) -> int:
    import getpass

    from cloud_stub.crud.staff import put_staff
    from cloud_stub.models import Store

    pin = args.pin or getpass.getpass("PIN (4 to 8 digits): ")
    with _sessions(args.db)() as session, session.begin():
        if session.get(Store, args.store) is None:
            print(f"error: unknown store {args.store!r}; see `cloud-stub stores`", file=sys.stderr)
            return 2
        try:
            put_staff(session, args.store, args.number, args.name, args.role, pin)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    print(f"staff {args.number} ({args.role}) set for store {args.store}; "
          "its tablets get it at their next sync")
    return 0


def cmd_staff_remove(args: argparse.Namespace) -> int:
    from cloud_stub.crud.staff import deactivate_staff

    with _sessions(args.db)() as session, session.begin():
        if not deactivate_staff(session, args.store, args.number):
            print(f"error: no staff {args.number} in store {args.store}", file=sys.stderr)
            return 2
    print(f"staff {args.number} of store {args.store} can no longer log in")
    return 0


def cmd_staff_list(args: argparse.Namespace) -> int:
    from cloud_stub.models import PolicyItem

    with _sessions(args.db)() as session:
        items = session.scalars(select(PolicyItem).where(
            PolicyItem.kind == "staff", PolicyItem.id.startswith(f"{args.store}:"))
            .order_by(PolicyItem.id)).all()
        for item in items:
            d = item.data
            print(f"{d['number']}\t{d['role']}\t{'active' if d['active'] else 'removed'}\t"
                  f"{d['name']}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cloud-stub", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", default=default_db_url(),
                       help="database URL (default: the demo SQLite file, or CLOUD_STUB_DB_URL)")
        return p

    serve = add("serve", "run the API server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--log-level", default="info",
                       help="info logs every request as a JSON line (default)")
    serve.add_argument("--workers", type=_positive, default=1,
                       help="API processes sharing the port (about one per core)")
    serve.add_argument("--concurrency", type=_positive, default=4,
                       help="requests (and database connections) per process at once")
    serve.add_argument("--tls-cert", help="serve HTTPS with this certificate chain (PEM)")
    serve.add_argument("--tls-key", help="the certificate's private key (PEM)")
    serve.set_defaults(func=cmd_serve)

    add("migrate", "bring the database's schema to this version (back it up first)"
        ).set_defaults(func=cmd_migrate)

    seed = add("seed", "replace the database's content with the demo data set")
    seed.add_argument("--small", action="store_true", help="a few rows of everything")
    seed.add_argument("--seed", type=int, default=20261122, help="random seed")
    seed.add_argument("--customers", type=_positive, help="customers (default 2000)")
    seed.add_argument("--products", type=_positive, help="products (default 800)")
    seed.add_argument("--stores", type=_positive, help="stores (default 4; S001 is the demo)")
    seed.add_argument("--orders", type=_positive,
                      help="orders of every channel (default 400, at least the demo desk's)")
    seed.add_argument("--browsing-sessions", type=_positive,
                      help="at most this many browsing sessions per customer (default 4)")
    seed.set_defaults(func=cmd_seed)

    add("stores", "list store ids, the demo store first").set_defaults(func=cmd_stores)

    kpis = add("kpis", "a store's omnichannel figures and the chain's (docs/kpis.md)")
    kpis.add_argument("--store", required=True)
    kpis.add_argument("--from", dest="from_", required=True, help="first local day, YYYY-MM-DD")
    kpis.add_argument("--to", required=True, help="last local day (included), YYYY-MM-DD")
    kpis.add_argument("--csv", action="store_true", help="CSV on standard output")
    kpis.set_defaults(func=cmd_kpis)

    device = sub.add_parser("device", help="devices").add_subparsers(dest="device_command",
                                                                      required=True)
    device_add = device.add_parser(
        "add", help="register a device; prints a one-time pairing code last")
    device_add.add_argument("--store", required=True)
    device_add.add_argument("--name")
    device_add.add_argument("--device-id")
    device_add.add_argument("--kind", choices=("tablet", "kiosk"), default="tablet",
                            help="a kiosk is customer-facing: it never receives staff accounts")
    device_add.add_argument("--png", help="also write the pairing code as a QR code PNG")
    device_add.add_argument("--print-token", action="store_true",
                            help="print a token instead of a pairing code (scripts, tests)")
    device_add.set_defaults(func=cmd_device_add)
    device_list = device.add_parser("list", help="a store's devices: kind, last seen, app "
                                    "version, events waiting")
    device_list.add_argument("--store", required=True)
    device_list.set_defaults(func=cmd_device_list)
    device_revoke = device.add_parser("revoke", help="take a device back: its token is "
                                      "refused and it erases its local data")
    device_revoke.add_argument("--device", required=True)
    device_revoke.set_defaults(func=cmd_device_revoke)
    device_rotate = device.add_parser("rotate", help="a pairing code for a new token "
                                      "(the old one works until it is used)")
    device_rotate.add_argument("--device", required=True)
    device_rotate.add_argument("--png", help="also write the pairing code as a QR code PNG")
    device_rotate.set_defaults(func=cmd_device_rotate)
    for p in (device_add, device_list, device_revoke, device_rotate):
        p.add_argument("--db", default=default_db_url())

    customer = sub.add_parser("customer", help="customers").add_subparsers(
        dest="customer_command", required=True)
    erase = customer.add_parser("erase", help="right to erasure: the person's data goes, "
                                "from the central database and every store's devices")
    erase.add_argument("customer", help="customer id, e.g. C00042")
    erase.add_argument("--db", default=default_db_url())
    erase.set_defaults(func=cmd_customer_erase)

    pin = sub.add_parser("pin", help="the public key pin of a server certificate")
    pin.add_argument("--cert", required=True, help="the server's certificate (PEM)")
    pin.set_defaults(func=cmd_pin)

    staff = sub.add_parser("staff", help="staff accounts (PIN login on tablets)") \
        .add_subparsers(dest="staff_command", required=True)
    staff_set = staff.add_parser("set", help="create an account or change its PIN or role")
    staff_remove = staff.add_parser("remove", help="stop an account from logging in")
    staff_list = staff.add_parser("list", help="a store's accounts (never their PINs)")
    for p in (staff_set, staff_remove, staff_list):
        p.add_argument("--db", default=default_db_url())
        p.add_argument("--store", required=True)
    for p in (staff_set, staff_remove):
        p.add_argument("--number", required=True, help="staff number, 3 to 8 digits")
    staff_set.add_argument("--name", required=True)
    staff_set.add_argument("--role", choices=("associate", "manager"), default="associate")
    staff_set.add_argument("--pin", help="4 to 8 digits (asked for when left out)")
    staff_set.set_defaults(func=cmd_staff_set)
    staff_remove.set_defaults(func=cmd_staff_remove)
    staff_list.set_defaults(func=cmd_staff_list)

    pass_ = add("pass", "print a signed pass (pickup pass, receipt or store pass)")
    target = pass_.add_mutually_exclusive_group(required=True)
    target.add_argument("--order")
    target.add_argument("--customer")
    pass_.add_argument("--receipt", action="store_true", help="a receipt rather than a pickup pass")
    pass_.add_argument("--ttl", type=int, help="store pass lifetime in seconds")
    pass_.add_argument("--png", help="also write the pass as a QR code PNG")
    pass_.set_defaults(func=cmd_pass)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
