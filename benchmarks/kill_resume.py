"""Kill -9 in the middle of a bulk run, then --resume: is every document there exactly once?

    python benchmarks/kill_resume.py [--docs 10000] [--workers 2] [--kill-at 0.5]

Makes a synthetic archive (make_archive.py), starts `run_pipeline.py extract … -o OUT`,
sends SIGKILL to the whole process group (reader and workers) once OUT holds the given
share of the documents, runs the same command with --resume, and checks the output:
one line per input document, no duplicate source or doc_id, every line valid JSON, the
lines of the killed run kept byte for byte. Exit code 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_archive import documents  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--kill-at", type=float, default=0.5, help="share of documents written before the kill")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kill-resume-"))
    archive, out = tmp / "archive.jsonl", tmp / "out.jsonl"
    with archive.open("w", encoding="utf-8") as fh:
        for doc in documents(args.docs):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(ROOT / "run_pipeline.py"), "extract", str(archive), "-o", str(out),
           "--workers", str(args.workers), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, start_new_session=True)
    target = int(args.docs * args.kill_at)
    while proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= target:
            break
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = out.read_bytes()
    newline = b"\n"
    print(f"killed after {time.perf_counter() - t0:.0f} s with {before.count(newline)} of {args.docs} lines written "
          f"({len(before)} bytes; last byte is a newline: {before.endswith(newline)})")
    t1 = time.perf_counter()
    resumed = subprocess.run(cmd + ["--resume"], capture_output=True, text=True)
    print(f"--resume finished in {time.perf_counter() - t1:.0f} s, exit code {resumed.returncode}")
    lines = out.read_bytes().splitlines()
    records = [json.loads(line) for line in lines]
    sources = [r["source"] for r in records]
    ids = [r["doc_id"] for r in records]
    checks = {
        "one line per input document": len(lines) == args.docs,
        "no source twice": len(set(sources)) == len(sources),
        "no doc_id twice": len(set(ids)) == len(ids),
        "every input line present": {s.rsplit("#L", 1)[1] for s in sources} == {str(i) for i in range(1, args.docs + 1)},
        "killed run's lines kept": out.read_bytes().startswith(before),
        "all ok": all(r["status"] == "ok" for r in records),
    }
    for name, ok in checks.items():
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
