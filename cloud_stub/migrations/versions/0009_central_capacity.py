"""central capacity: the indexes every feed head, page and search reads; erasure on the
working-set rows

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Customer search (`crud.customers`) looks for words inside the folded key: a
        # trigram index reads the few matching rows instead of the whole base.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX IF NOT EXISTS ix_customers_search_trgm ON customers"
                   " USING gin (search_key gin_trgm_ops)")
    with op.batch_alter_table('store_customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    op.execute("UPDATE store_customers SET erased = true WHERE customer_id IN"
               " (SELECT id FROM customers WHERE deleted)")
    op.create_index('ix_stock_levels_product_store', 'stock_levels',
                    ['product_id', 'store_id', 'quantity'])
    op.create_index('ix_assistance_requests_store_version', 'assistance_requests',
                    ['store_id', 'version'])


def downgrade() -> None:
    op.drop_index('ix_assistance_requests_store_version', 'assistance_requests')
    op.drop_index('ix_stock_levels_product_store', 'stock_levels')
    with op.batch_alter_table('store_customers', schema=None) as batch_op:
        batch_op.drop_column('erased')
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customers_search_trgm")
