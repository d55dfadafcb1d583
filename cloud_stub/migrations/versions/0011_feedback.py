"""feedback: customers' answers after a visit, one per signed visit reference; the index
the store figures read the customers identified at a store's devices through

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.sqltypes import UtcDateTime

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'feedback',
        sa.Column('visit', sa.String(128), primary_key=True),
        sa.Column('store_id', sa.String(16), sa.ForeignKey('stores.id'), nullable=False),
        sa.Column('touchpoint', sa.String(16), nullable=False),
        sa.Column('given_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('score', sa.SmallInteger(), nullable=True),
        sa.Column('recommend', sa.SmallInteger(), nullable=True),
        sa.Column('tags', sa.String(64), nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('channel', sa.String(8), nullable=False),
    )
    op.create_index('ix_feedback_store_given', 'feedback', ['store_id', 'given_at'])
    op.create_index('ix_device_events_store_type_time', 'device_events',
                    ['store_id', 'type', 'occurred_at'])


def downgrade() -> None:
    op.drop_index('ix_device_events_store_type_time', 'device_events')
    op.drop_index('ix_feedback_store_given', 'feedback')
    op.drop_table('feedback')
