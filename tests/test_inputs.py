"""Every input format and encoding, on files the tests make themselves."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from legacy_encode import encode_cp1258, encode_tcvn3, encode_vni

from pipeline.cli import main
from pipeline.decoding import decode_bytes, vietnamese_score
from pipeline.errors import InputError
from pipeline.inputs import InputOptions, iter_items, to_text

TEXT = ("Bổ nhiệm Phó Giám đốc Sở Y tế\n"
        "Chiều 12/3/2024, UBND tỉnh trao quyết định bổ nhiệm ông Nguyễn Văn Hưởng giữ chức "
        "Phó Giám đốc Sở Y tế. Bà Trần Thị Thủy, Giám đốc Sở Nội vụ, đọc quyết định.\n")


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, [json.loads(x) for x in out.getvalue().splitlines() if x.strip()], err.getvalue()


def holders(record) -> set[tuple[str, str | None]]:
    return {(o["name"], p["organization"]) for o in record["officials"] for p in o["positions"]}


EXPECTED = {("Nguyễn Văn Hưởng", "Sở Y tế"), ("Trần Thị Thủy", "Sở Nội vụ")}


# ------------------------------------------------------------------ encodings
@pytest.mark.parametrize("name, data, encoding", [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", TEXT.encode("utf-8-sig"), "utf-8-sig"),
    ("utf-16 LE with BOM", TEXT.encode("utf-16"), "utf-16"),
    ("utf-16 BE with BOM", b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
    ("utf-16 LE without BOM", TEXT.encode("utf-16-le"), "utf-16-le"),
    ("Windows-1258", encode_cp1258(TEXT), "windows-1258"),
    ("VNI-Windows", encode_vni(TEXT), "vni"),
])
def test_encodings_are_detected_and_decoded_exactly(name, data, encoding):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding, name
    assert decoded.text.replace("\r\n", "\n") == TEXT


def test_tcvn3_decodes_with_upper_case_toned_letters_folded():
    # VN3 has codes for lower-case toned letters only (upper-case fonts draw the same codes)
    decoded = decode_bytes(encode_tcvn3(TEXT))
    assert decoded.encoding == "tcvn3"
    assert decoded.text == TEXT
    assert decode_bytes(encode_tcvn3("Ủy ban nhân dân, Ông và Đảng ủy")).text == "ủy ban nhân dân, Ông và Đảng ủy"


def test_wrong_table_reads_as_worse_vietnamese():
    data = encode_tcvn3(TEXT)
    assert vietnamese_score(decode_bytes(data).text) > vietnamese_score(decode_bytes(data, "vni").text)
    assert vietnamese_score(decode_bytes(data).text) > vietnamese_score(data.decode("cp1258", errors="replace"))


def test_forced_encoding_and_unknown_encoding_message():
    assert decode_bytes(encode_vni(TEXT), "vni").text == TEXT
    with pytest.raises(InputError, match="unknown encoding"):
        decode_bytes(b"abc", "no-such-codec")


@pytest.mark.parametrize("suffix, make", [
    ("tcvn3", encode_tcvn3), ("vni", encode_vni), ("cp1258", encode_cp1258),
])
def test_legacy_files_extract_like_unicode(tmp_path, suffix, make):
    f = tmp_path / f"doc-{suffix}.txt"
    f.write_bytes(make(TEXT))
    code, records, err = run(["extract", str(f)])
    assert code == 0, err
    assert holders(records[0]) == EXPECTED


# ------------------------------------------------------------------ formats
def make_html(path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in TEXT.splitlines()[1:])
    path.write_text(
        "<html><head><meta charset='utf-8'><title>Bổ nhiệm Phó Giám đốc Sở Y tế</title>"
        "<meta property='article:published_time' content='2024-03-13T08:00:00+07:00'></head>"
        "<body><nav><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></nav>"
        f"<article><h1>Bổ nhiệm Phó Giám đốc Sở Y tế</h1>{body}"
        "<p>Phát biểu nhận nhiệm vụ, ông Hưởng cảm ơn lãnh đạo tỉnh đã tin tưởng giao trọng trách.</p>"
        "</article><footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh</footer></body></html>",
        encoding="utf-8")


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Bổ nhiệm Phó Giám đốc Sở Y tế"
    for line in TEXT.splitlines():
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Đơn vị", "Điểm"
    table.cell(1, 0).text, table.cell(1, 1).text = "Sở Tư pháp", "961,5 điểm"
    d.save(str(path))


def make_pdf(path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("no DejaVu font to write Vietnamese into a PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(font))
    pdf.set_font("dejavu", size=11)
    for line in TEXT.splitlines():
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_html_main_text_title_and_date(tmp_path):
    f = tmp_path / "page.html"
    make_html(f)
    code, records, err = run(["extract", str(f)])
    assert code == 0, err
    rec = records[0]
    assert holders(rec) == EXPECTED
    assert rec["title"]["value"] == "Bổ nhiệm Phó Giám đốc Sở Y tế"
    assert rec["published_date"] == "2024-03-13"          # from the page metadata
    item = next(iter_items([str(f)]))
    text, meta = to_text(item)
    assert "Trang chủ" not in text and "Bản quyền" not in text  # boilerplate is not main text
    for span in rec["officials"][0]["spans"]:               # offsets point into the text `text` prints
        assert text[span["start"]:span["end"]] == span["text"]


def test_docx_paragraphs_and_tables(tmp_path):
    pytest.importorskip("docx")
    f = tmp_path / "quyet-dinh.docx"
    make_docx(f)
    code, records, err = run(["extract", str(f)])
    assert code == 0, err
    assert holders(records[0]) == EXPECTED
    text, meta = to_text(next(iter_items([str(f)])))
    assert "Sở Tư pháp | 961,5 điểm" in text and meta["title"] == "Bổ nhiệm Phó Giám đốc Sở Y tế"


def test_pdf_text_layer(tmp_path):
    f = tmp_path / "thong-bao.pdf"
    make_pdf(f)
    code, records, err = run(["extract", str(f)])
    assert code == 0, err
    assert holders(records[0]) == EXPECTED


def test_pdf_without_text_and_broken_files_are_error_records(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "broken.docx").write_bytes(b"PK not a zip")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    code, records, err = run(["extract", str(tmp_path)])
    assert code == 1
    assert [r["status"] for r in records] == ["error", "error", "ok"]
    assert all(r["error"]["message"] for r in records[:2])


def test_jsonl_and_csv_with_configured_columns(tmp_path):
    rows = [{"id": "a1", "tieu_de": "Tin một", "noi_dung": TEXT, "ngay": "2024-03-13"},
            {"id": "a2", "tieu_de": "Tin hai", "noi_dung": "Ông Lê Văn Tám, Chủ tịch UBND huyện, phát biểu.",
             "ngay": "2024-03-14"}]
    j = tmp_path / "tin.jsonl"
    j.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    c = tmp_path / "tin.csv"
    with c.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    cols = ["--text-field", "noi_dung", "--id-field", "id", "--title-field", "tieu_de", "--date-field", "ngay"]
    for f in (j, c):
        code, records, err = run(["extract", str(f), *cols])
        assert code == 0, err
        assert [r["source"].rsplit("#", 1)[1] for r in records] == ["a1", "a2"]
        assert holders(records[0]) == EXPECTED
        assert records[0]["title"]["value"] == "Tin một"
        assert records[1]["published_date"] == "2024-03-14"
    code, records, err = run(["extract", str(j), "--text-field", "missing"])
    assert code == 1 and "no 'missing' field" in records[0]["error"]["message"]
    # without --text-field, a table with no text column is not read as documents
    code, records, err = run(["extract", str(c)])
    assert code == 1 and all("--text-field" in r["error"]["message"] for r in records)


def test_gzip_of_each_format(tmp_path):
    make_html(tmp_path / "p.html")
    (tmp_path / "t.txt").write_bytes(encode_vni(TEXT))
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    for name in ("p.html", "t.txt", "d.jsonl"):
        raw = (tmp_path / name).read_bytes()
        (tmp_path / name).unlink()
        (tmp_path / (name + ".gz")).write_bytes(gzip.compress(raw))
    code, records, err = run(["extract", str(tmp_path)])
    # the three hold the same facts; the text file and the JSONL line are the same text: one record
    assert code == 0, err
    assert [r["source"].split("/")[-1] for r in records] == ["d.jsonl.gz#L1", "p.html.gz"]
    assert all(holders(r) == EXPECTED for r in records)
    assert "same content as an earlier document: 1" in err


def test_mixed_folder_extracts_with_one_command(tmp_path):
    pytest.importorskip("docx")
    make_html(tmp_path / "a.html")
    make_docx(tmp_path / "b.docx")
    make_pdf(tmp_path / "c.pdf")
    (tmp_path / "d.txt").write_bytes(encode_tcvn3(TEXT + "Bản tin tiếng Việt mã TCVN3.\n"))
    (tmp_path / "e.txt").write_bytes(encode_vni(TEXT + "Bản tin mã VNI.\n"))
    (tmp_path / "f.txt").write_bytes(encode_cp1258(TEXT + "Bản tin mã Windows-1258.\n"))
    (tmp_path / "g.txt").write_bytes((TEXT + "Bản tin UTF-16.\n").encode("utf-16"))
    (tmp_path / "h.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"title": "Tin", "body": TEXT + "Bản tin JSONL."}, ensure_ascii=False) + "\n").encode()))
    (tmp_path / "i.csv").write_text("text\n\"" + TEXT + "Bản tin CSV.\"\n", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("not an input format", encoding="utf-8")  # ignored in folders
    code, records, err = run(["extract", str(tmp_path)])
    assert code == 0, err
    assert len(records) == 9
    for r in records:
        assert holders(r) == EXPECTED, r["source"]


# ------------------------------------------------------------------ bounds
def test_gzip_bomb_is_capped(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as fh:
        for _ in range(8):
            fh.write(b"a" * (1 << 20))  # 8 MiB of output from a few KiB
    assert bomb.stat().st_size < 100_000
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    code, records, err = run(["extract", str(tmp_path), "--max-file-mb", "2"])
    assert [r["status"] for r in records] == ["error", "ok"]
    assert records[0]["error"]["type"] == "TooLarge" and "cap" in records[0]["error"]["message"]


def test_long_jsonl_line_is_skipped_in_bounded_memory(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"text": "a" * 50_000}) + "\n" + json.dumps({"text": TEXT}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    items = list(iter_items([str(f)], InputOptions(max_line_bytes=10_000)))
    assert items[0].fmt == "error" and items[0].error[0] == "TooLarge"
    assert items[1].source.endswith("#L2") and to_text(items[1])[0] == TEXT


def test_big_file_is_refused_unread(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(TEXT * 2000, encoding="utf-8")
    items = list(iter_items([str(f)], InputOptions(max_file_bytes=10_000)))
    assert items[0].error[0] == "TooLarge" and items[0].data is None


def test_text_command_prints_what_offsets_point_into(tmp_path):
    f = tmp_path / "t.txt"
    f.write_bytes(encode_vni(TEXT))
    out, err = io.StringIO(), io.StringIO()
    assert main(["text", str(f)], stdout=out, stderr=err) == 0
    assert out.getvalue() == TEXT
