"""returns desk: the desk's record of a return, no-receipt returns, vouchers tied to their
return, longer ids

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('details', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('customer_id', sa.String(length=16), nullable=True))
        batch_op.create_index(batch_op.f('ix_returns_customer_id'), ['customer_id'],
                              unique=False)
        batch_op.alter_column('id', existing_type=sa.String(length=40),
                              type_=sa.String(length=80), existing_nullable=False)
        batch_op.alter_column('order_id', existing_type=sa.String(length=16), nullable=True)
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.alter_column('return_id', existing_type=sa.String(length=40),
                              type_=sa.String(length=80), existing_nullable=False)
    with op.batch_alter_table('vouchers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('return_id', sa.String(length=80), nullable=True))
        batch_op.alter_column('id', existing_type=sa.String(length=40),
                              type_=sa.String(length=80), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('vouchers', schema=None) as batch_op:
        batch_op.alter_column('id', existing_type=sa.String(length=80),
                              type_=sa.String(length=40), existing_nullable=False)
        batch_op.drop_column('return_id')
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.alter_column('return_id', existing_type=sa.String(length=80),
                              type_=sa.String(length=40), existing_nullable=False)
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.alter_column('order_id', existing_type=sa.String(length=16), nullable=False)
        batch_op.alter_column('id', existing_type=sa.String(length=80),
                              type_=sa.String(length=40), existing_nullable=False)
        batch_op.drop_index(batch_op.f('ix_returns_customer_id'))
        batch_op.drop_column('customer_id')
        batch_op.drop_column('details')
