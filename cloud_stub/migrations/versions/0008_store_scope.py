"""store scope: each store's working set of customers, a per-product availability summary,
store coordinates

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.sqltypes
from sync.text import search_key

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

OPEN_PICKUP = ('to_prepare', 'preparing', 'ready', 'checked_in')


def upgrade() -> None:
    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.add_column(sa.Column('latitude', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('longitude', sa.Float(), nullable=True))
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_key', sa.String(length=400), server_default='',
                                      nullable=False))
    op.create_table(
        'product_availability',
        sa.Column('product_id', sa.String(length=16), nullable=False),
        sa.Column('stores_in_stock', sa.Integer(), nullable=False),
        sa.Column('version', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['product_id'], ['products.id'], ),
        sa.PrimaryKeyConstraint('product_id'),
    )
    with op.batch_alter_table('product_availability', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_availability_version'), ['version'],
                              unique=False)
    op.create_table(
        'store_customers',
        sa.Column('store_id', sa.String(length=16), nullable=False),
        sa.Column('customer_id', sa.String(length=16), nullable=False),
        sa.Column('seen_at', sync.sqltypes.UtcDateTime(), nullable=True),
        sa.Column('open_pickup', sa.Boolean(), nullable=False),
        sa.Column('version', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ),
        sa.ForeignKeyConstraint(['store_id'], ['stores.id'], ),
        sa.PrimaryKeyConstraint('store_id', 'customer_id'),
    )
    with op.batch_alter_table('store_customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_store_customers_customer_id'), ['customer_id'],
                              unique=False)
        batch_op.create_index('ix_store_customers_store_version', ['store_id', 'version'],
                              unique=False)
    # Each store's feeds read its own rows in version order, not the whole chain's.
    op.create_index('ix_orders_store_version', 'orders', ['store_id', 'version'])
    op.create_index('ix_stock_levels_store_version', 'stock_levels', ['store_id', 'version'])
    _backfill()


def _backfill() -> None:
    """An existing database gets its working sets and summaries from its orders and stock,
    each row with its own version (a feed pages by version)."""
    bind = op.get_bind()
    for id_, first, last, email, phone in bind.execute(sa.text(
            'SELECT id, first_name, last_name, email, phone FROM customers')).all():
        bind.execute(sa.text('UPDATE customers SET search_key = :k WHERE id = :id'),
                     {'k': search_key(first, last, email, phone), 'id': id_})
    clock = bind.execute(sa.text('SELECT value FROM feed_clock WHERE id = 1')).scalar()
    if clock is None:
        return
    version = int(clock)
    members: dict[tuple[str, str], dict[str, object]] = {}
    for store_id, customer_id, state, seen in bind.execute(sa.text(
            "SELECT store_id, customer_id, pickup_state, COALESCE(collected_at, created_at) "
            "FROM orders WHERE store_id IS NOT NULL AND customer_id IS NOT NULL")):
        row = members.setdefault((store_id, customer_id), {
            'store_id': store_id, 'customer_id': customer_id, 'seen_at': None,
            'open_pickup': False})
        row['open_pickup'] = bool(row['open_pickup']) or state in OPEN_PICKUP
        if state not in OPEN_PICKUP:
            row['seen_at'] = max(filter(None, [row['seen_at'], seen]), default=None)
    rows = []
    for row in members.values():
        version += 1
        rows.append({**row, 'version': version})
    availability = []
    for product_id, stores in bind.execute(sa.text(
            'SELECT product_id, SUM(CASE WHEN quantity > 0 THEN 1 ELSE 0 END) '
            'FROM stock_levels GROUP BY product_id')):
        version += 1
        availability.append({'product_id': product_id, 'stores_in_stock': int(stores or 0),
                             'version': version})
    meta = sa.MetaData()
    if rows:
        bind.execute(sa.Table('store_customers', meta, autoload_with=bind).insert(), rows)
    if availability:
        bind.execute(sa.Table('product_availability', meta, autoload_with=bind).insert(),
                     availability)
    bind.execute(sa.text('UPDATE feed_clock SET value = :v WHERE id = 1'), {'v': version})


def downgrade() -> None:
    op.drop_index('ix_stock_levels_store_version', table_name='stock_levels')
    op.drop_index('ix_orders_store_version', table_name='orders')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('search_key')
    op.drop_table('store_customers')
    op.drop_table('product_availability')
    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.drop_column('longitude')
        batch_op.drop_column('latitude')
