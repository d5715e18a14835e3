"""The public contract: one record per input document.

Every extracted value carries ``spans``: code-point offsets into the input text exactly
as read (after decoding; a UTF-8 BOM is not part of the text), with ``text`` equal to
``input[start:end]``. A breaking change of these models bumps ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int = Field(ge=0, description="Start offset (code points) into the input text.")
    end: int = Field(ge=0, description="End offset, exclusive.")
    text: str = Field(description="Exactly input[start:end].")


class Position(_Model):
    title: str = Field(description="Title as held, canonical capitalisation: 'Phó Giám đốc'.")
    organization: str | None = Field(description="Canonical full name of the body the title belongs to.")
    former: bool = Field(default=False, description="True for 'nguyên …' (a post held before).")
    spans: list[Span] = Field(description="Evidence: the title and the organization mention.")


class Official(_Model):
    name: str = Field(description="Full name as written, normalized spacing and tone placement.")
    honorific: str | None = Field(description="ông, bà, đồng chí … when the text uses one.")
    rank: str | None = Field(default=None, description="Military/police rank, academic title or degree.")
    positions: list[Position]
    spans: list[Span] = Field(description="Every mention of the person, short ones ('ông Chiến') included.")


class Organization(_Model):
    name: str = Field(description="Canonical full name: abbreviations expanded, list heads restored.")
    kind: str = Field(description="ministry, department, party, people_committee, … (models/org_heads.tsv).")
    spans: list[Span]


class Score(_Model):
    holder: str = Field(description="Canonical name of the unit or person scored.")
    value: float = Field(description="The number, Vietnamese formats parsed: '961,5' is 961.5.")
    unit: str
    rank: int | None = Field(description="1 for first place; None when the text gives no number.")
    rank_label: Literal["highest", "lowest"] | None = Field(default=None)
    period: str | None = Field(description="Year or period the score is for: '2017'.")
    spans: list[Span] = Field(description="Evidence: the holder and the number with its unit.")


class Election(_Model):
    kind: Literal["elected", "appointed", "recognized", "nominated", "removed"]
    role: str = Field(description="Title of the post: 'Khối trưởng', 'Chủ tịch'.")
    organization: str | None = Field(default=None, description="Body the post belongs to, when named with the role.")
    holder: str = Field(description="Person or organization that takes the post.")
    term: str | None = Field(description="'2018', '2021-2026', 'XIII'.")
    body: str | None = Field(description="The electing or appointing body, when the text tells.")
    spans: list[Span] = Field(description="Evidence: trigger, role, holder (and term).")


class DateFact(_Model):
    value: str = Field(description="ISO date, or partial: '2018', '2018-01', '2018-Q1', '--09-13', '2016/2020'.")
    kind: str = Field(description="date_numeric, date_words, day_month, month_year, quarter, range, year.")
    spans: list[Span]


class TextFact(_Model):
    value: str
    spans: list[Span]


class DateValue(_Model):
    value: str
    spans: list[Span]


class CountValue(_Model):
    value: int
    spans: list[Span]


class ErrorInfo(_Model):
    type: str = Field(description="ReadError, DecodeError, EmptyDocument, ExtractionError …")
    message: str


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(description="Stable id derived from the normalized content.")
    source: str = Field(description="The input path as given (with '#L<n>' for a line of a JSONL file).")
    status: Literal["ok", "error"]
    error: ErrorInfo | None = None
    title: TextFact | None = None
    published_date: str | None = Field(default=None, description="ISO date the document was published.")
    published_date_spans: list[Span] = Field(default_factory=list)
    event_date: DateValue | None = None
    event_place: TextFact | None = None
    byline: TextFact | None = None
    read_count: CountValue | None = None
    officials: list[Official] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    scores: list[Score] = Field(default_factory=list)
    elections: list[Election] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
