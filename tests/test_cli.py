import io
import json

from legacy_encode import encode_cp1258
from pipeline.cli import main

GOOD = "Ông Hà Văn Chiến, Phó Giám đốc Sở Nội vụ, dự họp.\n"


def run(argv, stdin_bytes=None):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.BytesIO(stdin_bytes) if stdin_bytes is not None else None, stdout=out, stderr=err)
    return code, [json.loads(line) for line in out.getvalue().splitlines() if line.strip()], err.getvalue()


def test_folder_recursive_in_order_with_bad_files_reported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_bytes(b"\xff\xfe\x00bad utf16 \xd8")
    (tmp_path / "b" / "d.txt").write_bytes(b"\x00\x01binary\x00\x02")   # not text at all
    (tmp_path / "b" / "e.txt").write_text("   \n", encoding="utf-8")  # empty
    (tmp_path / "b" / "f.txt").write_bytes(encode_cp1258("Ông Lê Thị Hòa, Giám đốc Sở Y tế."))
    (tmp_path / "z.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())  # a.txt again, with a BOM
    code, records, err = run(["extract", str(tmp_path)])
    assert code == 1
    assert [r["source"].split("/")[-1] for r in records] == ["a.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
    assert [r["status"] for r in records] == ["ok", "error", "error", "error", "ok"]
    assert records[2]["error"]["type"] == "DecodeError"
    assert records[3]["error"]["type"] == "EmptyDocument"
    assert "d.txt" in err and "DecodeError" in err and "3 of 5 documents failed" in err
    assert records[0]["officials"][0]["name"] == "Hà Văn Chiến"
    assert records[4]["officials"][0]["positions"][0]["organization"] == "Sở Y tế"  # Windows-1258 decoded
    # z.txt differs from a.txt only by its BOM: same doc_id, one record, counted as a duplicate
    assert "same content as an earlier document: 1" in err


def test_missing_path_gives_an_error_record_and_others_go_through(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    code, records, err = run(["extract", str(tmp_path / "nope.txt"), str(f)])
    assert code == 1
    assert [r["status"] for r in records] == ["error", "ok"]
    assert "no such file" in records[0]["error"]["message"]


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    code, records, err = run(["extract", "-", "-o", str(out)], stdin_bytes=GOOD.encode())
    assert code == 0 and records == []
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == "-"


def test_jsonl_input_one_record_per_line(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"title": "Tin", "body": GOOD}, ensure_ascii=False) + "\n{broken\n"
                 + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    code, records, err = run(["extract", str(f)])
    assert code == 1
    assert [r["status"] for r in records] == ["ok", "error", "ok"]
    assert records[1]["source"].endswith("#L2")


def test_pretty_single_document(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", "--pretty", str(f)], stdout=out, stderr=err) == 0
    assert out.getvalue().startswith("{\n  ")
    assert json.loads(out.getvalue())["status"] == "ok"


def test_bad_models_folder_is_a_clear_usage_error(tmp_path):
    code, records, err = run(["extract", "--models", str(tmp_path), "-"], stdin_bytes=b"x")
    assert code == 2 and "E100" in err and "honorifics.tsv" in err


def test_render_highlights_the_record_spans(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    html_path = tmp_path / "a.html"
    out, err = io.StringIO(), io.StringIO()
    assert main(["render", str(f), "-o", str(html_path)], stdout=out, stderr=err) == 0
    html = html_path.read_text(encoding="utf-8")
    assert "Hà Văn Chiến" in html and "PERSON" in html and "Sở Nội vụ" in html and "ORG" in html


def test_pretty_refuses_several_documents_and_output_folders_are_created(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD + name, encoding="utf-8")
    out_buf, err_buf = io.StringIO(), io.StringIO()
    code = main(["extract", "--pretty", str(tmp_path)], stdout=out_buf, stderr=err_buf)
    assert code == 2 and "single document" in err_buf.getvalue()
    out = tmp_path / "new" / "dir" / "out.jsonl"
    code, _, _ = run(["extract", str(tmp_path / "a.txt"), "-o", str(out)])
    assert code == 0 and out.exists()
