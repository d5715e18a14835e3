"""displaCy views of a record: every grounded value highlighted in the original text.

Uses displaCy's manual mode on character offsets, so what a reviewer sees is exactly
the evidence spans of the record, on the untouched input text.
"""

from __future__ import annotations

from schemas.record import Record

COLORS = {
    "PERSON": "#aa9cfc", "TITLE": "#fcd19c", "ORG": "#7aecec", "SCORE": "#bfe1d9",
    "ELECTION": "#ff8197", "DATE": "#e4e7d2", "FACT": "#dddddd",
}


def record_entities(record: Record) -> list[dict]:
    """Non-overlapping (start, end, label) spans of a record, longest first on conflict."""
    found: list[tuple[int, int, str]] = []
    for o in record.officials:
        found += [(s.start, s.end, "PERSON") for s in o.spans]
        for p in o.positions:
            found.append((p.spans[0].start, p.spans[0].end, "TITLE"))
    found += [(s.start, s.end, "ORG") for o in record.organizations for s in o.spans]
    found += [(s.spans[1].start, s.spans[1].end, "SCORE") for s in record.scores]
    found += [(e.spans[0].start, e.spans[0].end, "ELECTION") for e in record.elections]
    found += [(s.start, s.end, "DATE") for d in record.dates for s in d.spans]
    for fact in (record.event_place, record.byline, record.read_count):
        if fact is not None:
            found += [(s.start, s.end, "FACT") for s in fact.spans]
    chosen: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for start, end, label in sorted(set(found), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(end <= a or start >= b for a, b in taken):
            chosen.append((start, end, label))
            taken.append((start, end))
    return [{"start": s, "end": e, "label": lab} for s, e, lab in sorted(chosen)]


def render_html(text: str, record: Record) -> str:
    from spacy import displacy

    doc = {"text": text, "ents": record_entities(record), "title": record.source}
    return displacy.render(doc, style="ent", manual=True, page=True, options={"colors": COLORS})
