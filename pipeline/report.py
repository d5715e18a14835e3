"""Self-contained HTML report of an evaluation: a per-slot chart, the score table, and
each document with its gold and predicted spans highlighted and its errors listed."""

from __future__ import annotations

import html

from .evaluate import SLOTS, Evaluation
from .visualize import COLORS, render_fragment

CSS = """
body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}.doc{border-top:2px solid #888;margin-top:2rem;padding-top:1rem}
.cols{display:flex;gap:1.5rem}.cols>div{flex:1;min-width:0}.err{font-size:.9rem}.miss{color:#b00}.spur{color:#a60}
.legend span{display:inline-block;padding:.1rem .5rem;margin-right:.4rem;border-radius:.3rem}
h3{margin:.2rem 0}.small{font-size:.85rem;color:#555}
"""


def _chart(ev: Evaluation) -> str:
    """Grouped horizontal bars: strict and lenient F1 per slot (inline SVG)."""
    row_h, bar_h, left, width = 46, 16, 130, 520
    height = row_h * len(SLOTS) + 40
    parts = [f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{left + width + 130}" height="{height}" '
             f'role="img" aria-label="F1 per slot">']
    for k in range(0, 11, 2):
        x = left + width * k / 10
        parts.append(f'<line x1="{x}" y1="10" x2="{x}" y2="{height - 25}" stroke="#ddd"/>'
                     f'<text x="{x}" y="{height - 8}" font-size="11" text-anchor="middle">{k / 10:.1f}</text>')
    for i, slot in enumerate(SLOTS):
        y = 14 + i * row_h
        parts.append(f'<text x="{left - 8}" y="{y + bar_h + 4}" font-size="13" text-anchor="end">{slot}</text>')
        for j, (mode, color) in enumerate((("strict", "#4c78a8"), ("lenient", "#f58518"))):
            f1 = ev.micro[slot][mode].f1
            yy = y + j * (bar_h + 2)
            parts.append(f'<rect x="{left}" y="{yy}" width="{width * f1:.1f}" height="{bar_h}" fill="{color}">'
                         f'<title>{slot} {mode} F1 {f1:.3f}</title></rect>'
                         f'<text x="{left + width * f1 + 4:.1f}" y="{yy + bar_h - 3}" font-size="11">{f1:.3f}</text>')
    parts.append(f'<rect x="{left + width + 50}" y="14" width="10" height="10" fill="#4c78a8"/>'
                 f'<text x="{left + width + 64}" y="23" font-size="11">strict</text>'
                 f'<rect x="{left + width + 50}" y="30" width="10" height="10" fill="#f58518"/>'
                 f'<text x="{left + width + 64}" y="39" font-size="11">lenient</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(ev: Evaluation) -> str:
    rows = ["<tr><th>slot</th><th>strict P</th><th>R</th><th>F1</th><th>lenient P</th><th>R</th><th>F1</th>"
            "<th>gold</th><th>predicted</th></tr>"]
    for slot in SLOTS:
        s, l_ = ev.micro[slot]["strict"], ev.micro[slot]["lenient"]
        rows.append(f"<tr><td>{slot}</td><td>{s.precision:.3f}</td><td>{s.recall:.3f}</td><td><b>{s.f1:.3f}</b></td>"
                    f"<td>{l_.precision:.3f}</td><td>{l_.recall:.3f}</td><td><b>{l_.f1:.3f}</b></td>"
                    f"<td>{l_.tp + l_.fn}</td><td>{l_.tp + l_.fp}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def render_report(ev: Evaluation, docs: list[tuple[str, str, dict, dict]], title: str = "Extraction accuracy") -> str:
    """docs: (name, text, gold dict, record dict) in the evaluated order."""
    legend = "".join(f'<span style="background:{c}">{lab}</span>' for lab, c in COLORS.items())
    out = [f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
           f"<style>{CSS}</style></head><body><h1>{html.escape(title)}</h1>",
           f"<p class='small'>{len(docs)} documents; micro-averaged over all of them. Strict: exact values and "
           f"spans. Lenient: names compared without case, tone placement, spacing and punctuation.</p>",
           _chart(ev), _table(ev), f"<p class='legend'>{legend}</p>"]
    by_doc = {}
    for e in ev.errors:
        if e.mode == "lenient":
            by_doc.setdefault(e.doc, []).append(e)
    results = {d.name: d for d in ev.documents}
    for name, text, gold, record in docs:
        dr = results[name]
        f1s = " · ".join(f"{slot} {dr.slots[slot]['lenient'].f1:.2f}" for slot in SLOTS)
        errs = by_doc.get(name, [])
        err_html = "".join(
            f"<li class='{'miss' if e.kind == 'miss' else 'spur'}'><b>{e.kind}</b> {e.slot}: {html.escape(e.item)}"
            f"<br><span class='small'>{html.escape(e.context)}</span></li>" for e in errs) or "<li>none</li>"
        out.append(f"<div class='doc' id='{html.escape(name)}'><h2>{html.escape(name)}</h2>"
                   f"<p class='small'>lenient F1: {f1s}</p><div class='cols'>"
                   f"<div><h3>gold</h3>{render_fragment(text, gold)}</div>"
                   f"<div><h3>predicted</h3>{render_fragment(text, record)}</div></div>"
                   f"<h3>errors (lenient)</h3><ul class='err'>{err_html}</ul></div>")
    out.append("</body></html>")
    return "".join(out)
