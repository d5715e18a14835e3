"""People across documents: people table, officials.name_key/person_id, organizations.name_key,
scores.year. Existing rows get their keys here; people are resolved after the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-25
"""

import re

import sqlalchemy as sa
from alembic import op

from pipeline.textnorm import normalize_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _year(period, date):
    for value in (period, date):
        found = re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", value or "")
        if found:
            return int(found[-1])
    return None


def _fill(conn, table: str, column: str, select_sql: str, compute) -> None:
    rows = conn.execute(sa.text(select_sql)).all()
    if rows:
        conn.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE id = :id"),
                     [{"v": compute(*row[1:]), "id": row[0]} for row in rows])


def upgrade() -> None:
    op.create_table("people",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("name", sa.Text(), nullable=False),
                    sa.Column("name_key", sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name="pk_people"))
    op.create_index("ix_people_name", "people", ["name"])
    op.create_index("ix_people_name_key", "people", ["name_key"])
    with op.batch_alter_table("officials") as b:
        b.add_column(sa.Column("name_key", sa.Text()))
        b.add_column(sa.Column("person_id", sa.Integer()))
    with op.batch_alter_table("organizations") as b:
        b.add_column(sa.Column("name_key", sa.Text()))
    with op.batch_alter_table("scores") as b:
        b.add_column(sa.Column("year", sa.Integer()))
    conn = op.get_bind()
    _fill(conn, "officials", "name_key", "SELECT id, name FROM officials", normalize_key)
    _fill(conn, "organizations", "name_key", "SELECT id, name FROM organizations", normalize_key)
    _fill(conn, "scores", "year", "SELECT s.id, s.period, COALESCE(d.published_date, d.event_date) FROM scores s "
                                  "JOIN documents d ON d.id = s.document_id", _year)
    with op.batch_alter_table("officials") as b:
        b.alter_column("name_key", existing_type=sa.Text(), nullable=False)
        b.create_foreign_key("fk_officials_person_id_people", "people", ["person_id"], ["id"], ondelete="SET NULL")
        b.create_index("ix_officials_name_key", ["name_key"])
        b.create_index("ix_officials_person_id", ["person_id"])
    with op.batch_alter_table("organizations") as b:
        b.alter_column("name_key", existing_type=sa.Text(), nullable=False)
        b.create_index("ix_organizations_name_key", ["name_key"])
    op.create_index("ix_scores_year", "scores", ["year"])


def downgrade() -> None:
    op.drop_index("ix_scores_year", "scores")
    with op.batch_alter_table("scores") as b:
        b.drop_column("year")
    with op.batch_alter_table("organizations") as b:
        b.drop_index("ix_organizations_name_key")
        b.drop_column("name_key")
    with op.batch_alter_table("officials") as b:
        b.drop_constraint("fk_officials_person_id_people", type_="foreignkey")
        b.drop_index("ix_officials_person_id")
        b.drop_index("ix_officials_name_key")
        b.drop_column("person_id")
        b.drop_column("name_key")
    op.drop_table("people")
