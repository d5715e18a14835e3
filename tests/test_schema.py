import json

from schemas.export import SCHEMA_PATH, schema_json


def test_exported_json_schema_matches_the_models():
    assert SCHEMA_PATH.exists(), "run: python -m schemas.export"
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json.loads(schema_json()), (
        "schemas/record.schema.json drifted from schemas/record.py; regenerate with python -m schemas.export"
    )


def test_records_validate_against_the_contract(pipe):
    from schemas.record import Record

    rec = pipe.extract_text("Bà Trần Thị Lan, Giám đốc Sở Y tế, được 95,5 điểm.", "x")
    again = Record.model_validate_json(rec.model_dump_json())
    assert again == rec
    assert set(Record.model_fields) >= {"schema_version", "doc_id", "source", "status", "title", "published_date",
                                        "officials", "organizations", "scores", "elections"}
