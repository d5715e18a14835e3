"""Speed of extract against underthesea.word_tokenize alone, same articles, same run.

    python benchmarks/bench_extract.py [--docs 360] [--data ../shared/data]

Prints syllables per second for both and the ratio extract / word_tokenize. Articles are
taken in file order, the same number from each source folder, so runs are comparable.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.inputs import jsonl_document_text  # noqa: E402


def load_articles(data_dir: Path, count: int) -> list[str]:
    files = sorted(data_dir.glob("*/*.jsonl"))
    if not files:
        sys.exit(f"no JSONL articles under {data_dir}")
    per_file = -(-count // len(files))
    texts: list[str] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            taken = 0
            for line in fh:
                obj = json.loads(line)
                text = jsonl_document_text(obj)
                if text:
                    texts.append(text)
                    taken += 1
                if taken >= per_file:
                    break
    return texts[:count]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=360)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = ap.parse_args()

    texts = load_articles(Path(args.data), args.docs)
    syllables = sum(len(t.split()) for t in texts)

    from underthesea import word_tokenize

    from pipeline import build

    pipe = build()
    word_tokenize(texts[0])
    pipe.extract_text(texts[0])

    t0 = time.perf_counter()
    for t in texts:
        for line in t.split("\n"):
            if line.strip():
                word_tokenize(line)
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    errors = 0
    for k, t in enumerate(texts):
        errors += pipe.extract_text(t, f"bench#{k}").status != "ok"
    ours = time.perf_counter() - t0

    print(f"articles: {len(texts)}  syllables: {syllables}  extraction errors: {errors}")
    print(f"underthesea.word_tokenize alone: {syllables / base:10.0f} syllables/s  ({base:.2f} s)")
    print(f"extract (all stages):            {syllables / ours:10.0f} syllables/s  ({ours:.2f} s)")
    print(f"ratio extract / word_tokenize:   {base / ours:.2f}")


if __name__ == "__main__":
    main()
