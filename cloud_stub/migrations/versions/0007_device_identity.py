"""device identity: pairing codes, revocation time, last seen, app version and pending
events per device; the actor a rejected event claimed

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sync.sqltypes

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revoked_at', sync.sqltypes.UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_seen_at', sync.sqltypes.UtcDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('app_version', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('pending_events', sa.Integer(), nullable=True))
    with op.batch_alter_table('rejected_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor', sa.String(length=32), nullable=True))
    op.create_table(
        'pairing_codes',
        sa.Column('code_hash', sa.String(length=64), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('created_at', sync.sqltypes.UtcDateTime(), nullable=False),
        sa.Column('expires_at', sync.sqltypes.UtcDateTime(), nullable=False),
        sa.Column('used_at', sync.sqltypes.UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['device_id'], ['devices.id'], ),
        sa.PrimaryKeyConstraint('code_hash'),
    )
    with op.batch_alter_table('pairing_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pairing_codes_device_id'), ['device_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('pairing_codes')
    with op.batch_alter_table('rejected_events', schema=None) as batch_op:
        batch_op.drop_column('actor')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('pending_events')
        batch_op.drop_column('app_version')
        batch_op.drop_column('last_seen_at')
        batch_op.drop_column('revoked_at')
