"""Round trip of a records file through a database: load, load again, export, compare.

    python3 benchmarks/db_round_trip.py out/all.jsonl --db sqlite:///out/all.db
    python3 benchmarks/db_round_trip.py out/all.jsonl --db postgresql://USER@/DB?host=/tmp/sock

Prints documents and row counts, the time of each step, whether the second load changed
any row count, and whether the export equals the input (records repeated in the input with
the same content, read from two paths, are expected once, at their first place).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from pipeline.store import export_records, open_sink  # noqa: E402
from pipeline.store import models as m  # noqa: E402
from pipeline.store.db import connect  # noqa: E402


def counts(url: str) -> dict[str, int]:
    engine = connect(url, migrate=False)
    with engine.connect() as conn:
        out = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
               for t in m.Base.metadata.sorted_tables}
    engine.dispose()
    return out


def load(url: str, records: list[dict], batch_size: int):
    t0 = time.perf_counter()
    with open_sink(url, batch_size) as sink:
        for rec in records:
            sink.add(rec)
    return sink.stats, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records", help="JSON Lines from `run_pipeline.py extract`")
    ap.add_argument("--db", required=True, help="database URL (use an empty database)")
    ap.add_argument("--batch-size", type=int, default=200)
    args = ap.parse_args()
    with open(args.records, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    first: dict[str, dict] = {}
    for rec in records:
        first.setdefault(rec["doc_id"], rec)
    stats, t_load = load(args.db, records, args.batch_size)
    print(f"load 1: {stats.summary()} in {t_load:.1f} s ({len(records) / t_load:.0f} documents/s)")
    for e in stats.errors:
        print(f"  {e}")
    before = counts(args.db)
    stats2, t_again = load(args.db, records, args.batch_size)
    after = counts(args.db)
    print(f"load 2: {stats2.summary()} in {t_again:.1f} s; row counts unchanged: {before == after}")
    t0 = time.perf_counter()
    exported = list(export_records(args.db))
    t_export = time.perf_counter() - t0
    same = exported == list(first.values())
    print(f"export: {len(exported)} records in {t_export:.1f} s; equal to the {len(first)} distinct input "
          f"records ({len(records)} lines): {same}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in after.items()))
    return 0 if same and before == after and stats.ok else 1


if __name__ == "__main__":
    sys.exit(main())
