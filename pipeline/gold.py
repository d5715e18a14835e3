"""Gold annotations: loading, grounding and checking (format in corpus/README.md).

A gold file sits next to its text (``NAME.txt`` + ``NAME.gold.json``). Annotators write
evidence as surface text: ``{"text": "UBND tỉnh", "nth": 2}`` (the second occurrence) or
``{"text": "Sở Y tế", "all": true}`` (every occurrence). ``ground`` turns each into
``{"start", "end", "text"}`` spans over the document exactly as read, and ``check``
reports anything that does not match, so a gold file can be trusted before it scores.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .decoding import decode_text as decode_bytes

EVIDENCE_KEYS = {"officials": "mentions", "organizations": "mentions", "dates": "mentions",
                 "positions": "evidence", "scores": "evidence", "elections": "evidence"}


class GoldError(ValueError):
    pass


def _occurrences(text: str, needle: str) -> list[int]:
    out, pos = [], text.find(needle)
    while pos != -1 and needle:
        out.append(pos)
        pos = text.find(needle, pos + 1)
    return out


def _ground_list(text: str, items: list[dict], where: str) -> list[dict]:
    spans: list[dict] = []
    for ev in items:
        surface = ev.get("text")
        if not isinstance(surface, str) or not surface:
            raise GoldError(f"{where}: evidence without text: {ev}")
        if "start" in ev and "end" in ev:
            if text[ev["start"] : ev["end"]] != surface:
                raise GoldError(f"{where}: span {ev['start']}-{ev['end']} is {text[ev['start']:ev['end']]!r}, not {surface!r}")
            spans.append({"start": ev["start"], "end": ev["end"], "text": surface})
            continue
        occ = _occurrences(text, surface)
        if not occ:
            raise GoldError(f"{where}: {surface!r} does not occur in the text")
        if ev.get("all"):
            chosen = occ
        else:
            nth = int(ev.get("nth", 1))
            if not 1 <= nth <= len(occ):
                raise GoldError(f"{where}: {surface!r} occurs {len(occ)} times, nth={nth}")
            chosen = [occ[nth - 1]]
        spans += [{"start": p, "end": p + len(surface), "text": surface} for p in chosen]
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def ground(gold: dict, text: str, name: str = "") -> dict:
    """A copy of ``gold`` with every evidence list turned into grounded ``spans``."""
    out = json.loads(json.dumps(gold))
    for o in out.get("officials", []):
        o["spans"] = _ground_list(text, o.pop("mentions", []), f"{name}: official {o.get('name')}")
        for p in o.get("positions", []):
            p["spans"] = _ground_list(text, p.pop("evidence", []), f"{name}: position {p.get('title')} of {o.get('name')}")
    for slot in ("organizations", "dates"):
        for x in out.get(slot, []):
            x["spans"] = _ground_list(text, x.pop("mentions", []), f"{name}: {slot} {x.get('name') or x.get('value')}")
    for slot in ("scores", "elections"):
        for x in out.get(slot, []):
            x["spans"] = _ground_list(text, x.pop("evidence", []), f"{name}: {slot} {x.get('holder')}")
    return out


@dataclass
class GoldDoc:
    name: str
    path: Path          # the .txt
    text: str
    gold: dict          # grounded
    split: str


def load_gold(root: str | Path) -> list[GoldDoc]:
    """Every NAME.gold.json under ``root`` (a folder, or one gold file), grounded and checked."""
    root = Path(root)
    files = [root] if root.is_file() else sorted(root.rglob("*.gold.json"))
    if not files:
        raise GoldError(f"no *.gold.json files under {root}")
    docs = []
    for f in files:
        txt = f.with_name(f.name[: -len(".gold.json")] + ".txt")
        if not txt.exists():
            raise GoldError(f"{f}: its text {txt.name} is missing")
        text = decode_bytes(txt.read_bytes())
        try:
            raw = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{f}: invalid JSON: {exc}") from exc
        docs.append(GoldDoc(name=txt.stem, path=txt, text=text, gold=ground(raw, text, f.name),
                            split=raw.get("split") or f.parent.name))
    return docs
