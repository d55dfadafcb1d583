"""store figures: the indexes a store's or the chain's period reads (orders placed,
returns made, baskets sent between two instants)

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_orders_store_created', 'orders', ['store_id', 'created_at'])
    op.create_index('ix_orders_created', 'orders', ['created_at'])
    op.create_index('ix_returns_store_created', 'returns', ['store_id', 'created_at'])
    op.create_index('ix_cart_handovers_store_time', 'cart_handovers',
                    ['store_id', 'handed_over_at'])


def downgrade() -> None:
    op.drop_index('ix_cart_handovers_store_time', 'cart_handovers')
    op.drop_index('ix_returns_store_created', 'returns')
    op.drop_index('ix_orders_created', 'orders')
    op.drop_index('ix_orders_store_created', 'orders')
