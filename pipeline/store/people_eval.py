"""Pairwise precision and recall of people merges on a folder with ``identities.json``.

    python3 -m pipeline.store.people_eval corpus/people [--db URL]

The documents are extracted, loaded into a database (a temporary SQLite file unless
``--db``) and every pair of gold official rows is scored: merged by the database (same
person) or not, against the same or different gold identity.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from pipeline.textnorm import normalize_key


def score_pairs(gold: dict[tuple[str, str], str], pred: dict[tuple[str, str], int]) -> dict:
    """Pairwise merge scores; ``gold``/``pred`` map (document, name key) to an identity."""
    tp, fp, fn = [], [], []
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_pred = a in pred and b in pred and pred[a] == pred[b]
        if same_pred and same_gold:
            tp.append((a, b))
        elif same_pred:
            fp.append((a, b))
        elif same_gold:
            fn.append((a, b))
    p = len(tp) / (len(tp) + len(fp)) if tp or fp else 1.0
    r = len(tp) / (len(tp) + len(fn)) if tp or fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "true_merges": len(tp), "wrong_merges": fp, "missed_merges": fn,
            "not_extracted": sorted(k for k in gold if k not in pred)}


def evaluate(folder: str | Path, url: str | None = None, pipe=None) -> dict:
    from sqlalchemy import select

    from pipeline.api import build

    from . import models as m
    from .db import connect
    from .load import open_sink

    folder = Path(folder)
    spec = json.loads((folder / "identities.json").read_text(encoding="utf-8"))
    gold = {(x["doc"], normalize_key(x["name"])): x["person"] for x in spec["officials"]}
    pipe = pipe or build()
    with tempfile.TemporaryDirectory() as tmp:
        url = url or f"sqlite:///{Path(tmp) / 'people.db'}"
        with open_sink(url) as sink:
            for f in sorted(folder.glob("*.txt")):
                sink.add(pipe.extract_path(f))
        engine = connect(url, migrate=False)
        off, doc = m.Official.__table__, m.Document.__table__
        with engine.connect() as conn:
            rows = conn.execute(select(doc.c.source, off.c.name_key, off.c.person_id)
                                .join(doc, doc.c.id == off.c.document_id)).all()
        engine.dispose()
    pred = {(Path(source).name, key): pid for source, key, pid in rows}
    return score_pairs(gold, pred)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m pipeline.store.people_eval", description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="documents (*.txt) and identities.json")
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = ap.parse_args(argv)
    res = evaluate(args.folder, args.db)
    print(f"merge precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}  "
          f"({res['true_merges']} right, {len(res['wrong_merges'])} wrong, {len(res['missed_merges'])} missed pairs)")
    for label, items in (("wrong merge", res["wrong_merges"]), ("missed merge", res["missed_merges"])):
        for a, b in items:
            print(f"  {label}: {a[0]} {a[1]}  <->  {b[0]} {b[1]}")
    for doc, key in res["not_extracted"]:
        print(f"  not extracted: {doc} {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
