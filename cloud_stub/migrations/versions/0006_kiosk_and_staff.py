"""kiosk and staff: who did what (the event's actor), customers asking for an associate,
devices' kind (a kiosk gets no staff accounts)

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


def upgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='tablet',
                                      nullable=False))
    with op.batch_alter_table('device_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_device_events_actor'), ['actor'], unique=False)
    op.create_table(
        'assistance_requests',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('store_id', sa.String(length=16), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('customer_id', sa.String(length=16), nullable=True),
        sa.Column('order_id', sa.String(length=16), nullable=True),
        sa.Column('note', sa.String(length=120), nullable=False),
        sa.Column('requested_at', sync.sqltypes.UtcDateTime(timezone=True), nullable=False),
        sa.Column('answered_at', sync.sqltypes.UtcDateTime(timezone=True), nullable=True),
        sa.Column('answered_by', sa.String(length=32), nullable=True),
        sa.Column('version', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['device_id'], ['devices.id'], ),
        sa.ForeignKeyConstraint(['store_id'], ['stores.id'], ),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('assistance_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assistance_requests_store_id'), ['store_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_assistance_requests_version'), ['version'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('assistance_requests')
    with op.batch_alter_table('device_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_events_actor'))
        batch_op.drop_column('actor')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('kind')
