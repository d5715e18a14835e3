"""Loading records into the database (idempotent, one transaction per batch) and reading
them back as the exact record dicts the pipeline emits."""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone

from pydantic import ValidationError
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from pipeline.textnorm import normalize_key
from schemas.record import Record

from . import models as m
from . import people
from .db import connect

BATCH_SIZE = 200
CHUNK = 500  # ids per IN (...) list: far below every backend's parameter limit

_T = {cls: cls.__table__ for cls in (m.Document, m.Organization, m.Official, m.Position, m.DocumentOrganization,
                                      m.Score, m.Election, m.DateFact, m.Mention)}
# parents before children; mentions last (they point at every other row)
INSERT_ORDER = (m.Document, m.Official, m.Position, m.DocumentOrganization, m.Score, m.Election, m.DateFact,
                m.Mention)


def year_of(period: str | None, date: str | None) -> int | None:
    """The year a score is for: the last year named in its period, else the document's."""
    for value in (period, date):
        found = re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", value or "")
        if found:
            return int(found[-1])
    return None


def content_hash(record: dict) -> str:
    """Hash of everything a record says except where it was read from.

    The same text read from two paths has the same ``doc_id`` and the same findings:
    it is one document, loaded once.
    """
    body = {k: v for k, v in record.items() if k != "source"}
    blob = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class LoadStats:
    inserted: int = 0   # documents new to the database
    replaced: int = 0   # documents already there with other content: rows replaced
    skipped: int = 0    # documents already there with the same content (or repeated in the input)
    invalid: int = 0    # input that is not a valid record: never reaches the database
    failed: int = 0     # documents of batches that were rolled back
    batches: int = 0    # batches committed
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.invalid or self.failed)

    def summary(self) -> str:
        return (f"{self.inserted} inserted, {self.replaced} replaced, {self.skipped} unchanged, "
                f"{self.invalid} invalid, {self.failed} failed ({self.batches} batches committed)")


class _Rows:
    """Rows of one batch, parents referenced by object until their ids are known."""

    def __init__(self) -> None:
        self.rows: dict[type, list[dict]] = {cls: [] for cls in INSERT_ORDER}
        self.orgs: dict[str, dict] = {}
        self.name_keys: set[str] = set()  # of the officials written: their people are resolved again

    def add(self, cls, values: dict, **refs) -> dict:
        row = {"values": values, "refs": refs}
        self.rows[cls].append(row)
        return row

    def org(self, name: str | None) -> dict | None:
        if name is None:
            return None
        return self.orgs.setdefault(name, {"id": None})

    def spans(self, doc: dict, field_: str, spans: list[dict], owner: dict | None = None) -> None:
        refs = {"document_id": doc}
        if owner is not None:
            refs[m.OWNER_FIELDS[field_]] = owner
        for seq, s in enumerate(spans):
            self.add(m.Mention, {"field": field_, "seq": seq, "start_char": s["start"], "end_char": s["end"],
                                 "text": s["text"]}, **refs)

    def add_record(self, rec: dict, digest: str, now: datetime, pk: int | None = None) -> None:
        """Rows of one record; ``pk``: the database id of the document it replaces."""
        err = rec.get("error") or {}
        doc = self.add(m.Document, {
            "doc_id": rec["doc_id"], "source": rec["source"], "status": rec["status"],
            "error_type": err.get("type"), "error_message": err.get("message"),
            "schema_version": rec["schema_version"], "content_hash": digest,
            "published_date": rec["published_date"], "loaded_at": now,
            **{k: (rec[k] or {}).get("value") for k in ("title", "event_date", "event_place", "byline", "read_count")},
        })
        doc["id"] = pk
        for k in m.DOCUMENT_FIELDS:
            spans = rec["published_date_spans"] if k == "published_date" else (rec[k] or {}).get("spans", [])
            self.spans(doc, k, spans)
        for i, o in enumerate(rec["officials"]):
            off = self.add(m.Official, {"seq": i, "name": o["name"], "honorific": o["honorific"], "rank": o["rank"],
                                        "name_key": normalize_key(o["name"])}, document_id=doc)
            self.name_keys.add(off["values"]["name_key"])
            self.spans(doc, "official", o["spans"], off)
            for j, p in enumerate(o["positions"]):
                pos = self.add(m.Position, {"seq": j, "title": p["title"], "former": p["former"]},
                               document_id=doc, official_id=off, organization_id=self.org(p["organization"]))
                self.spans(doc, "position", p["spans"], pos)
        for i, o in enumerate(rec["organizations"]):
            row = self.add(m.DocumentOrganization, {"seq": i, "kind": o["kind"]},
                           document_id=doc, organization_id=self.org(o["name"]))
            self.spans(doc, "organization", o["spans"], row)
        for i, s in enumerate(rec["scores"]):
            row = self.add(m.Score, {"seq": i, **{k: s[k] for k in ("holder", "value", "unit", "rank", "rank_label",
                                                                     "period")},
                                     "year": year_of(s["period"], rec["published_date"] or (rec["event_date"] or {}).get("value"))},
                           document_id=doc)
            self.spans(doc, "score", s["spans"], row)
        for i, e in enumerate(rec["elections"]):
            row = self.add(m.Election, {"seq": i, **{k: e[k] for k in ("kind", "role", "holder", "term", "body")}},
                           document_id=doc, organization_id=self.org(e["organization"]))
            self.spans(doc, "election", e["spans"], row)
        for i, d in enumerate(rec["dates"]):
            row = self.add(m.DateFact, {"seq": i, "value": d["value"], "kind": d["kind"]}, document_id=doc)
            self.spans(doc, "date", d["spans"], row)

    def write(self, conn: Connection) -> None:
        _resolve_orgs(conn, self.orgs)
        replaced = [r for r in self.rows[m.Document] if r["id"] is not None]
        if replaced:  # a replaced document keeps its id (and its place in load order)
            t = _T[m.Document]
            conn.execute(update(t).where(t.c.id == bindparam("pk")),
                         [{"pk": r["id"], **r["values"]} for r in replaced])
        for cls in INSERT_ORDER:
            pending = [r for r in self.rows[cls] if r.get("id") is None]
            if not pending:
                continue
            # executemany compiles one statement for all rows: every row names every column
            cols = {c: None for r in pending for c in (*r["values"], *r["refs"])}
            params = [{**cols, **r["values"], **{col: (p["id"] if p else None) for col, p in r["refs"].items()}}
                      for r in pending]
            table = _T[cls]
            if cls is m.Mention:  # nothing points at a mention: no ids to read back
                conn.execute(insert(table), params)
                continue
            result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), params)
            for row, (new_id,) in zip(pending, result, strict=True):
                row["id"] = new_id


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _resolve_orgs(conn: Connection, orgs: dict[str, dict]) -> None:
    """Fill the ids of the batch's organization names, adding the new ones to the registry."""
    t = _T[m.Organization]
    names = list(orgs)
    for part in _chunks(names):
        for oid, name in conn.execute(select(t.c.id, t.c.name).where(t.c.name.in_(part))):
            orgs[name]["id"] = oid
    new = [n for n in names if orgs[n]["id"] is None]
    if new:
        result = conn.execute(insert(t).returning(t.c.id, sort_by_parameter_order=True),
                              [{"name": n, "name_key": normalize_key(n)} for n in new])
        for name, (oid,) in zip(new, result, strict=True):
            orgs[name]["id"] = oid


def delete_document_rows(conn: Connection, ids: list[int], *, keep_documents: bool = False) -> None:
    """Delete every row that belongs to the documents of database ``ids`` (and the documents)."""
    for part in _chunks(ids):
        for cls in m.CHILD_TABLES:
            conn.execute(delete(_T[cls]).where(_T[cls].c.document_id.in_(part)))
        if not keep_documents:
            conn.execute(delete(_T[m.Document]).where(_T[m.Document].c.id.in_(part)))


def write_batch(conn: Connection, batch: list[dict]) -> LoadStats:
    """Write one batch of valid record dicts in the caller's transaction."""
    stats = LoadStats()
    latest: dict[str, tuple[dict, str]] = {}
    for rec in batch:
        digest = content_hash(rec)
        seen = latest.get(rec["doc_id"])
        if seen is not None:  # the same document twice in one batch: the later one wins
            if seen[1] == digest:
                stats.skipped += 1
                continue
            stats.replaced += 1
        latest[rec["doc_id"]] = (rec, digest)
    t = _T[m.Document]
    existing: dict[str, tuple[int, str]] = {}
    for part in _chunks(list(latest)):
        for pk, doc_id, digest in conn.execute(select(t.c.id, t.c.doc_id, t.c.content_hash)
                                               .where(t.c.doc_id.in_(part))):
            existing[doc_id] = (pk, digest)
    rows = _Rows()
    stale = []
    now = datetime.now(timezone.utc)
    for doc_id, (rec, digest) in latest.items():
        old = existing.get(doc_id)
        if old is not None and old[1] == digest:
            stats.skipped += 1
            continue
        if old is not None:
            stale.append(old[0])
            stats.replaced += 1
        else:
            stats.inserted += 1
        rows.add_record(rec, digest, now, old[0] if old else None)
    off = _T[m.Official]
    for part in _chunks(stale):  # people who lose these officials are resolved again too
        rows.name_keys.update(conn.scalars(select(off.c.name_key).where(off.c.document_id.in_(part))))
    delete_document_rows(conn, stale, keep_documents=True)
    rows.write(conn)
    people.resolve(conn, rows.name_keys)
    return stats


class RecordSink:
    """Buffers records and writes them one transaction per batch.

    A batch that fails is rolled back as a whole and reported in the stats; the next
    batches still go. Use as a context manager, or call ``close()`` for the counts.
    """

    def __init__(self, engine: Engine, batch_size: int = BATCH_SIZE, *, own_engine: bool = False) -> None:
        self.engine = engine
        self.batch_size = max(1, batch_size)
        self.stats = LoadStats()
        self._buffer: list[dict] = []
        self._own_engine = own_engine
        self._closed = False

    def add(self, record: Record | dict, where: str = "") -> bool:
        """Queue one record (validated against schemas.record); False when it is invalid."""
        try:
            rec = record if isinstance(record, Record) else Record.model_validate(record)
        except ValidationError as exc:
            self.stats.invalid += 1
            first = exc.errors()[0]
            self.stats.errors.append(f"{where or 'record'}: not a valid record: "
                                     f"{'.'.join(map(str, first['loc']))}: {first['msg']}")
            return False
        self._buffer.append(rec.model_dump(mode="json"))
        if len(self._buffer) >= self.batch_size:
            self.flush()
        return True

    def flush(self) -> None:
        batch, self._buffer = self._buffer, []
        if not batch:
            return
        try:
            with self.engine.begin() as conn:
                done = write_batch(conn, batch)
        except Exception as exc:  # the transaction is rolled back; report and go on
            self.stats.failed += len(batch)
            self.stats.errors.append(f"batch of {len(batch)} documents ({batch[0]['doc_id']} … {batch[-1]['doc_id']}) "
                                     f"rolled back: {type(exc).__name__}: {str(exc).splitlines()[0]}")
            return
        self.stats.batches += 1
        for k in ("inserted", "replaced", "skipped"):
            setattr(self.stats, k, getattr(self.stats, k) + getattr(done, k))

    def close(self) -> LoadStats:
        if not self._closed:
            self._closed = True
            self.flush()
            if self._own_engine:
                self.engine.dispose()
        return self.stats

    def __enter__(self) -> RecordSink:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_sink(url: str | None = None, batch_size: int = BATCH_SIZE) -> RecordSink:
    """A sink writing into the database at ``url`` (default: the SQLite file), schema upgraded first."""
    return RecordSink(connect(url), batch_size, own_engine=True)


# ---------------------------------------------------------------- export
def _grouped(conn: Connection, stmt, key) -> dict:
    out = defaultdict(list)
    for row in conn.execute(stmt):
        out[key(row)].append(row)
    return out


def _span_dicts(rows) -> list[dict]:
    return [{"start": r.start_char, "end": r.end_char, "text": r.text} for r in rows]


def _export_chunk(conn: Connection, pks: list[int]) -> Iterator[Record]:
    T = _T
    org = T[m.Organization]
    owner_cols = list(m.OWNER_FIELDS.values())
    mt = T[m.Mention]
    mentions = _grouped(conn, select(mt).where(mt.c.document_id.in_(pks)).order_by(mt.c.seq, mt.c.id),
                        lambda r: (r.document_id, r.field, next((getattr(r, c) for c in owner_cols
                                                                   if getattr(r, c) is not None), None)))

    def spans(doc_pk, field_, owner=None):
        return _span_dicts(mentions.get((doc_pk, field_, owner), []))

    def children(cls, *joins):
        t = T[cls]
        stmt = select(t, *[c.label(f"{c.table.name}_{c.name}") for _, c in joins])
        for target, _ in joins:
            stmt = stmt.outerjoin(target, target.c.id == t.c.organization_id)
        return _grouped(conn, stmt.where(t.c.document_id.in_(pks)).order_by(t.c.document_id, t.c.seq),
                        lambda r: r.document_id)

    officials = children(m.Official)
    pt = T[m.Position]
    positions = _grouped(conn, select(pt, org.c.name.label("org_name")).outerjoin(org, org.c.id == pt.c.organization_id)
                         .where(pt.c.document_id.in_(pks)).order_by(pt.c.official_id, pt.c.seq),
                         lambda r: r.official_id)
    orgs = children(m.DocumentOrganization, (org, org.c.name))
    scores = children(m.Score)
    elections = children(m.Election, (org, org.c.name))
    dates = children(m.DateFact)
    dt = T[m.Document]
    for d in conn.execute(select(dt).where(dt.c.id.in_(pks)).order_by(dt.c.id)):
        pk = d.id

        def fact(value, field_):
            return None if value is None else {"value": value, "spans": spans(pk, field_)}

        rec = {
            "schema_version": d.schema_version, "doc_id": d.doc_id, "source": d.source, "status": d.status,
            "error": None if d.error_type is None else {"type": d.error_type, "message": d.error_message},
            "title": fact(d.title, "title"),
            "published_date": d.published_date, "published_date_spans": spans(pk, "published_date"),
            "event_date": fact(d.event_date, "event_date"), "event_place": fact(d.event_place, "event_place"),
            "byline": fact(d.byline, "byline"), "read_count": fact(d.read_count, "read_count"),
            "officials": [
                {"name": o.name, "honorific": o.honorific, "rank": o.rank,
                 "positions": [{"title": p.title, "organization": p.org_name, "former": p.former,
                                "spans": spans(pk, "position", p.id)} for p in positions.get(o.id, [])],
                 "spans": spans(pk, "official", o.id)}
                for o in officials.get(pk, [])],
            "organizations": [{"name": o.organizations_name, "kind": o.kind, "spans": spans(pk, "organization", o.id)}
                              for o in orgs.get(pk, [])],
            "scores": [{"holder": s.holder, "value": s.value, "unit": s.unit, "rank": s.rank,
                        "rank_label": s.rank_label, "period": s.period, "spans": spans(pk, "score", s.id)}
                       for s in scores.get(pk, [])],
            "elections": [{"kind": e.kind, "role": e.role, "organization": e.organizations_name, "holder": e.holder,
                           "term": e.term, "body": e.body, "spans": spans(pk, "election", e.id)}
                          for e in elections.get(pk, [])],
            "dates": [{"value": x.value, "kind": x.kind, "spans": spans(pk, "date", x.id)} for x in dates.get(pk, [])],
        }
        yield Record.model_validate(rec)


def export_records(db: str | Engine | None = None, doc_ids: Iterable[str] | None = None) -> Iterator[dict]:
    """Every document (or those of ``doc_ids``) rebuilt from its rows, in load order,
    as the record dict the pipeline emitted: ``json.loads`` of its output line."""
    for rec in iter_records(db, doc_ids):
        yield rec.model_dump(mode="json")


def iter_records(db: str | Engine | None = None, doc_ids: Iterable[str] | None = None) -> Iterator[Record]:
    """Like ``export_records``, as validated ``schemas.record.Record`` models."""
    engine = db if isinstance(db, Engine) else connect(db, migrate=False)
    dt = _T[m.Document]
    with engine.connect() as conn:
        stmt = select(dt.c.id).order_by(dt.c.id)
        if doc_ids is None:
            pks = list(conn.scalars(stmt))
        else:
            wanted = list(doc_ids)
            pks = sorted(pk for part in _chunks(wanted) for pk in conn.scalars(stmt.where(dt.c.doc_id.in_(part))))
        for part in _chunks(pks):
            yield from _export_chunk(conn, part)
    if engine is not db:
        engine.dispose()
