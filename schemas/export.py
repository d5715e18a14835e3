"""JSON Schema of the record, exported to ``schemas/record.schema.json``."""

from __future__ import annotations

import json
from pathlib import Path

from .record import Record

SCHEMA_PATH = Path(__file__).resolve().parent / "record.schema.json"


def schema_json() -> str:
    return json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_json(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
