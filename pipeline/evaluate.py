"""Slot-level precision/recall/F1 of records against simple gold facts.

Gold format (one object per document, as in ``corpus/samples/expected.json``)::

    {"officials": [{"name", "honorific", "positions": [{"title", "organization", "former"}]}],
     "organizations": ["Sở Y tế", …],
     "scores": [{"holder", "value", "rank"}],
     "elections": [{"kind", "role", "holder", "term"}]}

Comparison is lenient: names are compared case-, tone-placement- and spacing-blind, with
punctuation ignored, so "Uỷ ban nhân dân tỉnh" equals "Ủy ban nhân dân tỉnh".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .textnorm import normalize_key

SLOTS = ("officials", "positions", "organizations", "scores", "elections")


def lenient(s: str | None) -> str:
    if not s:
        return ""
    return " ".join(re.sub(r"[^\w\s]", " ", normalize_key(s)).split())


def gold_items(gold: dict) -> dict[str, set]:
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


@dataclass
class SlotScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    spurious: list = field(default_factory=list)

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


def score_documents(pairs: Iterable[tuple[str, dict, object]]) -> dict[str, SlotScore]:
    """pairs: (doc name, gold dict, record). Micro-averaged over all documents."""
    totals = {slot: SlotScore() for slot in SLOTS}
    for name, gold, record in pairs:
        g, p = gold_items(gold), record_items(record)
        for slot in SLOTS:
            t = totals[slot]
            t.tp += len(g[slot] & p[slot])
            t.fn += len(g[slot] - p[slot])
            t.fp += len(p[slot] - g[slot])
            t.misses += [(name, x) for x in sorted(g[slot] - p[slot], key=str)]
            t.spurious += [(name, x) for x in sorted(p[slot] - g[slot], key=str)]
    return totals


def format_table(totals: dict[str, SlotScore]) -> str:
    lines = [f"{'slot':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for slot, t in totals.items():
        lines.append(f"{slot:<14}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{t.tp:6d}{t.fp:6d}{t.fn:6d}")
    return "\n".join(lines)
