"""Library entry points: build the pipeline once, extract records from texts and files."""

from __future__ import annotations

import hashlib
import re
import signal
import threading
import time
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from schemas.record import (
    CountValue, DateFact, DateValue, Election, ErrorInfo, Official, Organization, Position,
    Record, Score, Span, TextFact,
)

from .document import Document, Mention
from .entities import EntityRecognizer
from .errors import DocumentTimeout, InputError
from .relations import RelationExtractor
from .resources import Resources
from .segment import Segmenter
from .decoding import decode_text
from .textnorm import MatchText, build_match_text


def doc_id_for(text: str, match: MatchText | None = None) -> str:
    """Stable id from the normalized content: an NFD or old-tone copy gets the same id.

    ``match`` is the text's view when the caller has it already (normalizing is not free).
    """
    key = " ".join((match or build_match_text(text)).norm.split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass
class Pipeline:
    """A list of stages over one Document; resources are loaded once in ``build``."""

    resources: Resources
    stages: list

    def check(self) -> None:
        """Fail early when a stage needs what no earlier stage provides."""
        have: set[str] = set()
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise ValueError(f"[E200] stage '{stage.name}' requires {missing}, provided by no earlier stage")
            have.update(stage.provides)

    def make_doc(self, text: str, source: str = "<text>") -> Document:
        return Document(text=text, source=source, match=build_match_text(text))

    def run(self, text: str, source: str = "<text>", time_limit: float | None = None) -> Document:
        doc = self.make_doc(text, source)
        if time_limit:
            doc.deadline = time.monotonic() + time_limit
        with _alarm(time_limit):
            for stage in self.stages:
                doc.check_deadline()
                doc = stage(doc)
        return doc

    def extract_text(self, text: str, source: str = "<text>", *, time_limit: float | None = None,
                     meta: dict | None = None) -> Record:
        """Extract one record; never raises for bad content: an error record comes back.

        ``time_limit`` (seconds) stops a pathological document with a Timeout error
        record. ``meta`` carries what the file format knew about the document: a
        publication date from page metadata fills ``published_date`` when the text
        gives none (with no spans: it is not in the text).
        """
        if not text.strip():
            return error_record(source, text, "EmptyDocument", "the document has no text")
        try:
            doc = self.run(text, source, time_limit)
            record = to_record(doc)
        except DocumentTimeout:
            return error_record(source, text, "Timeout", f"stopped after the {time_limit} s time limit")
        except Exception as exc:  # one bad document must not cost the others
            return error_record(source, text, "ExtractionError", f"{type(exc).__name__}: {exc}")
        date = (meta or {}).get("date")
        if record.published_date is None and isinstance(date, str) and _ISO_DATE.match(date):
            record.published_date = date[:10]
        return record

    def extract_path(self, path: str | Path) -> Record:
        source = str(path)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            return error_record(source, "", "ReadError", f"cannot read {source}: {exc.strerror or exc}")
        try:
            text = decode_text(data)
        except InputError as exc:
            return error_record(source, "", exc.type, f"cannot decode {source}: {exc.message}")
        return self.extract_text(text, source)

    def extract_many(self, items: Iterable[tuple[str, str | None]]) -> Iterator[Record]:
        """Items are (source, text); text None means read the source path."""
        for source, text in items:
            yield self.extract_text(text, source) if text is not None else self.extract_path(source)


@contextmanager
def _alarm(seconds: float | None):
    """A hard stop for the main thread (a stuck regex cannot check the deadline itself).

    Other threads (Dask workers run tasks in threads) rely on the stages' deadline checks.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expired(signum, frame):
        raise DocumentTimeout("the document ran past its time limit")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds + 1.0)  # the cooperative checks get the first chance
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def build(models_dir: str | Path | None = None) -> Pipeline:
    resources = Resources.load(models_dir)
    pipe = Pipeline(resources, [Segmenter(resources), EntityRecognizer(resources), RelationExtractor(resources)])
    pipe.check()
    return pipe


_DEFAULT: Pipeline | None = None
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def extract(text_or_path: str | Path, *, source: str | None = None) -> Record:
    """Extract one record from a text (str) or a file (Path).

    >>> rec = extract("Ông Hà Văn Chiến, Phó Giám đốc Sở Nội vụ, phát biểu.")
    >>> rec.officials[0].positions[0].organization
    'Sở Nội vụ'
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = build()
    if isinstance(text_or_path, Path):
        return _DEFAULT.extract_path(text_or_path)
    return _DEFAULT.extract_text(text_or_path, source or "<text>")


# ---------------------------------------------------------------- records
def error_record(source: str, text: str, type_: str, message: str) -> Record:
    return Record(doc_id=doc_id_for(text) if text else hashlib.sha256(source.encode()).hexdigest()[:20],
                  source=source, status="error", error=ErrorInfo(type=type_, message=message))


def _span(doc: Document, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=doc.text[start:end])


def _mspan(doc: Document, m: Mention) -> Span:
    return _span(doc, *doc.span_of(m.i, m.j))


def _sspan(doc: Document, i: int, j: int) -> Span:
    return _span(doc, *doc.span_of(i, j))


def to_record(doc: Document) -> Record:
    f = doc.facts
    officials = []
    for off in f["officials"]:
        positions = [
            Position(title=p["title"].canonical, organization=p["org"].canonical if p["org"] else None,
                     former=p["former"], spans=[_mspan(doc, p["title"])] + ([_mspan(doc, p["org"])] if p["org"] else []))
            for p in off.positions
        ]
        officials.append(Official(name=off.name, honorific=off.honorific, rank=off.rank, positions=positions,
                                  spans=[_mspan(doc, m) for m in sorted(off.mentions, key=lambda m: m.i)]))
    orgs: dict[str, Organization] = {}
    for m in doc.mentions["ORG"]:
        key = m.canonical.lower()
        if key not in orgs:
            orgs[key] = Organization(name=m.canonical, kind=m.kind or "other", spans=[])
        orgs[key].spans.append(_mspan(doc, m))
    scores = [
        Score(holder=s["holder"].canonical, value=s["score"].attrs["value"], unit=s["score"].attrs["unit"],
              rank=s["rank"], rank_label=s["rank_label"],
              period=_period_value(s["period"]),
              spans=[_mspan(doc, s["holder"]), _mspan(doc, s["score"])])
        for s in f["scores"]
    ]
    elections = []
    for e in f["elections"]:
        spans = [_sspan(doc, *e["trigger"]), _mspan(doc, e["title"])]
        if e["org"]:
            spans.append(_mspan(doc, e["org"]))
        spans.append(_mspan(doc, e["holder"]))
        if e["term"]:
            spans.append(_sspan(doc, e["term"][1], e["term"][2]))
        elections.append(Election(kind=e["kind"], role=e["title"].canonical,
                                  organization=e["org"].canonical if e["org"] else None,
                                  holder=e["holder_name"], term=e["term"][0] if e["term"] else None,
                                  body=e["body"].canonical if e["body"] else None, spans=spans))
    dates = [DateFact(value=d.canonical, kind=d.kind, spans=[_mspan(doc, d)]) for d in doc.mentions["DATE"]]
    rec = Record(doc_id=doc_id_for(doc.text, doc.match), source=doc.source, status="ok",
                 officials=officials, organizations=list(orgs.values()), scores=scores,
                 elections=elections, dates=dates)
    if "title" in f:
        s = _span(doc, *f["title"])
        rec.title = TextFact(value=" ".join(build_match_text(s.text).norm.split()), spans=[s])
    if "published_date" in f:
        rec.published_date = f["published_date"].canonical
        rec.published_date_spans = [_mspan(doc, f["published_date"])]
    if "event_date" in f:
        d, value = f["event_date"]
        rec.event_date = DateValue(value=value, spans=[_mspan(doc, d)])
    if "event_place" in f:
        s = _sspan(doc, *f["event_place"])
        rec.event_place = TextFact(value=" ".join(build_match_text(s.text).norm.split()), spans=[s])
    if "byline" in f:
        s = _span(doc, *f["byline"])
        rec.byline = TextFact(value=s.text, spans=[s])
    if "read_count" in f:
        a, b, value = f["read_count"]
        rec.read_count = CountValue(value=value, spans=[_span(doc, a, b)])
    return rec


def _period_value(m: Mention | None) -> str | None:
    if m is None:
        return None
    return m.canonical.replace("/", "-") if m.kind == "range" else m.canonical
