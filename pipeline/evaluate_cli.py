"""The ``evaluate`` command: gold documents or CoNLL files in, table/JSON/HTML out."""

from __future__ import annotations

import json
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def _load_pred(path: str) -> dict[str, dict]:
    """Records by source file name stem, so a --pred file from another folder still matches."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[Path(rec["source"]).stem] = rec
    return out


def run_evaluate(args, stdout, stderr) -> int:
    if args.conll:
        from .conll_eval import run_conll

        return run_conll(args, stdout, stderr)
    from .evaluate import evaluate_pairs, format_table
    from .gold import GoldError, load_gold

    try:
        docs = load_gold(args.gold)
    except (GoldError, OSError) as exc:
        print(f"error: {exc}", file=stderr)
        return EXIT_FAILED
    if args.pred:
        preds = _load_pred(args.pred)
        missing = [d.name for d in docs if d.name not in preds]
        if missing:
            print(f"error: --pred has no record for {len(missing)} gold documents, e.g. {missing[:3]}", file=stderr)
            return EXIT_FAILED
        records = [preds[d.name] for d in docs]
    else:
        from .api import build

        pipe = build(args.models)
        records = [pipe.extract_text(d.text, str(d.path)).model_dump() for d in docs]
    pairs = [(d.name, d.text, d.gold, r) for d, r in zip(docs, records)]
    ev = evaluate_pairs(pairs)
    print(format_table(ev), file=stdout)
    print(f"\n{len(docs)} documents. Lenient misses and spurious items:", file=stdout)
    for e in ev.errors:
        if e.mode == "lenient":
            print(f"  {e.kind:<8} {e.doc}  {e.slot}: {e.item}\n           {e.context}", file=stdout)
    if args.json:
        Path(args.json).write_text(json.dumps(ev.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    if args.html:
        from .report import render_report

        Path(args.html).write_text(render_report(ev, pairs), encoding="utf-8")
    return EXIT_OK
