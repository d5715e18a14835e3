"""Reading JSON Lines: one object a line, blank lines skipped, bad lines reported, not fatal."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator


def iter_jsonl_objects(lines: Iterable[str], path: str) -> Iterator[tuple[str, dict | None, str | None]]:
    """(source ``path#L<n>``, the object or None, problem or None) for each non-blank line."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source = f"{path}#L{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield source, None, f"invalid JSON on line {lineno}: {exc.msg}"
            continue
        if not isinstance(obj, dict):
            yield source, None, f"line {lineno} is not a JSON object"
            continue
        yield source, obj, None
