"""Deterministic demo data: stores, customers, catalog, stock, browsing, carts, orders.

The same seed and the same `now` give the same rows; times are relative to `now`
so that pickup deadlines and "ready since" look right whenever the demo runs.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.orm import Session

from cloud_stub.admin import story
from cloud_stub.core.db import migrate, session_factory
from cloud_stub.core.keys import create_signing_key
from cloud_stub.crud.clock import ensure_clock
from cloud_stub.crud.staff import SEED_STAFF, staff_data, staff_id
from cloud_stub.models import (
    Base,
    BrowsingEvent,
    Cart,
    CartHandover,
    CartLine,
    Customer,
    Device,
    Feedback,
    FeedClock,
    LoyaltyCard,
    LoyaltyLedgerEntry,
    Order,
    OrderLine,
    Payment,
    PolicyItem,
    Product,
    ProductAvailability,
    Return,
    ReturnLine,
    StockLevel,
    Store,
    StoreCustomer,
    Voucher,
)
from sync.rules.scope import CLOSED_PICKUP_DAYS, OPEN_PICKUP, WORKING_SET_DAYS
from sync.sqltypes import utcnow
from sync.text import search_key

STORES = [
    ("S001", "Paris Rivoli", "Paris", "104 rue de Rivoli, 75001 Paris", 48.8606, 2.3470),
    ("S002", "Lyon Part-Dieu", "Lyon", "17 rue du Docteur Bouchut, 69003 Lyon", 45.7605, 4.8590),
    ("S003", "Lille Centre", "Lille", "31 rue Neuve, 59000 Lille", 50.6365, 3.0635),
    ("S004", "Bordeaux Sainte-Catherine", "Bordeaux", "88 rue Sainte-Catherine, 33000 Bordeaux",
     44.8400, -0.5735),
]
DEMO_STORE = STORES[0][0]
MORE_CITIES = [("Marseille", 43.2965, 5.3698), ("Toulouse", 43.6047, 1.4442),
               ("Nice", 43.7102, 7.2620), ("Nantes", 47.2184, -1.5536),
               ("Strasbourg", 48.5734, 7.7521), ("Montpellier", 43.6108, 3.8767),
               ("Rennes", 48.1173, -1.6778), ("Reims", 49.2583, 4.0317),
               ("Grenoble", 45.1885, 5.7245), ("Dijon", 47.3220, 5.0415),
               ("Versailles", 48.8049, 2.1204), ("Rouen", 49.4432, 1.0999)]
"""Where the stores past the four named ones are (a chain of any size, `--stores`)."""

# category -> (price range in euros, [(brand, [models])], sizes)
CATALOG: dict[str, tuple[tuple[int, int], list[tuple[str, list[str]]], list[str]]] = {
    "Sneakers": ((59, 189), [
        ("Nike", ["Air Max 90", "Air Force 1", "Dunk Low", "Blazer Mid"]),
        ("Adidas", ["Stan Smith", "Superstar", "Samba OG", "Gazelle"]),
        ("New Balance", ["574", "327", "550", "2002R"]),
        ("Veja", ["V-10", "Campo", "Esplar", "Urca"]),
        ("Puma", ["Suede Classic", "Palermo", "RS-X"]),
    ], ["38", "39", "40", "41", "42", "43", "44", "45"]),
    "Running": ((89, 219), [
        ("Asics", ["Gel-Kayano 31", "Gel-Nimbus 26", "Novablast 4"]),
        ("Hoka", ["Clifton 9", "Bondi 8", "Mach 6"]),
        ("Brooks", ["Ghost 16", "Glycerin 21", "Adrenaline GTS 24"]),
        ("Saucony", ["Ride 17", "Endorphin Speed 4", "Triumph 22"]),
        ("Nike", ["Pegasus 41", "Vomero 17", "Invincible 3"]),
    ], ["38", "39", "40", "41", "42", "43", "44", "45", "46"]),
    "Vestes": ((69, 349), [
        ("The North Face", ["Nuptse 1996", "Resolve 2", "Quest"]),
        ("Patagonia", ["Torrentshell 3L", "Nano Puff", "Down Sweater"]),
        ("Rains", ["Long Jacket", "Short Hooded Coat", "Fuse Puffer"]),
        ("Columbia", ["Watertight II", "Powder Lite", "Inner Limits"]),
        ("Aigle", ["Parka Matelassée", "Veste Imperméable", "Coupe-vent"]),
    ], ["XS", "S", "M", "L", "XL", "XXL"]),
    "T-shirts": ((19, 69), [
        ("Lacoste", ["Polo L.12.12", "T-shirt col rond", "T-shirt Sport"]),
        ("Petit Bateau", ["T-shirt iconique", "Marinière", "T-shirt manches longues"]),
        ("Armor-Lux", ["Marinière Héritage", "T-shirt Loctudy"]),
        ("Levi's", ["Housemark Tee", "Original Tee", "Graphic Tee"]),
    ], ["XS", "S", "M", "L", "XL"]),
    "Jeans": ((49, 149), [
        ("Levi's", ["501 Original", "511 Slim", "502 Taper", "Ribcage Straight"]),
        ("Lee", ["Rider Slim", "West Relaxed", "Daren Regular"]),
        ("Wrangler", ["Texas Stretch", "Larston", "Frontier"]),
        ("Diesel", ["2019 D-Strukt", "1995 D-Sark"]),
    ], ["28", "30", "32", "34", "36", "38"]),
    "Sweats": ((39, 129), [
        ("Champion", ["Sweat à capuche Reverse Weave", "Sweat col rond"]),
        ("Carhartt WIP", ["Hooded Chase", "American Script"]),
        ("Adidas", ["Hoodie Trefoil", "Sweat Essentials"]),
        ("Nike", ["Club Fleece", "Tech Fleece"]),
    ], ["XS", "S", "M", "L", "XL"]),
    "Sacs": ((29, 179), [
        ("Eastpak", ["Padded Pak'r", "Out of Office", "Springer"]),
        ("Herschel", ["Little America", "Settlement", "Heritage"]),
        ("Longchamp", ["Le Pliage Original M", "Le Pliage Green L"]),
        ("Fjällräven", ["Kånken", "Kånken Laptop 15", "High Coast"]),
    ], [""]),
    "Accessoires": ((9, 59), [
        ("Nike", ["Casquette Heritage86", "Chaussettes Everyday x3"]),
        ("Adidas", ["Bonnet Trefoil", "Casquette Baseball"]),
        ("Carhartt WIP", ["Bonnet Acrylic Watch", "Ceinture Script"]),
        ("Le Slip Français", ["Chaussettes", "Caleçon"]),
    ], [""]),
    "Randonnée": ((59, 229), [
        ("Salomon", ["X Ultra 4 GTX", "Quest 4 GTX", "Cross Hike 2"]),
        ("Merrell", ["Moab 3", "Moab 3 GTX"]),
        ("Lowa", ["Renegade GTX Mid", "Innox Pro"]),
        ("Quechua", ["MH500", "NH150"]),
    ], ["38", "39", "40", "41", "42", "43", "44", "45"]),
}
NON_RETURNABLE = ["Sous-vêtements"]
COLORS = ["Blanc", "Noir", "Marine", "Gris", "Beige", "Kaki", "Bordeaux", "Bleu ciel",
          "Rouge", "Vert forêt", "Écru", "Sable"]
MATERIALS = ["Coton bio", "Cuir", "Daim", "Polyester recyclé", "Nylon", "Laine mérinos", "Denim"]
SEARCHES = {
    "Sneakers": ["baskets blanches", "sneakers cuir", "stan smith", "basket veja"],
    "Running": ["chaussure running", "chaussure trail", "running amorti"],
    "Vestes": ["veste pluie", "doudoune", "parka homme", "veste imperméable"],
    "T-shirts": ["marinière", "t-shirt coton bio", "polo"],
    "Jeans": ["jean 501", "jean slim", "jean droit femme"],
    "Sweats": ["sweat capuche", "hoodie", "sweat col rond"],
    "Sacs": ["sac à dos", "sac ordinateur", "kanken"],
    "Accessoires": ["bonnet", "casquette", "chaussettes"],
    "Randonnée": ["chaussures rando", "gore-tex", "chaussure montagne"],
}
FIRST_NAMES = ["Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Jade", "Louise",
               "Alice", "Zoé", "Lucie", "Clara", "Julie", "Anaïs", "Marie", "Hugo", "Lucas",
               "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Thomas", "Théo", "Paul",
               "Antoine", "Maxime", "Nicolas", "Julien", "Karim", "Yanis", "Mehdi", "Sofia",
               "Amina", "Noah", "Adam", "Raphaël", "Élodie", "Mathilde"]
LAST_NAMES = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
              "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
              "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert",
              "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier",
              "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
              "Gauthier", "Garcia", "Perrin", "Nguyen", "Benali", "Diallo", "Haddad"]
# (pickup state, how many) for the demo store's click & collect orders
DEMO_PICKUP_MIX = [("to_prepare", 24), ("preparing", 14), ("ready", 34), ("overdue", 8),
                   ("checked_in", 8), ("collected", 20), ("expired", 6), ("cancelled", 6)]


@dataclass(frozen=True)
class SeedSize:
    customers: int = 2000
    products: int = 800
    open_carts: int = 150
    orders: int = 400
    demo_click_collect: int = 120
    stores: int = len(STORES)
    demo_sales: int = 0
    """In-store sales of the demo store, on top of its share of the others (a busy store)."""
    browsing_sessions: int = 4
    """At most this many browsing sessions per customer who browsed (70 % did)."""
    story_days: int = 56
    """Days of the demo store's history (`admin/story.py`): its figures mean something."""

    @classmethod
    def small(cls) -> SeedSize:
        """A few rows of everything, for fast tests."""
        return cls(customers=60, products=80, open_carts=15, orders=60, demo_click_collect=24,
                   story_days=0)


def store_rows(count: int) -> list[dict[str, Any]]:
    """The four named stores, then as many more as asked, around France's larger cities."""
    rows = [{"id": sid, "name": name, "city": city, "address": address, "latitude": lat,
             "longitude": lon} for sid, name, city, address, lat, lon in STORES[:count]]
    for n in range(len(rows) + 1, count + 1):
        city, lat, lon = MORE_CITIES[(n - len(STORES) - 1) % len(MORE_CITIES)]
        rank = (n - len(STORES) - 1) // len(MORE_CITIES) + 1
        rows.append({"id": f"S{n:03d}", "name": f"{city} {rank}", "city": city,
                     "address": f"{n} avenue du Commerce, {city}",
                     "latitude": lat + rank * 0.01, "longitude": lon + rank * 0.01})
    for row in rows:
        row |= {"timezone": "Europe/Paris", "is_demo": row["id"] == DEMO_STORE}
    return rows


def ean13_check_digit(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def ean13(first12: str) -> str:
    return first12 + ean13_check_digit(first12)


def _ascii(value: str) -> str:
    return (unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
            .lower().replace(" ", "").replace("'", ""))


def _price_cents(rng: random.Random, low: int, high: int) -> int:
    euros = rng.randint(low, high)
    return euros * 100 + rng.choice([0, 0, 90, 99, 50])


class Versions:
    """Hands out feed versions during a bulk load; the clock is set once at the end."""

    def __init__(self) -> None:
        self.value = 0

    def __next__(self) -> int:
        self.value += 1
        return self.value

    def __iter__(self) -> Iterator[int]:
        return self


def reset_schema(engine: Engine) -> None:
    """Drop every table (demo data only!) and migrate from scratch."""
    Base.metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    migrate(engine)


@dataclass
class _Draw:
    """One seeding run: the random source, the clock and the rows drawn so far. Each step
    draws in the same order as ever, so a seed value always gives the same data."""

    rng: random.Random
    now: datetime
    size: SeedSize
    versions: Versions
    rows: dict[str, list[dict[str, Any]]]
    cards: list[dict[str, Any]]
    tuples: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = field(
        default_factory=dict)
    """The largest tables, drawn straight as (columns, rows)."""

    def store_ids(self) -> list[str]:
        return [s["id"] for s in self.rows["stores"]]

    @cached_property
    def customer_ids(self) -> list[str]:
        """Drawn from for every order: computed once the customers are drawn."""
        return [c["id"] for c in self.rows["customers"]]


def seed(engine: Engine, size: SeedSize | None = None, *, seed_value: int = 20261122,
         now: datetime | None = None) -> dict[str, int]:
    """Replace the database's content with a deterministic demo data set; returns counts."""
    draw = _Draw(random.Random(seed_value), now or utcnow(), size or SeedSize(), Versions(),
                 {}, [])
    reset_schema(engine)
    draw.rows["stores"] = store_rows(draw.size.stores)
    _catalog(draw)
    _customers(draw)
    _browsing(draw)
    _carts(draw)
    pickup_plan = _pickup_plan(draw.size)
    _orders(draw, pickup_plan)
    _loyalty(draw)
    return_lines = _vouchers_and_returns(draw)
    draw.rows.update(devices=[], cart_handovers=[], feedback=[])
    if draw.size.story_days:
        return_lines += story.tell(draw, draw.size.story_days, DEMO_STORE)
    _working_sets(draw)
    _availability(draw)
    draw.rows["policy_items"] = policy_items(draw.versions, draw.rows["stores"])
    _insert(engine, draw, return_lines)
    counts = {key: len(value) for key, value in draw.rows.items()}
    counts |= {key: len(rows) for key, (_columns, rows) in draw.tuples.items()}
    counts["loyalty_cards"] = len(draw.cards)
    counts["demo_click_collect"] = len(pickup_plan)
    return counts


def _catalog(draw: _Draw) -> None:
    """Products, round-robin over categories so that even a small catalog has every
    category, and their stock in every store."""
    rng, versions = draw.rng, draw.versions
    products: list[dict[str, Any]] = []
    per_category = [[(cat, brand, model) for brand, models in brands for model in models]
                    for cat, (_, brands, _) in CATALOG.items()]
    longest = max(len(c) for c in per_category)
    combos = [c[i] for i in range(longest) for c in per_category if i < len(c)]
    n = 0
    while len(products) < draw.size.products:
        category, brand, model = combos[n % len(combos)]
        color = COLORS[(n // len(combos) + n * 7) % len(COLORS)]
        (low, high), _, sizes = CATALOG[category]
        n += 1
        price = _price_cents(rng, low, high)
        attributes: dict[str, Any] = {"color": color, "material": rng.choice(MATERIALS),
                                      "gender": rng.choice(["femme", "homme", "mixte"]),
                                      "sizes": [s for s in sizes if s]}
        if n % 5 == 0:  # marked down lately: the lowest price of the last 30 days
            attributes["lowest_30d_price_cents"] = price * 80 // 100
        products.append({
            "id": f"P{n:05d}", "gtin": ean13(f"376{n:09d}"),
            "sku": f"{_ascii(brand)[:4].upper()}-{n:05d}", "name": f"{brand} {model} {color}",
            "brand": brand, "category": category, "price_cents": price,
            "attributes": attributes, "active": rng.random() > 0.02,
            "version": next(versions), "deleted": False,
        })
    draw.rows["products"] = products
    draw.rows["stock_levels"] = [
        {"store_id": sid, "product_id": p["id"],
         "quantity": 0 if rng.random() < 0.18 else rng.randint(1, 25),
         "aisle": f"{chr(65 + list(CATALOG).index(p['category']))}{rng.randint(1, 12)}",
         "version": next(versions)}
        for sid in draw.store_ids() for p in products
    ]


def _customers(draw: _Draw) -> None:
    """Customers, most of them with a loyalty card."""
    rng, now = draw.rng, draw.now
    customers: list[dict[str, Any]] = []
    for i in range(1, draw.size.customers + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        created = now - timedelta(days=rng.randint(30, 2000))
        customers.append({
            "id": f"C{i:05d}", "first_name": first, "last_name": last,
            "email": f"{_ascii(first)}.{_ascii(last)}{i}@example.com",
            "phone": f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} "
                     f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            "language": "fr" if rng.random() < 0.85 else "en",
            "created_at": created, "loyalty_tier": "member", "points_balance": 0,
            "consent_personalisation": rng.random() < 0.7,
            "consent_email": rng.random() < 0.55, "consent_sms": rng.random() < 0.3,
            "version": 0, "deleted": False,
        })
        customers[-1]["search_key"] = search_key(first, last, customers[-1]["email"],
                                                 customers[-1]["phone"])
        if rng.random() < 0.8:
            draw.cards.append({"number": ean13(f"29{i:010d}"), "customer_id": f"C{i:05d}",
                               "status": "active", "issued_at": created})
    draw.rows["customers"] = customers


BROWSING_COLUMNS = ("customer_id", "session_id", "channel", "occurred_at", "kind",
                    "product_id", "query")


def _browsing(draw: _Draw) -> None:
    """Sessions of views and searches, each focused on one category. Rows as tuples: at a
    retailer's size there are millions (ten per customer)."""
    rng, now = draw.rng, draw.now
    categories = list(CATALOG)
    ids_by_category: dict[str, list[str]] = {}
    for p in draw.rows["products"]:
        ids_by_category.setdefault(p["category"], []).append(p["id"])
    browsing: list[tuple[Any, ...]] = []
    add = browsing.append
    for cid in draw.customer_ids:
        if rng.random() > 0.7:
            continue
        for s in range(rng.randint(1, draw.size.browsing_sessions)):
            channel = rng.choice(["web", "web", "app"])
            started = now - timedelta(days=rng.randint(0, 30), minutes=rng.randint(0, 1400))
            category = rng.choice(categories)
            session_id = f"{cid}-s{s}"
            searches, products = SEARCHES[category], ids_by_category[category]
            for e in range(rng.randint(2, 10)):
                at = started + timedelta(minutes=e * rng.randint(1, 4))
                if rng.random() < 0.2:
                    add((cid, session_id, channel, at, "search", None, rng.choice(searches)))
                else:
                    add((cid, session_id, channel, at, "view", rng.choice(products), None))
    draw.tuples["browsing_events"] = (BROWSING_COLUMNS, browsing)


def _carts(draw: _Draw) -> None:
    rng = draw.rng
    carts, cart_lines = [], []
    for k, cid in enumerate(rng.sample(draw.customer_ids, draw.size.open_carts), start=1):
        cart_id = f"K{k:05d}"
        carts.append({"id": cart_id, "customer_id": cid, "channel": rng.choice(["web", "app"]),
                      "status": "open",
                      "updated_at": draw.now - timedelta(hours=rng.randint(1, 240))})
        for product in rng.sample(draw.rows["products"], rng.randint(1, 4)):
            sizes = product["attributes"]["sizes"]
            cart_lines.append({"cart_id": cart_id, "product_id": product["id"],
                               "size": rng.choice(sizes) if sizes else "",
                               "quantity": rng.choice([1, 1, 1, 2]),
                               "unit_price_cents": product["price_cents"]})
    draw.rows["carts"], draw.rows["cart_lines"] = carts, cart_lines


def _pickup_plan(size: SeedSize) -> list[str]:
    """The demo store's click & collect orders, one state each, in `DEMO_PICKUP_MIX`'s
    proportions."""
    plan: list[str] = []
    scale = size.demo_click_collect / sum(n for _, n in DEMO_PICKUP_MIX)
    for state, count in DEMO_PICKUP_MIX:
        plan += [state] * max(1, round(count * scale))
    plan = plan[: size.demo_click_collect]
    # Rounding may leave the plan one or two short: the rest wait on the shelf.
    return plan + ["ready"] * (size.demo_click_collect - len(plan))


ORDER_STATUS_BY_PICKUP = {"to_prepare": "placed", "preparing": "placed", "ready": "ready",
                          "overdue": "ready", "checked_in": "ready", "collected": "completed",
                          "expired": "cancelled", "cancelled": "cancelled"}


def _orders(draw: _Draw, pickup_plan: list[str]) -> None:
    """Orders of every channel and fulfilment, their lines, payments and loyalty points."""
    rng, size = draw.rng, draw.size
    other = size.orders - len(pickup_plan) - size.demo_sales
    kinds = (["demo_cc:" + s for s in pickup_plan] + ["demo_sale"] * size.demo_sales
             + ["other_cc"] * (other * 20 // 100)
             + ["delivery"] * (other * 50 // 100))
    kinds += ["in_store"] * (size.orders - len(kinds))
    rng.shuffle(kinds)
    counters = {"web": 100000, "app": 500000, "store": 900000}
    for rows in ("orders", "order_lines", "payments", "loyalty_ledger"):
        draw.rows[rows] = []
    for o, kind in enumerate(kinds, start=1):
        in_store = kind in ("in_store", "demo_sale")
        cid = rng.choice(draw.customer_ids) if (not in_store or rng.random() < 0.6) else None
        channel = "store" if in_store else rng.choice(["web", "web", "app"])
        counters[channel] += 1
        prefix = {"web": "WEB", "app": "APP", "store": "MAG"}[channel]
        order: dict[str, Any] = {
            "id": f"O{o:06d}", "number": f"{prefix}-{counters[channel]}", "customer_id": cid,
            "channel": channel, "pickup_state": None, "pickup_code": None, "shelf": None,
            "ready_at": None, "pickup_deadline": None, "checked_in_at": None,
            "collected_at": None, "payment_state": "paid", "version": next(draw.versions),
        }
        line_status = _fulfilment(draw, order, kind)
        lines = _order_lines(draw, order, kind, line_status)
        draw.rows["orders"].append(order)
        draw.rows["order_lines"] += lines
        _payments(draw, order)
        if cid and order["status"] != "cancelled":
            draw.rows["loyalty_ledger"].append({
                "customer_id": cid, "order_id": order["id"],
                "points": order["total_cents"] // 100, "reason": "purchase",
                "created_at": order["created_at"]})


def _fulfilment(draw: _Draw, order: dict[str, Any], kind: str) -> str:
    """How the order is fulfilled and how far it went; returns its lines' status."""
    rng, now = draw.rng, draw.now
    if kind == "delivery":
        order["created_at"] = now - timedelta(days=rng.randint(1, 60))
        order.update(fulfilment="delivery", store_id=None,
                     status=rng.choice(["shipped", "delivered", "delivered", "delivered"]))
        return "delivered" if order["status"] == "delivered" else "shipped"
    if kind in ("in_store", "demo_sale"):
        order["created_at"] = now - timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 10))
        order.update(fulfilment="in_store", status="completed",
                     store_id=DEMO_STORE if kind == "demo_sale" else rng.choice(draw.store_ids()))
        return "sold"
    state = kind.split(":")[1] if kind.startswith("demo_cc") else rng.choice(
        ["to_prepare", "ready", "collected"])
    created = now - timedelta(hours=rng.randint(2, 72) if state in (
        "to_prepare", "preparing") else rng.randint(24, 400))
    order["created_at"] = created
    order.update(fulfilment="click_collect",
                 store_id=DEMO_STORE if kind.startswith("demo_cc")
                 else rng.choice(draw.store_ids()[1:]),
                 pickup_code=f"{rng.randint(0, 999999):06d}")
    line_status = "ordered"
    if state in ("ready", "checked_in", "overdue", "collected", "expired"):
        ready = created + timedelta(hours=rng.randint(2, 30))
        if state in ("ready", "checked_in"):
            ready = now - timedelta(hours=rng.randint(1, 100))
        if state == "overdue":
            ready = now - timedelta(days=rng.randint(8, 12))
        order["ready_at"] = ready
        order["pickup_deadline"] = ready + timedelta(days=7)
        order["shelf"] = f"R{rng.randint(1, 6)}-{rng.randint(1, 20):02d}"
        line_status = "picked"
    if state == "checked_in":
        order["checked_in_at"] = now - timedelta(minutes=rng.randint(1, 15))
    if state == "collected":
        order["collected_at"] = order["ready_at"] + timedelta(hours=rng.randint(1, 90))
        line_status = "handed_over"
    if state in ("to_prepare", "preparing") and rng.random() < 0.15:
        order["payment_state"] = "pending"
    order["status"] = ORDER_STATUS_BY_PICKUP[state]
    order["pickup_state"] = "ready" if state == "overdue" else state
    return line_status


def _order_lines(draw: _Draw, order: dict[str, Any], kind: str,
                 line_status: str) -> list[dict[str, Any]]:
    """One to four lines; a quarter of the orders have a 10 % promotion spread pro rata
    over the lines, to the cent."""
    rng = draw.rng
    subtotal = 0
    lines = []
    for ln, product in enumerate(rng.sample(draw.rows["products"], rng.randint(1, 4)), start=1):
        qty = rng.choice([1, 1, 1, 2])
        sizes = product["attributes"]["sizes"]
        picked = line_status in ("picked", "handed_over") \
            or (kind == "demo_cc:preparing" and ln == 1)
        lines.append({"order_id": order["id"], "line_no": ln, "product_id": product["id"],
                      "size": rng.choice(sizes) if sizes else "", "quantity": qty,
                      "unit_price_cents": product["price_cents"], "discount_cents": 0,
                      "status": line_status, "returned_quantity": 0,
                      "picked_quantity": qty if picked else 0,
                      "handed_over_quantity": qty if line_status == "handed_over" else 0})
        subtotal += qty * product["price_cents"]
    discount = 0
    if rng.random() < 0.25:
        discount = subtotal // 10
        left = discount
        for line in lines[:-1]:
            share = discount * line["quantity"] * line["unit_price_cents"] // subtotal
            line["discount_cents"] = share
            left -= share
        lines[-1]["discount_cents"] = left
    order.update(subtotal_cents=subtotal, discount_cents=discount,
                 total_cents=subtotal - discount)
    return lines


def _payments(draw: _Draw, order: dict[str, Any]) -> None:
    if order["payment_state"] != "paid":
        return
    rng, oid, total = draw.rng, order["id"], order["total_cents"]
    payments = draw.rows["payments"]
    if rng.random() < 0.15 and total > 2000:
        payments.append({"order_id": oid, "method": "gift_card", "amount_cents": 2000})
        payments.append({"order_id": oid, "method": "card", "amount_cents": total - 2000})
        return
    in_store = order["channel"] == "store"
    method = "cash" if in_store and rng.random() < 0.2 else rng.choice(
        ["card", "card", "paypal"] if not in_store else ["card"])
    payments.append({"order_id": oid, "method": method, "amount_cents": total})


def _loyalty(draw: _Draw) -> None:
    """Each customer's balance (their purchases' points and a welcome bonus) and tier."""
    points: dict[str, int] = {}
    for entry in draw.rows["loyalty_ledger"]:
        points[entry["customer_id"]] = points.get(entry["customer_id"], 0) + entry["points"]
    for c in draw.rows["customers"]:
        c["points_balance"] = points.get(c["id"], 0) + draw.rng.choice([0, 0, 50, 120])
        balance = c["points_balance"]
        c["loyalty_tier"] = "gold" if balance >= 600 else "silver" if balance >= 250 else "member"


def _vouchers_and_returns(draw: _Draw) -> list[dict[str, Any]]:
    """Vouchers of a few customers and a few past returns of delivered orders; returns the
    return lines (inserted once their order lines have ids)."""
    rng, now = draw.rng, draw.now
    customers = draw.rows["customers"]
    vouchers = []
    for v, cid in enumerate(rng.sample(draw.customer_ids, max(1, draw.size.customers // 20)),
                            start=1):
        amount = rng.choice([1000, 1500, 2000, 3000, 5000])
        vouchers.append({"id": f"V-SEED-{v:05d}", "customer_id": cid,
                         "kind": rng.choice(["voucher", "credit_note"]),
                         "amount_cents": amount,
                         "balance_cents": amount if rng.random() < 0.8 else amount // 2,
                         "issued_at": now - timedelta(days=rng.randint(1, 90)),
                         "expires_at": now + timedelta(days=rng.randint(30, 365)),
                         "status": "active"})
    draw.rows["vouchers"] = vouchers
    customer_version = {c["id"]: next(draw.versions) for c in customers}
    for c in customers:
        c["version"] = customer_version[c["id"]]
    returns, return_lines = [], []
    delivered = [o for o in draw.rows["orders"] if o["status"] == "delivered"]
    for r, order in enumerate(rng.sample(delivered, min(len(delivered), 15)), start=1):
        line = next(ln for ln in draw.rows["order_lines"] if ln["order_id"] == order["id"])
        refund = line["unit_price_cents"] - line["discount_cents"] // line["quantity"]
        line["returned_quantity"] = 1
        rid = f"R-SEED-{r:05d}"
        returns.append({"id": rid, "order_id": order["id"],
                        "store_id": rng.choice(draw.store_ids()),
                        "created_at": order["created_at"] + timedelta(days=5),
                        "refund_method": "original_payment", "refund_cents": refund})
        return_lines.append({"return_id": rid, "order_line_id": None, "quantity": 1,
                             "reason": "wrong_size", "condition": "new",
                             "refund_cents": refund, "_line": line})
    draw.rows["returns"] = returns
    return return_lines


def _working_sets(draw: _Draw) -> None:
    """Each store's working set, from its orders: a click & collect order waiting keeps the
    customer; a purchase or a collection here counts as a visit (`crud.working_set`)."""
    members: dict[tuple[str, str], dict[str, Any]] = {}
    for order in draw.rows["orders"]:
        if order["store_id"] is None or order["customer_id"] is None:
            continue
        row = members.setdefault((order["store_id"], order["customer_id"]), {
            "store_id": order["store_id"], "customer_id": order["customer_id"],
            "seen_at": None, "open_pickup": False})
        if order["pickup_state"] in OPEN_PICKUP:
            row["open_pickup"] = True
        elif order["status"] != "cancelled":
            seen = order["collected_at"] or order["created_at"]
            row["seen_at"] = max(row["seen_at"] or seen, seen)
    draw.rows["store_customers"] = [row | {"version": next(draw.versions)}
                                    for row in members.values()]


def _availability(draw: _Draw) -> None:
    """How many stores have each product (the other stores' stock a device is told of)."""
    stores_in_stock: dict[str, int] = {}
    for level in draw.rows["stock_levels"]:
        stores_in_stock[level["product_id"]] = (stores_in_stock.get(level["product_id"], 0)
                                                + (level["quantity"] > 0))
    draw.rows["product_availability"] = [
        {"product_id": p["id"], "stores_in_stock": stores_in_stock.get(p["id"], 0),
         "version": next(draw.versions)} for p in draw.rows["products"]]


def _insert(engine: Engine, draw: _Draw, return_lines: list[dict[str, Any]]) -> None:
    with session_factory(engine)() as session, session.begin():
        if engine.dialect.name == "sqlite":
            # A bulk load of rows drawn to be consistent, replacing everything: the
            # per-row checks and fsyncs would be most of the time at a retailer's scale.
            session.execute(text("PRAGMA defer_foreign_keys=ON"))
            session.execute(text("PRAGMA cache_size=-262144"))  # 256 MB: indexes in memory
        ensure_clock(session)
        tables: list[tuple[type[Base], str | None]] = [
            (Store, "stores"), (Device, "devices"), (Product, "products"),
            (StockLevel, "stock_levels"),
            (Customer, "customers"), (LoyaltyCard, None), (BrowsingEvent, "browsing_events"),
            (Cart, "carts"), (CartLine, "cart_lines"), (Order, "orders"),
            (OrderLine, "order_lines"), (Payment, "payments"),
            (CartHandover, "cart_handovers"), (Feedback, "feedback"),
            (LoyaltyLedgerEntry, "loyalty_ledger"), (Voucher, "vouchers"), (Return, "returns"),
            (PolicyItem, "policy_items"), (StoreCustomer, "store_customers"),
            (ProductAvailability, "product_availability"),
        ]
        for mapped, key in tables:
            if key in draw.tuples:
                columns, rows = draw.tuples[key]
            else:
                batch = draw.cards if mapped is LoyaltyCard else draw.rows[key or ""]
                columns = tuple(batch[0]) if batch else ()
                # every table has several columns: itemgetter gives each row as a tuple
                rows = list(map(itemgetter(*columns), batch)) if batch else []
            if rows:
                _bulk_insert(session.connection(), mapped.__table__, columns, rows)
        _insert_return_lines(session, return_lines)
        clock = session.get(FeedClock, 1)
        assert clock is not None
        clock.value = draw.versions.value
        session.flush()
        create_signing_key(session)


def _bulk_insert(connection: Connection, table: Any, columns: tuple[str, ...],
                 rows: list[tuple[Any, ...]]) -> None:
    """One executemany per table. On SQLite, straight to the driver with the columns' own
    bind processing: at a retailer's size (millions of browsing events) SQLAlchemy's
    per-row bookkeeping would be most of the seed's time."""
    if connection.dialect.name != "sqlite" or len(rows) < 10_000:
        connection.execute(table.insert(), [dict(zip(columns, row, strict=True))
                                            for row in rows])
        return
    processed = [(i, process) for i, name in enumerate(columns)
                 if (process := table.c[name].type.bind_processor(connection.dialect))]
    statement = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
                 f"VALUES ({', '.join('?' * len(columns))})")
    if processed:
        batch = []
        for row in rows:
            line = list(row)
            for i, process in processed:
                line[i] = process(line[i])
            batch.append(tuple(line))
        rows = batch
    connection.exec_driver_sql(statement, rows)


def _insert_return_lines(session: Session, return_lines: list[dict[str, Any]]) -> None:
    """Return lines point at order lines, whose ids exist only once those are inserted."""
    for rl in return_lines:
        line = rl.pop("_line")
        rl["order_line_id"] = session.execute(
            select(OrderLine.id).where(OrderLine.order_id == line["order_id"],
                                       OrderLine.line_no == line["line_no"])
        ).scalar_one()
    if return_lines:
        session.execute(insert(ReturnLine), return_lines)


def policy_items(versions: Versions, stores: list[dict[str, Any]]) -> list[dict[str, Any]]:
    items: list[tuple[str, str, dict[str, Any]]] = [
        ("return_policy", "default", {
            "default_days": 30,
            "category_days": {"Accessoires": 14, "Randonnée": 60},
            "non_returnable_categories": NON_RETURNABLE,
            "no_receipt": {"refund": "store_credit", "max_per_customer_per_year": 3},
            "voucher_valid_days": 365,
        }),
        ("reason_codes", "returns", {"codes": [
            {"code": "wrong_size", "fr": "Taille inadaptée", "en": "Wrong size"},
            {"code": "changed_mind", "fr": "Changement d'avis", "en": "Changed mind"},
            {"code": "damaged", "fr": "Article endommagé", "en": "Damaged item"},
            {"code": "not_as_described", "fr": "Non conforme", "en": "Not as described"},
            {"code": "late_delivery", "fr": "Livraison tardive", "en": "Late delivery"},
        ]}),
        ("loyalty", "default", {"points_per_euro": 1}),
        ("device_scope", "default", {
            "working_set_days": WORKING_SET_DAYS, "closed_pickup_days": CLOSED_PICKUP_DAYS,
        }),
        ("offline_limits", "default", {
            "refund_per_return_cents": 15000,
            "refund_per_device_day_cents": 50000,
            "customer_copy_max_age_hours": 72,
        }),
        ("pickup_policy", "default", {
            "hold_days": 7, "extension_days": 3, "max_extensions": 1,
            "code_attempts": 5, "code_lock_minutes": 10,
            "no_show_action": "extend",  # what the desk proposes first for an overdue order
        }),
        ("kpi_targets", "default", {  # the store performance page's targets (docs/kpis.md)
            "ready_within_s": 4 * 3600, "desk_wait_s": 5 * 60, "ready_on_target": 0.9,
            "collected_share": 0.9, "no_show_share": 0.05, "csat": 0.85,
        }),
    ]
    items += [("store", s["id"], {k: s[k] for k in ("id", "name", "city", "address")})
              for s in stores]
    items += [("staff", staff_id(s["id"], number), staff_data(s["id"], number, name, role, pin))
              for s in stores for number, name, role, pin in SEED_STAFF]
    return [{"kind": k, "id": i, "data": d, "version": next(versions)} for k, i, d in items]
