"""Relational tables for extracted records (SQLAlchemy 2 declarative).

One row per document; every extracted value is a row of its own table keyed by the
document, and every piece of evidence is a row of ``mentions`` (character span into the
document text) pointing at the value it supports, so any fact traces back to its text.
Organizations are a shared registry of canonical names.

The schema is created and upgraded only by the Alembic migrations in ``migrations/``;
a test checks that the migrations at head and these models agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger, Boolean, DateTime, Float, ForeignKey, Integer, MetaData, String, Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _doc_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    error_type: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    schema_version: Mapped[str] = mapped_column(String(16))
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    published_date: Mapped[str | None] = mapped_column(Text, index=True)
    event_date: Mapped[str | None] = mapped_column(Text)
    event_place: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    read_count: Mapped[int | None] = mapped_column(BigInteger)
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Organization(Base):
    """Registry of canonical organization names shared by all documents."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    name_key: Mapped[str] = mapped_column(Text, index=True)  # case, NFC and tone placement folded


class Person(Base):
    """One official across documents, resolved by ``people.resolve`` (schema 0002)."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)  # the most frequent written form
    name_key: Mapped[str] = mapped_column(Text, index=True)


class Official(Base):
    """A person as named in one document."""

    __tablename__ = "officials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    honorific: Mapped[str | None] = mapped_column(Text)
    rank: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)


class Position(Base):
    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    former: Mapped[bool] = mapped_column(Boolean)


class DocumentOrganization(Base):
    """An organization named in one document, with the kind the extractor gave it there."""

    __tablename__ = "document_organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    seq: Mapped[int] = mapped_column(Integer)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))


class Score(Base):
    __tablename__ = "scores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    seq: Mapped[int] = mapped_column(Integer)
    holder: Mapped[str] = mapped_column(Text, index=True)
    value: Mapped[float] = mapped_column(Float(precision=53))
    unit: Mapped[str] = mapped_column(Text)
    rank: Mapped[int | None] = mapped_column(Integer)
    rank_label: Mapped[str | None] = mapped_column(String(16))
    period: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer, index=True)  # of the period, else of the document


class Election(Base):
    __tablename__ = "elections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(Text, index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    holder: Mapped[str] = mapped_column(Text)
    term: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)


class DateFact(Base):
    __tablename__ = "dates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    seq: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))


# ``field`` of a mention: which value of the record the span is evidence for.
OWNER_FIELDS = {
    "official": "official_id", "position": "position_id", "organization": "document_organization_id",
    "score": "score_id", "election": "election_id", "date": "date_id",
}
DOCUMENT_FIELDS = ("title", "published_date", "event_date", "event_place", "byline", "read_count")


class Mention(Base):
    """One span of evidence: ``text == document text[start_char:end_char]``.

    ``field`` names what it supports; for a list value (an official, a position …) the
    matching ``*_id`` column points at that row, for a document fact (title, byline …)
    all of them are NULL. ``seq`` keeps the order of the record's ``spans`` list.
    """

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    field: Mapped[str] = mapped_column(String(24))
    seq: Mapped[int] = mapped_column(Integer)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    document_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_organizations.id", ondelete="CASCADE"), index=True)
    score_id: Mapped[int | None] = mapped_column(ForeignKey("scores.id", ondelete="CASCADE"), index=True)
    election_id: Mapped[int | None] = mapped_column(ForeignKey("elections.id", ondelete="CASCADE"), index=True)
    date_id: Mapped[int | None] = mapped_column(ForeignKey("dates.id", ondelete="CASCADE"), index=True)


# child tables in the order their rows are deleted when a document is replaced
CHILD_TABLES = (Mention, Position, Official, DocumentOrganization, Score, Election, DateFact)
