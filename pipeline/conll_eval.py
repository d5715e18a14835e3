"""NER-stage evaluation on BIO-tagged CoNLL files: our entity stage and plain
``underthesea.ner`` side by side, in the usual conventions.

* strict: an entity counts when type and both boundaries are exact (conlleval, seqeval);
* partial: nervaluate's "partial" scheme, types ignored: an exact-boundary match is
  correct, an overlapping one is half credit; precision = (COR + ½PAR) / predicted,
  recall = (COR + ½PAR) / gold.

Tokens may be syllables or underscore-joined words ("Hà_Nội"); the sentence text is
rebuilt with single spaces and entities become character spans over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

Entity = tuple[int, int, str]  # start, end, type


@dataclass
class Sentence:
    text: str
    gold: list[Entity] = field(default_factory=list)


def parse_map(spec: str) -> dict[str, str]:
    out = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        if "=" not in part:
            raise ValueError(f"bad --map entry {part!r}: expected SOURCE=TARGET")
        src, dst = part.split("=", 1)
        out[src.strip().upper()] = dst.strip().upper()
    return out


def read_conll(path: str | Path, type_map: dict[str, str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    tokens: list[tuple[str, str]] = []

    def flush():
        if not tokens:
            return
        pieces, spans = [], []
        pos = 0
        for tok, _ in tokens:
            word = tok.replace("_", " ")
            spans.append((pos, pos + len(word)))
            pieces.append(word)
            pos += len(word) + 1
        text = " ".join(pieces)
        ents: list[Entity] = []
        cur: list | None = None
        for (start, end), (_, tag) in zip(spans, tokens):
            prefix, _, etype = tag.partition("-")
            if tag == "O" or not etype:
                cur = None
                continue
            if prefix in ("B", "S") or cur is None or cur[2] != etype:
                cur = [start, end, etype]
                ents.append(cur)  # type: ignore[arg-type]
            else:
                cur[1] = end
        gold = [(s, e, type_map[t.upper()]) for s, e, t in ents if t.upper() in type_map]
        sentences.append(Sentence(text, gold))
        tokens.clear()

    with open(path, encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("-DOCSTART-") or line.startswith("# "):
                flush()
                continue
            cols = line.split()
            if len(cols) < 2:
                raise ValueError(f"{path}:{lineno}: expected 'token ... tag', got {line!r}")
            tokens.append((cols[0], cols[-1]))
    flush()
    return sentences


@dataclass
class Scores:
    strict_tp: int = 0
    correct: int = 0
    partial: int = 0
    gold: int = 0
    pred: int = 0

    def strict(self) -> tuple[float, float, float]:
        return _prf(self.strict_tp, self.strict_tp, self.pred, self.gold)

    def partial_prf(self) -> tuple[float, float, float]:
        credit = self.correct + 0.5 * self.partial
        return _prf(credit, credit, self.pred, self.gold)


def _prf(tp_p: float, tp_r: float, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp_p / pred if pred else 0.0
    r = tp_r / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[Entity], pred: list[Entity], by_type: dict[str, Scores]) -> None:
    """Add one sentence's counts to ``by_type`` (key "ALL" and each type)."""
    for key in ["ALL"] + sorted({t for *_, t in gold} | {t for *_, t in pred}):
        g = [e for e in gold if key == "ALL" or e[2] == key]
        p = [e for e in pred if key == "ALL" or e[2] == key]
        s = by_type.setdefault(key, Scores())
        s.gold += len(g)
        s.pred += len(p)
        s.strict_tp += len(set(g) & set(p))
        used: set[int] = set()
        for gs, ge, _ in g:
            exact = next((k for k, (ps, pe, _) in enumerate(p) if k not in used and (ps, pe) == (gs, ge)), None)
            if exact is not None:
                used.add(exact)
                s.correct += 1
                continue
            overlap = next((k for k, (ps, pe, _) in enumerate(p) if k not in used and ps < ge and gs < pe), None)
            if overlap is not None:
                used.add(overlap)
                s.partial += 1


def ours(pipe, sentence: str, labels: set[str]) -> list[Entity]:
    doc = pipe.run(sentence)
    out = []
    for label, mentions in doc.mentions.items():
        if label in labels:
            out += [(*doc.span_of(m.i, m.j), label) for m in mentions]
    return out


UNDERTHESEA_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def underthesea_entities(sentence: str, labels: set[str]) -> list[Entity]:
    from underthesea import ner

    from .segment import _align

    out: list[list] = []
    pos = 0
    cur = None
    for row in ner(sentence):
        word, tag = row[0], row[-1]
        hit = _align(sentence, word, pos)
        if hit is None:
            cur = None
            continue
        start, end = hit
        pos = end
        prefix, _, etype = tag.partition("-")
        label = UNDERTHESEA_TYPES.get(etype)
        if tag == "O" or label is None:
            cur = None
        elif prefix == "B" or cur is None or cur[2] != label:
            cur = [start, end, label]
            out.append(cur)
        else:
            cur[1] = end
    return [tuple(e) for e in out if e[2] in labels]  # type: ignore[misc]


def evaluate_conll(path: str, type_map: dict[str, str], pipe) -> dict[str, dict[str, Scores]]:
    sentences = read_conll(path, type_map)
    labels = set(type_map.values())
    systems: dict[str, dict[str, Scores]] = {"ours": {}, "underthesea.ner": {}}
    for s in sentences:
        score(s.gold, ours(pipe, s.text, labels), systems["ours"])
        score(s.gold, underthesea_entities(s.text, labels), systems["underthesea.ner"])
    return systems


def format_conll(systems: dict[str, dict[str, Scores]]) -> str:
    lines = [f"{'system':<17}{'type':<8}{'gold':>6}{'pred':>6}   {'strict P':>8}{'R':>7}{'F1':>7}   "
             f"{'partial P':>9}{'R':>7}{'F1':>7}"]
    for name, by_type in systems.items():
        for key, s in sorted(by_type.items(), key=lambda kv: (kv[0] != "ALL", kv[0])):
            sp, sr, sf = s.strict()
            pp, pr, pf = s.partial_prf()
            lines.append(f"{name:<17}{key:<8}{s.gold:6d}{s.pred:6d}   {sp:8.3f}{sr:7.3f}{sf:7.3f}   "
                         f"{pp:9.3f}{pr:7.3f}{pf:7.3f}")
    return "\n".join(lines)


def run_conll(args, stdout, stderr) -> int:
    import json

    from .api import build

    try:
        type_map = parse_map(args.map)
        systems = evaluate_conll(args.conll, type_map, build(args.models))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=stderr)
        return 1
    print(format_conll(systems), file=stdout)
    if args.json:
        data = {name: {k: {"gold": s.gold, "pred": s.pred,
                           "strict": dict(zip(("precision", "recall", "f1"), s.strict())),
                           "partial": dict(zip(("precision", "recall", "f1"), s.partial_prf())),
                           "correct": s.correct, "partial_matches": s.partial}
                       for k, s in by_type.items()} for name, by_type in systems.items()}
        Path(args.json).write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 0

