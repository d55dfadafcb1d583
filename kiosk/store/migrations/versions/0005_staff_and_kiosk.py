"""staff and kiosk: who recorded an event, wrong PINs, customers asking for an associate

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.sqltypes

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor', sa.String(length=32), nullable=True))
    op.create_table(
        'assistance',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.BigInteger(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'pin_attempts',
        sa.Column('staff_number', sa.String(length=12), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('locked_until', sync.sqltypes.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('staff_number'),
    )


def downgrade() -> None:
    op.drop_table('pin_attempts')
    op.drop_table('assistance')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('actor')
