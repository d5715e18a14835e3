"""The same official across documents.

Officials of different documents are one person when their names are equal after
normalization (case, NFC/NFD, old/new tone placement, spacing) **and** the documents give
supporting evidence: at least one organization they hold a post in is the same (canonical
name, folded). A post that names its national body by itself ("Thủ tướng", "Tổng Bí thư":
``models/national_posts.tsv``) counts as held in that body when the text names none. A
common name alone never merges anyone. A merge is refused when the dates make it
impossible: one holds a post as former ("nguyên Giám đốc Sở Y tế") at a date before
another holds the very same post as current; that is a later holder of the post with the
same name. (No limit on how many years a person's mentions may span: event dates of news
articles are often historical ones, "2/9/1945", and such a limit split the mentions of a
Prime Minister into an "old" and a "new" person on ../shared/data.)

A document's date is its published date, else its event date; a date before
``FIRST_YEAR`` counts as unknown (it is a historical date the extractor took for the
event, e.g. a leader's birthday), and officials without a date take part with the date
checks skipped. Clustering runs per name, in date order, and is deterministic; person ids are
kept stable across runs where the clusters stay the same.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from pipeline.resources import DEFAULT_MODELS_DIR, read_tsv
from pipeline.textnorm import normalize_key

from . import models as m

FIRST_YEAR = 1945  # the records are of the posts of the modern state
CHUNK = 500


@cache
def national_posts() -> dict[str, str]:
    """Folded title -> folded body, from models/national_posts.tsv (read on first use)."""
    rows = read_tsv(DEFAULT_MODELS_DIR / "national_posts.tsv", ("title", "body"))
    return {normalize_key(r["title"]): normalize_key(r["body"]) for r in rows}


@dataclass(eq=False)
class Member:
    """One official row with what resolution needs."""

    id: int
    name: str
    person_id: int | None
    document_id: int
    date: str  # ISO prefix "2018-03-05" / "2018", "" when unknown
    orgs: set[str] = field(default_factory=set)
    current: set[tuple[str, str]] = field(default_factory=set)  # (title key, org key) held now
    former: set[tuple[str, str]] = field(default_factory=set)   # … held before ("nguyên")


@dataclass(eq=False)
class Cluster:
    members: list[Member]
    orgs: set[str]
    former_since: dict[tuple[str, str], str]  # post -> earliest date it is said to be former
    current_until: dict[tuple[str, str], str]  # post -> latest date it is held as current

    @classmethod
    def of(cls, x: Member) -> Cluster:
        return cls([x], set(x.orgs), {p: x.date for p in x.former if x.date},
                   {p: x.date for p in x.current if x.date})

    def conflicts(self, other: Cluster) -> bool:
        for a, b in ((self, other), (other, self)):
            for post, since in a.former_since.items():
                until = b.current_until.get(post)
                if until is not None and until[: len(since)] > since[: len(until)]:
                    return True  # held again as current after being "former": another holder
        return False

    def absorb(self, other: Cluster) -> None:
        self.members += other.members
        self.orgs |= other.orgs
        for post, d in other.former_since.items():
            self.former_since[post] = min(d, self.former_since.get(post, d))
        for post, d in other.current_until.items():
            self.current_until[post] = max(d, self.current_until.get(post, d))


def cluster(members: list[Member]) -> list[list[Member]]:
    """Group the officials of one normalized name into people (see the module docstring)."""
    clusters: list[Cluster] = []
    for x in sorted(members, key=lambda x: (x.date or "9999", x.id)):
        mine = Cluster.of(x)
        for c in list(clusters):  # oldest first: the order the evidence arrived in
            if c is mine or not (c.orgs & x.orgs) or c.conflicts(mine):
                continue
            if mine in clusters:  # x already joined an earlier cluster: the two become one
                clusters.remove(mine)
            c.absorb(mine)
            mine = c
        if mine not in clusters:
            clusters.append(mine)
    return [sorted(c.members, key=lambda x: x.id) for c in clusters]


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_members(conn: Connection, name_keys: list[str]) -> dict[str, list[Member]]:
    off, doc, pos, org = (t.__table__ for t in (m.Official, m.Document, m.Position, m.Organization))
    members: dict[int, Member] = {}
    groups: dict[str, list[Member]] = defaultdict(list)
    for part in _chunks(sorted(name_keys)):
        rows = conn.execute(
            select(off.c.id, off.c.name, off.c.name_key, off.c.person_id, off.c.document_id,
                   doc.c.published_date, doc.c.event_date)
            .join(doc, doc.c.id == off.c.document_id).where(off.c.name_key.in_(part)))
        for r in rows:
            date = r.published_date or r.event_date or ""
            if date[:4].isdigit() and int(date[:4]) < FIRST_YEAR:
                date = ""
            x = Member(r.id, r.name, r.person_id, r.document_id, date)
            members[r.id] = x
            groups[r.name_key].append(x)
        posts = conn.execute(
            select(pos.c.official_id, pos.c.title, pos.c.former, org.c.name_key)
            .join(off, off.c.id == pos.c.official_id).outerjoin(org, org.c.id == pos.c.organization_id)
            .where(off.c.name_key.in_(part)))
        for r in posts:
            title = normalize_key(r.title)
            body = r.name_key or national_posts().get(title)
            if body is None:
                continue  # "Giám đốc" of no named body: no evidence
            x = members[r.official_id]
            x.orgs.add(body)
            (x.former if r.former else x.current).add((title, body))
    return groups


def resolve(conn: Connection, name_keys=None) -> int:
    """Re-resolve the people of these normalized names (all when None); returns how many
    officials changed person. Runs in the caller's transaction."""
    off, people = m.Official.__table__, m.Person.__table__
    if name_keys is None:
        name_keys = list(conn.scalars(select(off.c.name_key).distinct()))
    groups = load_members(conn, list(set(name_keys)))
    changes: list[dict] = []
    new_people: list[tuple[list[Member], str, str]] = []
    renames: list[dict] = []
    for key in sorted(groups):
        claimed: set[int] = set()
        for group in sorted(cluster(groups[key]), key=lambda g: (-len(g), g[0].id)):
            name = Counter(x.name for x in group).most_common(1)[0][0]
            held = Counter(x.person_id for x in group if x.person_id is not None and x.person_id not in claimed)
            if held:
                pid = min(held, key=lambda p: (-held[p], p))
                claimed.add(pid)
                renames.append({"pid": pid, "name": name})
                changes += [{"oid": x.id, "pid": pid} for x in group if x.person_id != pid]
            else:
                new_people.append((group, name, key))
    if new_people:
        result = conn.execute(insert(people).returning(people.c.id, sort_by_parameter_order=True),
                              [{"name": name, "name_key": key} for _, name, key in new_people])
        for (group, _, _), (pid,) in zip(new_people, result, strict=True):
            changes += [{"oid": x.id, "pid": pid} for x in group]
    if changes:
        conn.execute(update(off).where(off.c.id == bindparam("oid")).values(person_id=bindparam("pid")), changes)
    if renames:
        conn.execute(update(people).where(people.c.id == bindparam("pid")).values(name=bindparam("name")), renames)
    used = select(off.c.person_id).where(off.c.person_id.is_not(None))
    for part in _chunks(sorted(set(name_keys))):  # people left without any official
        conn.execute(delete(people).where(people.c.name_key.in_(part), people.c.id.not_in(used)))
    return len(changes)


# ---------------------------------------------------------------- timelines
@dataclass
class TimelineEntry:
    date: str
    title: str | None
    organization: str | None
    former: bool
    doc_id: str
    source: str


def timelines(conn: Connection, name: str | None = None, org: str | None = None,
              limit: int = 20) -> list[tuple[int, str, int, list[TimelineEntry]]]:
    """(person id, name, documents, positions over time) of the people matching ``name``
    (normalized, whole name; else a part of it) and holding a post in an organization
    whose name contains ``org``; most documented first."""
    from sqlalchemy import func

    off, pos, org_t, doc, ppl = (t.__table__ for t in (m.Official, m.Position, m.Organization, m.Document, m.Person))
    q = select(ppl.c.id, ppl.c.name, func.count(off.c.document_id.distinct()).label("n")) \
        .join(off, off.c.person_id == ppl.c.id).group_by(ppl.c.id, ppl.c.name)
    if name:
        key = normalize_key(name)
        exact = conn.execute(select(ppl.c.id).where(ppl.c.name_key == key).limit(1)).first()
        q = q.where(ppl.c.name_key == key) if exact else q.where(ppl.c.name_key.contains(key, autoescape=True))
    if org:
        held = select(off.c.person_id).join(pos, pos.c.official_id == off.c.id) \
            .join(org_t, org_t.c.id == pos.c.organization_id) \
            .where(org_t.c.name_key.contains(normalize_key(org), autoescape=True))
        q = q.where(ppl.c.id.in_(held))
    people = conn.execute(q.order_by(func.count(off.c.document_id.distinct()).desc(), ppl.c.id).limit(limit)).all()
    out = []
    for pid, pname, n in people:
        date = func.coalesce(doc.c.published_date, doc.c.event_date, "")
        rows = conn.execute(
            select(date.label("date"), pos.c.title, org_t.c.name.label("org"), pos.c.former, doc.c.doc_id,
                   doc.c.source, doc.c.id.label("dpk"), off.c.seq, pos.c.seq.label("pseq"))
            .select_from(off).join(doc, doc.c.id == off.c.document_id)
            .outerjoin(pos, pos.c.official_id == off.c.id).outerjoin(org_t, org_t.c.id == pos.c.organization_id)
            .where(off.c.person_id == pid)).all()
        rows.sort(key=lambda r: (r.date == "", r.date, r.dpk, r.seq, r.pseq or 0))
        out.append((pid, pname, n, [TimelineEntry(r.date, r.title, r.org, bool(r.former), r.doc_id, r.source)
                                    for r in rows]))
    return out
