"""Crafted inputs at growing sizes: does any stage take super-linear time?

    python benchmarks/bench_hostile.py [--base 20000]

Each family of text is extracted at sizes n, 2n and 4n characters; the time ratio of
consecutive sizes should stay near 2 (linear). Printed per family, with the status
(a document over the time limit becomes a Timeout error record, never a hang).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import build  # noqa: E402

FAMILIES = {
    "capitalized run": "Nguyễn Văn Ông Bà Sở Ban Ủy Hội ",
    "title run": "Phó Chủ tịch Ủy viên Ban Thường vụ Giám đốc ",
    "org heads, no names": "Sở Ban Cục Vụ Phòng Chi cục Trung tâm ",
    "commas and dashes": "Sở, - ; , - : ( ) - , ",
    "numbers": "1.015,25 điểm 12/3/2024 1.1.1.1 ",
    "honorific list": "ông A, bà B, ông C và ",
    "abbreviations": "UBND HĐND Sở GD&ĐT LĐ-TB&XH ",
    "election verbs": "bầu bổ nhiệm giữ chức là làm ",
    "one long sentence": "các đại biểu đã thảo luận về nhiều nội dung quan trọng của tỉnh ",
    "parentheses": "(ông (Phó (Giám đốc (Sở ",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=20_000, help="smallest size in characters")
    ap.add_argument("--time-limit", type=float, default=120.0)
    args = ap.parse_args()
    pipe = build()
    pipe.extract_text("Ông Nguyễn Văn An, Giám đốc Sở Y tế.")  # warm up
    print(f"{'family':22} {'n':>8} {'2n':>8} {'4n':>8}   ratios (linear ~ 2)")
    for name, unit in FAMILIES.items():
        times, statuses = [], []
        for k in (1, 2, 4):
            text = (unit * (args.base * k // len(unit) + 1))[: args.base * k]
            t = time.perf_counter()
            rec = pipe.extract_text(text, name, time_limit=args.time_limit)
            times.append(time.perf_counter() - t)
            statuses.append(rec.status if rec.status == "ok" else rec.error.type)
        ratios = [times[i + 1] / max(times[i], 1e-6) for i in range(2)]
        print(f"{name:22} {times[0]:7.2f}s {times[1]:7.2f}s {times[2]:7.2f}s   "
              f"{ratios[0]:.1f} {ratios[1]:.1f}   {','.join(sorted(set(statuses)))}")


if __name__ == "__main__":
    main()
