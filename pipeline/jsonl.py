"""Reading JSON Lines: one object a line, blank lines skipped, bad lines reported, not fatal."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator


def parse_object(line: str | bytes, lineno: int) -> dict:
    """One line as a JSON object; ValueError with a message that names the line otherwise."""
    try:
        obj = json.loads(line)
    except UnicodeDecodeError as exc:
        raise ValueError(f"line {lineno} is not UTF-8: {exc.reason}") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON on line {lineno}: {exc.msg}") from exc
    if not isinstance(obj, dict):
        raise ValueError(f"line {lineno} is not a JSON object")
    return obj


def iter_jsonl_objects(lines: Iterable[str], path: str) -> Iterator[tuple[str, dict | None, str | None]]:
    """(source ``path#L<n>``, the object or None, problem or None) for each non-blank line."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source = f"{path}#L{lineno}"
        try:
            yield source, parse_object(line, lineno), None
        except ValueError as exc:
            yield source, None, str(exc)
