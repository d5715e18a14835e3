"""First schema: documents, organizations, officials, positions, scores, elections, dates, mentions.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _table(name: str, *columns, doc_child: bool = True) -> None:
    """A table with an integer primary key; a document's child also gets document_id and seq."""
    cols = [sa.Column("id", sa.Integer(), nullable=False)]
    if doc_child:
        cols += [sa.Column("document_id", sa.Integer(), nullable=False), sa.Column("seq", sa.Integer(), nullable=False)]
        columns += (sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                            name=f"fk_{name}_document_id_documents"),)
    op.create_table(name, *cols, *columns, sa.PrimaryKeyConstraint("id", name=f"pk_{name}"))
    if doc_child:
        op.create_index(f"ix_{name}_document_id", name, ["document_id"])


def _fk(table: str, column: str, target: str, **kw) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", **kw)


def upgrade() -> None:
    _table("documents",
           sa.Column("doc_id", sa.String(64), nullable=False),
           sa.Column("source", sa.Text(), nullable=False),
           sa.Column("status", sa.String(16), nullable=False),
           sa.Column("error_type", sa.String(64)),
           sa.Column("error_message", sa.Text()),
           sa.Column("schema_version", sa.String(16), nullable=False),
           sa.Column("content_hash", sa.String(64), nullable=False),
           sa.Column("title", sa.Text()),
           sa.Column("published_date", sa.Text()),
           sa.Column("event_date", sa.Text()),
           sa.Column("event_place", sa.Text()),
           sa.Column("byline", sa.Text()),
           sa.Column("read_count", sa.BigInteger()),
           sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
           sa.UniqueConstraint("doc_id", name="uq_documents_doc_id"),
           doc_child=False)
    op.create_index("ix_documents_published_date", "documents", ["published_date"])
    _table("organizations", sa.Column("name", sa.Text(), nullable=False),
           sa.UniqueConstraint("name", name="uq_organizations_name"), doc_child=False)
    _table("officials",
           sa.Column("name", sa.Text(), nullable=False),
           sa.Column("honorific", sa.Text()),
           sa.Column("rank", sa.Text()))
    _table("positions",
           sa.Column("official_id", sa.Integer(), nullable=False),
           sa.Column("title", sa.Text(), nullable=False),
           sa.Column("organization_id", sa.Integer()),
           sa.Column("former", sa.Boolean(), nullable=False),
           _fk("positions", "official_id", "officials", ondelete="CASCADE"),
           _fk("positions", "organization_id", "organizations"))
    for col in ("official_id", "title", "organization_id"):
        op.create_index(f"ix_positions_{col}", "positions", [col])
    _table("document_organizations",
           sa.Column("organization_id", sa.Integer(), nullable=False),
           sa.Column("kind", sa.String(64), nullable=False),
           _fk("document_organizations", "organization_id", "organizations"))
    op.create_index("ix_document_organizations_organization_id", "document_organizations", ["organization_id"])
    _table("scores",
           sa.Column("holder", sa.Text(), nullable=False),
           sa.Column("value", sa.Float(precision=53), nullable=False),
           sa.Column("unit", sa.Text(), nullable=False),
           sa.Column("rank", sa.Integer()),
           sa.Column("rank_label", sa.String(16)),
           sa.Column("period", sa.Text()))
    op.create_index("ix_scores_holder", "scores", ["holder"])
    _table("elections",
           sa.Column("kind", sa.String(16), nullable=False),
           sa.Column("role", sa.Text(), nullable=False),
           sa.Column("organization_id", sa.Integer()),
           sa.Column("holder", sa.Text(), nullable=False),
           sa.Column("term", sa.Text()),
           sa.Column("body", sa.Text()),
           _fk("elections", "organization_id", "organizations"))
    op.create_index("ix_elections_role", "elections", ["role"])
    op.create_index("ix_elections_organization_id", "elections", ["organization_id"])
    _table("dates",
           sa.Column("value", sa.Text(), nullable=False),
           sa.Column("kind", sa.String(32), nullable=False))
    owners = {"official_id": "officials", "position_id": "positions",
              "document_organization_id": "document_organizations", "score_id": "scores",
              "election_id": "elections", "date_id": "dates"}
    _table("mentions",
           sa.Column("field", sa.String(24), nullable=False),
           sa.Column("start_char", sa.Integer(), nullable=False),
           sa.Column("end_char", sa.Integer(), nullable=False),
           sa.Column("text", sa.Text(), nullable=False),
           *[sa.Column(col, sa.Integer()) for col in owners],
           *[_fk("mentions", col, target, ondelete="CASCADE") for col, target in owners.items()])
    for col in owners:
        op.create_index(f"ix_mentions_{col}", "mentions", [col])


def downgrade() -> None:
    for name in ("mentions", "dates", "elections", "scores", "document_organizations", "positions",
                 "officials", "organizations", "documents"):
        op.drop_table(name)
