"""Generate a synthetic archive of short Vietnamese reports, for scale and resume runs.

    python benchmarks/make_archive.py 100000 -o /tmp/archive.jsonl.gz

Every document is different (its own people, bodies, dates and numbers), built from
sentence frames we wrote and the project's own gazetteers (surnames, titles,
organizations under models/), so no third-party text is involved. Documents are
short (about 80-150 syllables) so that 100,000 of them run in minutes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Quốc", "Thanh", "Hữu", "Xuân", "Hồng", "Kim", "Công"]
GIVEN = ["An", "Bình", "Chiến", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Khánh", "Lan", "Linh",
         "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trung", "Tú",
         "Tuấn", "Vân", "Việt", "Yến"]
PROVINCES = ["Nghệ An", "Thanh Hóa", "Quảng Ninh", "Lâm Đồng", "Gia Lai", "Cần Thơ", "Hưng Yên", "Ninh Bình",
             "Tây Ninh", "Đồng Tháp", "Lào Cai", "Huế"]
FRAMES = [
    "{place} - Ngày {d}/{m}/{y}, {org_a} tổ chức hội nghị tổng kết công tác năm {y1}. Dự hội nghị có "
    "{hon1} {p1}, {t1} {org_b}; {hon2} {p2}, {t2} {org_a}. Năm {y1}, đơn vị hoàn thành {n} chỉ tiêu, "
    "trong đó {k} chỉ tiêu vượt kế hoạch. Phát biểu tại hội nghị, {hon1} {g1} đề nghị tiếp tục cải cách "
    "thủ tục hành chính và nâng cao chất lượng phục vụ người dân.",
    "Chiều {d}/{m}, UBND tỉnh {province} tổ chức lễ trao quyết định bổ nhiệm {hon1} {p1} giữ chức "
    "{t1} {org_b}, thời hạn 5 năm kể từ ngày {d}/{m}/{y}. Trước đó, {hon1} {g1} là Phó Trưởng phòng "
    "thuộc {org_a}. {t2} {org_a} {p2} chúc mừng và đề nghị {hon1} {g1} phát huy năng lực, cùng tập "
    "thể lãnh đạo hoàn thành {n} nhiệm vụ trọng tâm của năm {y}.",
    "Khối thi đua số {k} tổng kết năm {y1}. Theo kết quả chấm điểm, {org_a} đạt {s1} điểm, xếp thứ nhất; "
    "{org_b} đạt {s2} điểm, xếp thứ hai. Hội nghị đã bầu {org_a} làm Khối trưởng năm {y}, {org_b} làm "
    "Khối phó. {hon1} {p1}, {t1} {org_a}, thay mặt các đơn vị trong khối ký giao ước thi đua.",
]


def _names(rng: random.Random) -> list[str]:
    rows = (ROOT / "models" / "surnames.tsv").read_text(encoding="utf-8").splitlines()
    return [r.split("\t")[0] for r in rows[4:] if r and not r.startswith("#") and " " not in r][:60]


def _orgs() -> list[str]:
    out = []
    for row in (ROOT / "models" / "organizations.tsv").read_text(encoding="utf-8").splitlines():
        name = row.split("\t")[0]
        if name.startswith(("Sở ", "Ban ", "Văn phòng ")) and "tỉnh" not in name:
            out.append(name)
    return out


def documents(n: int, seed: int = 7) -> Iterator[dict]:
    rng = random.Random(seed)
    surnames, orgs = _names(rng), _orgs()
    titles = ["Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Trưởng ban", "Phó Trưởng ban"]
    for i in range(n):
        def person():
            return f"{rng.choice(surnames)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        p1, p2 = person(), person()
        org_a, org_b = rng.sample(orgs, 2)
        y = rng.randint(2015, 2025)
        fields = dict(
            place=rng.choice(PROVINCES).upper(), province=rng.choice(PROVINCES), d=rng.randint(1, 28),
            m=rng.randint(1, 12), y=y, y1=y - 1, org_a=org_a, org_b=org_b, p1=p1, p2=p2,
            g1=p1.split()[-1], hon1=rng.choice(["ông", "bà", "đồng chí"]), hon2=rng.choice(["ông", "bà"]),
            t1=rng.choice(titles), t2=rng.choice(titles), n=rng.randint(10, 40), k=rng.randint(1, 9),
            s1=f"{rng.randint(930, 990)},{rng.randint(0, 9)}", s2=f"{rng.randint(880, 929)},{rng.randint(0, 9)}",
        )
        body = rng.choice(FRAMES).format(**fields)
        yield {"id": f"doc-{i:07d}", "title": f"Bản tin số {i + 1}: {org_a} năm {y}", "body": body}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", required=True, help=".jsonl or .jsonl.gz")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    opener = gzip.open if args.output.endswith(".gz") else open
    with opener(args.output, "wt", encoding="utf-8") as fh:
        for doc in documents(args.n, args.seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} documents to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
