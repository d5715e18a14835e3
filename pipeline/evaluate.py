"""Accuracy of records against gold: per slot precision, recall and F1, strict and lenient.

*Strict* compares exact values and spans: an entity mention (official, organization,
date) is (value, start, end); a relation (position, score, election) matches when its
values are equal and every gold evidence span is among the predicted item's spans. The
one exception is an election's verb, whose extent is a matter of convention ("bầu",
"được bầu", "được bầu làm"): it matches when it overlaps the predicted verb.
*Lenient* compares normalized values only: case, tone placement, spacing and punctuation
are ignored, so "Uỷ ban nhân dân tỉnh" equals "Ủy ban nhân dân tỉnh".

Scores are micro-averaged over documents; per-document scores and every miss and
spurious item (with its context in the text) are kept for the reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .textnorm import normalize_key

SLOTS = ("officials", "positions", "organizations", "scores", "elections", "dates")
MAIN_SLOTS = ("officials", "positions", "organizations", "scores", "elections")


def lenient(s) -> str:
    if s is None or s == "":
        return ""
    return " ".join(re.sub(r"[^\w\s]", " ", normalize_key(str(s))).split())


def _spans(item: dict) -> frozenset:
    return frozenset((s["start"], s["end"]) for s in item.get("spans", []))


def _trigger(e: dict) -> tuple[int, int] | None:
    """The verb span of a predicted election (the first span of a record's election)."""
    spans = e.get("spans") or []
    return (spans[0]["start"], spans[0]["end"]) if spans else None


def _num(v) -> float | None:
    return None if v is None else round(float(v), 4)


# --------------------------------------------------------------- item views
def _entity_items(items: list[dict], key: str) -> list[tuple]:
    return [((x[key],), frozenset({(s["start"], s["end"])})) for x in items for s in x.get("spans", [])]


def _covered(slot: str, gold_spans: frozenset, pred_spans: frozenset, pred_trigger) -> bool:
    for span in gold_spans:
        if span in pred_spans:
            continue
        if slot == "elections" and pred_trigger and span[0] < pred_trigger[1] and pred_trigger[0] < span[1]:
            continue
        return False
    return True


def _relation_items(doc: dict) -> dict[str, list[tuple]]:
    """(values, spans) per relation slot from a record-shaped dict."""
    positions = [((o["name"], p["title"], p.get("organization"), bool(p.get("former"))), _spans(p))
                 for o in doc.get("officials", []) for p in o.get("positions", [])]
    scores = [((s["holder"], _num(s["value"]), s.get("rank")), _spans(s)) for s in doc.get("scores", [])]
    elections = [((e["kind"], e["role"], e["holder"]), _spans(e), _trigger(e)) for e in doc.get("elections", [])]
    return {"positions": positions, "scores": scores, "elections": elections}


def items_of(doc: dict) -> dict[str, list[tuple]]:
    """All slot items of a gold dict or a record dict (same shape)."""
    out = _relation_items(doc)
    out["officials"] = _entity_items(doc.get("officials", []), "name")
    out["organizations"] = _entity_items(doc.get("organizations", []), "name")
    out["dates"] = _entity_items(doc.get("dates", []), "value")
    return out


def _lenient_key(slot: str, values: tuple) -> tuple:
    if slot == "scores":
        return (lenient(values[0]), values[1])
    if slot == "positions":
        return (lenient(values[0]), lenient(values[1]), lenient(values[2]), values[3])
    if slot == "elections":
        return (values[0], lenient(values[1]), lenient(values[2]))
    return tuple(lenient(v) for v in values)


# ----------------------------------------------------------------- scoring
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Error:
    doc: str
    slot: str
    mode: str       # strict | lenient
    kind: str       # miss | spurious
    item: str
    context: str
    span: tuple[int, int] | None


def _context(text: str, spans: frozenset) -> tuple[str, tuple[int, int] | None]:
    if not spans:
        return "", None
    start, end = min(spans)
    left = text[max(0, start - 50) : start].replace("\n", " ")
    right = text[end : end + 50].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…", (start, end)


def _strict(slot: str, gold: list[tuple], pred: list[tuple]) -> tuple[Counts, list, list]:
    unmatched = list(pred)
    misses = []
    c = Counts()
    for values, spans, *_ in gold:
        hit = next((p for p in unmatched if p[0] == values and _covered(slot, spans, p[1], p[2] if len(p) > 2 else None)),
                   None)
        if hit is None:
            misses.append((values, spans))
        else:
            unmatched.remove(hit)
            c.tp += 1
    c.fn = len(misses)
    c.fp = len(unmatched)
    return c, misses, [p[:2] for p in unmatched]


def _lenient(slot: str, gold: list[tuple], pred: list[tuple]) -> tuple[Counts, list, list]:
    g = {}
    for values, spans, *_ in gold:
        g.setdefault(_lenient_key(slot, values), (values, spans))
    p = {}
    for values, spans, *_ in pred:
        p.setdefault(_lenient_key(slot, values), (values, spans))
    c = Counts(tp=len(g.keys() & p.keys()), fn=len(g.keys() - p.keys()), fp=len(p.keys() - g.keys()))
    return c, [g[k] for k in g.keys() - p.keys()], [p[k] for k in p.keys() - g.keys()]


@dataclass
class DocResult:
    name: str
    slots: dict[str, dict[str, Counts]] = field(default_factory=dict)


@dataclass
class Evaluation:
    micro: dict[str, dict[str, Counts]]
    documents: list[DocResult]
    errors: list[Error]

    def as_dict(self) -> dict:
        return {
            "micro": {s: {m: c.as_dict() for m, c in modes.items()} for s, modes in self.micro.items()},
            "documents": [{"name": d.name, "slots": {s: {m: c.as_dict() for m, c in modes.items()}
                                                     for s, modes in d.slots.items()}} for d in self.documents],
            "errors": [e.__dict__ for e in self.errors],
        }


def evaluate_pairs(pairs: Iterable[tuple[str, str, dict, dict]]) -> Evaluation:
    """pairs: (doc name, text, gold dict (grounded), record dict)."""
    micro = {s: {"strict": Counts(), "lenient": Counts()} for s in SLOTS}
    docs: list[DocResult] = []
    errors: list[Error] = []
    for name, text, gold, record in pairs:
        gi, pi = items_of(gold), items_of(record)
        dr = DocResult(name)
        for slot in SLOTS:
            dr.slots[slot] = {}
            for mode, fn in (("strict", _strict), ("lenient", _lenient)):
                c, misses, spurious = fn(slot, gi[slot], pi[slot])
                dr.slots[slot][mode] = c
                micro[slot][mode].add(c)
                for kind, items in (("miss", misses), ("spurious", spurious)):
                    for values, spans in sorted(items, key=lambda x: (min(x[1]) if x[1] else (0, 0), str(x[0]))):
                        ctx, span = _context(text, spans)
                        errors.append(Error(name, slot, mode, kind, " | ".join("" if v is None else str(v) for v in values),
                                            ctx, span))
        docs.append(dr)
    return Evaluation(micro, docs, errors)


def format_table(ev: Evaluation) -> str:
    head = f"{'slot':<14}{'strict P':>9}{'R':>7}{'F1':>7}   {'lenient P':>9}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"
    lines = [head, "-" * len(head)]
    for slot, modes in ev.micro.items():
        s, l_ = modes["strict"], modes["lenient"]
        lines.append(f"{slot:<14}{s.precision:9.3f}{s.recall:7.3f}{s.f1:7.3f}   {l_.precision:9.3f}{l_.recall:7.3f}"
                     f"{l_.f1:7.3f}{l_.tp + l_.fn:7d}{l_.tp + l_.fp:7d}")
    return "\n".join(lines)


# ------------------------------------------------- simple expected facts (samples)
def gold_items(gold: dict) -> dict[str, set]:
    """Lenient item sets of the simple ``corpus/samples/expected.json`` format (no spans)."""
    officials = gold.get("officials", [])
    return {
        "officials": {lenient(o["name"]) for o in officials},
        "positions": {(lenient(o["name"]), lenient(p["title"]), lenient(p.get("organization")), bool(p.get("former")))
                      for o in officials for p in o.get("positions", [])},
        "organizations": {lenient(n) for n in gold.get("organizations", [])},
        "scores": {(lenient(s["holder"]), float(s["value"])) for s in gold.get("scores", [])},
        "elections": {(e["kind"], lenient(e["role"]), lenient(e["holder"])) for e in gold.get("elections", [])},
    }


def record_items(record) -> dict[str, set]:
    return {
        "officials": {lenient(o.name) for o in record.officials},
        "positions": {(lenient(o.name), lenient(p.title), lenient(p.organization), p.former)
                      for o in record.officials for p in o.positions},
        "organizations": {lenient(o.name) for o in record.organizations},
        "scores": {(lenient(s.holder), float(s.value)) for s in record.scores},
        "elections": {(e.kind, lenient(e.role), lenient(e.holder)) for e in record.elections},
    }


def score_documents(pairs: Iterable[tuple[str, dict, object]]) -> dict[str, "SlotScore"]:
    """Lenient scores of records against simple expected facts: (doc name, expected, record)."""
    totals = {slot: SlotScore() for slot in MAIN_SLOTS}
    for name, gold, record in pairs:
        g, p = gold_items(gold), record_items(record)
        for slot in MAIN_SLOTS:
            t = totals[slot]
            t.tp += len(g[slot] & p[slot])
            t.fn += len(g[slot] - p[slot])
            t.fp += len(p[slot] - g[slot])
            t.misses += [(name, x) for x in sorted(g[slot] - p[slot], key=str)]
            t.spurious += [(name, x) for x in sorted(p[slot] - g[slot], key=str)]
    return totals


@dataclass
class SlotScore(Counts):
    misses: list = field(default_factory=list)
    spurious: list = field(default_factory=list)


def format_slot_table(totals: dict[str, SlotScore]) -> str:
    lines = [f"{'slot':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for slot, t in totals.items():
        lines.append(f"{slot:<14}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{t.tp:6d}{t.fp:6d}{t.fn:6d}")
    return "\n".join(lines)
