"""displaCy views of records and gold: every grounded value highlighted in the original text.

Uses displaCy's manual mode on character offsets, so what a reviewer sees is exactly the
evidence spans, on the untouched input text. Works on record-shaped dicts, so a record
(``record.model_dump()``) and a grounded gold file render the same way.
"""

from __future__ import annotations

COLORS = {
    "PERSON": "#aa9cfc", "TITLE": "#fcd19c", "ORG": "#7aecec", "SCORE": "#bfe1d9",
    "ELECTION": "#ff8197", "DATE": "#e4e7d2", "FACT": "#dddddd",
}


def doc_entities(d: dict) -> list[dict]:
    """Non-overlapping labelled spans of a record or gold dict (longest first on conflict)."""
    labelled: dict[tuple[int, int], str] = {}

    def put(spans, label):
        for s in spans:
            labelled.setdefault((s["start"], s["end"]), label)

    for o in d.get("officials", []):
        put(o.get("spans", []), "PERSON")
    for o in d.get("organizations", []):
        put(o.get("spans", []), "ORG")
    for o in d.get("officials", []):
        for p in o.get("positions", []):
            put(p.get("spans", []), "TITLE")  # org evidence is labelled ORG already
    for s in d.get("scores", []):
        put([x for x in s.get("spans", []) if x["text"].rstrip().endswith("điểm")], "SCORE")
    for e in d.get("elections", []):
        put(e.get("spans", [])[:1], "ELECTION")
    for x in d.get("dates", []):
        put(x.get("spans", []), "DATE")
    for key in ("event_place", "byline", "read_count"):
        if d.get(key):
            put(d[key].get("spans", []), "FACT")
    chosen: list[tuple[int, int, str]] = []
    for (start, end), label in sorted(labelled.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), kv[0][0])):
        if all(end <= a or start >= b for a, b, _ in chosen):
            chosen.append((start, end, label))
    return [{"start": s, "end": e, "label": lab} for s, e, lab in sorted(chosen)]


def render_fragment(text: str, d: dict, title: str | None = None) -> str:
    """displaCy markup (no page wrapper) for embedding in a report."""
    from spacy import displacy

    return displacy.render({"text": text, "ents": doc_entities(d), "title": title}, style="ent", manual=True,
                           page=False, options={"colors": COLORS})


def render_html(text: str, record) -> str:
    from spacy import displacy

    d = record.model_dump() if hasattr(record, "model_dump") else record
    doc = {"text": text, "ents": doc_entities(d), "title": d.get("source")}
    return displacy.render(doc, style="ent", manual=True, page=True, options={"colors": COLORS})
