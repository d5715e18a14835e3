"""Check and summarize a JSONL output of `run_pipeline.py extract` over JSONL/.txt inputs.

    python run_pipeline.py extract ../shared/data -o out/all.jsonl
    python benchmarks/scale_report.py out/all.jsonl [--examples 5]

Re-reads every source document, checks that each span equals the input slice (grounding),
that every input document has exactly one record, and prints counts per slot plus random
examples of officials, scores and elections for review.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import doc_id_for  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.inputs import iter_items, to_text  # noqa: E402


def spans(node):
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for v in node.values():
            yield from spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from spans(v)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    records = [json.loads(line) for line in Path(args.output).open(encoding="utf-8")]
    by_source = Counter(r["source"] for r in records)
    dup = [s for s, c in by_source.items() if c > 1]
    counts = Counter()
    bad_spans = 0
    sources: dict[str, str] = {}
    roots = sorted({r["source"].split("#")[0] for r in records})
    for item in iter_items(roots):
        try:
            sources[item.source] = to_text(item)[0]
        except InputError:
            pass
    # one record per distinct content: a copy of an earlier document has no record of its own
    ids = {r["doc_id"] for r in records}
    missing = [s for s, t in sources.items() if s not in by_source and doc_id_for(t) not in ids]
    for r in records:
        counts["documents"] += 1
        counts[f"status:{r['status']}"] += 1
        if r["status"] != "ok":
            counts[f"error:{r['error']['type']}"] += 1
            continue
        text = sources.get(r["source"])
        for sp in spans(r):
            counts["spans"] += 1
            if text is None or text[sp["start"] : sp["end"]] != sp["text"]:
                bad_spans += 1
        counts["officials"] += len(r["officials"])
        counts["positions"] += sum(len(o["positions"]) for o in r["officials"])
        counts["organizations"] += len(r["organizations"])
        counts["scores"] += len(r["scores"])
        counts["elections"] += len(r["elections"])
        counts["docs with officials"] += bool(r["officials"])
    print("input documents:", len(sources), " records:", len(records), " sources with >1 record:", len(dup),
          " inputs with no record:", len(missing))
    print("spans not equal to the input slice:", bad_spans)
    for k, v in sorted(counts.items()):
        print(f"  {k:<22} {v}")
    rng = random.Random(args.seed)
    ok = [r for r in records if r["status"] == "ok"]
    for slot in ("officials", "scores", "elections"):
        items = [(r["source"], x) for r in ok for x in r[slot]]
        print(f"\n-- {args.examples} random {slot} of {len(items)}")
        for src, x in rng.sample(items, min(args.examples, len(items))):
            if slot == "officials":
                pos = "; ".join(f"{'nguyên ' if p['former'] else ''}{p['title']} | {p['organization']}" for p in x["positions"])
                print(f"  {src}: {x['honorific'] or ''} {x['name']} :: {pos}")
            elif slot == "scores":
                print(f"  {src}: {x['holder']} = {x['value']} {x['unit']} rank={x['rank']} period={x['period']}")
            else:
                print(f"  {src}: {x['kind']} {x['role']} | {x.get('organization')} <- {x['holder']} term={x['term']} body={x['body']}")


if __name__ == "__main__":
    main()
