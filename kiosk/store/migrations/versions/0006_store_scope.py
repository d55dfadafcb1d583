"""store scope: other stores' stock as a summary, when a customer or an order was fetched or
last served here (retention counts from them); the scoped feeds are pulled again

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.sqltypes

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

STALE = -1
RESCOPED_FEEDS = ('orders', 'customers', 'stock')


def upgrade() -> None:
    op.create_table(
        'availability',
        sa.Column('product_id', sa.String(length=16), nullable=False),
        sa.Column('stores_in_stock', sa.Integer(), nullable=False),
        sa.Column('version', sa.BigInteger(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('product_id'),
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seen_here_at', sync.sqltypes.UtcDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('fetched_at', sync.sqltypes.UtcDateTime(),
                                      nullable=True))
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fetched_at', sync.sqltypes.UtcDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('collected_at', sync.sqltypes.UtcDateTime(),
                                      nullable=True))
    # A device that held the whole retailer pulls its store's scope again: what the server
    # no longer sends is swept at the end of that resync (the outbox is not touched).
    for table in RESCOPED_FEEDS:
        op.execute(sa.text(f'UPDATE {table} SET version = {STALE}'))
    op.execute(sa.text('DELETE FROM feed_state WHERE feed IN ("orders", "customers", '
                       '"stock")'))


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('collected_at')
        batch_op.drop_column('fetched_at')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('fetched_at')
        batch_op.drop_column('seen_here_at')
    op.drop_table('availability')
