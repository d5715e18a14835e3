import io
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.conll_eval import Scores, parse_map, read_conll, score
from pipeline.evaluate import evaluate_pairs
from pipeline.gold import GoldError, ground

DATA = Path(__file__).parent / "data"
MAP = "NAME=PERSON,ORGANIZATION=ORG,JOB=TITLE"


# ------------------------------------------------------------------ CoNLL
def test_syllable_and_word_level_files_give_the_same_entities():
    a = read_conll(DATA / "ner_syllables.conll", parse_map(MAP))
    b = read_conll(DATA / "ner_words.conll", parse_map(MAP))
    assert [(s.text, s.gold) for s in a] == [(s.text, s.gold) for s in b]
    first = a[0]
    assert [(first.text[s:e], t) for s, e, t in first.gold] == [
        ("Phó Chủ tịch", "TITLE"), ("UBND tỉnh Quảng Nam", "ORG"), ("Trần Văn Hùng", "PERSON")]
    # LOCATION is not in the map, so it is not scored
    assert all(t != "LOCATION" for s in a for *_, t in s.gold)


@pytest.mark.parametrize(
    "gold, pred, strict, partial",
    [
        ([(0, 5, "PERSON")], [(0, 5, "PERSON")], (1.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
        ([(0, 5, "PERSON")], [(0, 3, "PERSON")], (0.0, 0.0, 0.0), (0.5, 0.5, 0.5)),
        ([(0, 5, "PERSON")], [(0, 5, "ORG")], (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)),  # partial ignores type
        ([(0, 5, "PERSON"), (10, 20, "ORG")], [(0, 5, "PERSON")], (1.0, 0.5, 2 / 3), (1.0, 0.5, 2 / 3)),
    ],
)
def test_entity_scoring_conventions(gold, pred, strict, partial):
    by_type: dict[str, Scores] = {}
    score(gold, pred, by_type)
    assert by_type["ALL"].strict() == pytest.approx(strict)
    assert by_type["ALL"].partial_prf() == pytest.approx(partial)


def test_conll_command_reports_ours_and_underthesea(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    code = main(["evaluate", "--conll", str(DATA / "ner_syllables.conll"), "--map", MAP,
                 "--json", str(tmp_path / "r.json")], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    text = out.getvalue()
    assert "ours" in text and "underthesea.ner" in text
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["ours"]["ALL"]["gold"] == 12 and data["underthesea.ner"]["ALL"]["gold"] == 12
    assert data["ours"]["ALL"]["strict"]["f1"] > data["underthesea.ner"]["ALL"]["strict"]["f1"]


def test_bad_map_is_a_clear_error():
    err = io.StringIO()
    assert main(["evaluate", "--conll", str(DATA / "ner_words.conll"), "--map", "NAME"], stdout=io.StringIO(), stderr=err) == 1
    assert "SOURCE=TARGET" in err.getvalue()


# ------------------------------------------------------------------- gold
TEXT = "Tin ngắn\nUỷ ban nhân dân tỉnh họp. Ông Trần Văn An, Giám đốc Sở Y tế, dự. Sở Y tế đạt 95,5 điểm.\n"
GOLD = {
    "split": "dev", "title": "Tin ngắn",
    "officials": [{"name": "Trần Văn An", "honorific": "ông", "mentions": [{"text": "Trần Văn An", "all": True}],
                   "positions": [{"title": "Giám đốc", "organization": "Sở Y tế", "former": False,
                                  "evidence": [{"text": "Giám đốc", "nth": 1}, {"text": "Sở Y tế", "nth": 1}]}]}],
    "organizations": [{"name": "Ủy ban nhân dân tỉnh", "mentions": [{"text": "Uỷ ban nhân dân tỉnh", "nth": 1}]},
                      {"name": "Sở Y tế", "mentions": [{"text": "Sở Y tế", "all": True}]}],
    "scores": [{"holder": "Sở Y tế", "value": 95.5, "unit": "điểm", "rank": None, "period": None,
                "evidence": [{"text": "Sở Y tế", "nth": 2}, {"text": "95,5 điểm", "nth": 1}]}],
    "elections": [], "dates": [],
}


def test_ground_resolves_nth_and_all_and_rejects_what_is_not_there():
    g = ground(GOLD, TEXT)
    assert [s["text"] for s in g["organizations"][1]["spans"]] == ["Sở Y tế", "Sở Y tế"]
    assert TEXT[g["scores"][0]["spans"][1]["start"]:g["scores"][0]["spans"][1]["end"]] == "95,5 điểm"
    bad = json.loads(json.dumps(GOLD))
    bad["organizations"][1]["mentions"] = [{"text": "Sở Y tế", "nth": 3}]
    with pytest.raises(GoldError, match="occurs 2 times"):
        ground(bad, TEXT)


def test_strict_and_lenient_differ_on_names_only_normalization_fixes(pipe):
    gold = ground(GOLD, TEXT)
    rec = pipe.extract_text(TEXT, "x").model_dump()
    ev = evaluate_pairs([("x", TEXT, gold, rec)])
    assert ev.micro["officials"]["strict"].f1 == 1.0
    assert ev.micro["positions"]["lenient"].f1 == 1.0
    assert ev.micro["scores"]["strict"].f1 == 1.0
    # a predicted name spelled with old tone placement is lenient-equal but not strict-equal
    rec["organizations"][0]["name"] = "Uỷ ban nhân dân tỉnh"
    ev = evaluate_pairs([("x", TEXT, gold, rec)])
    assert ev.micro["organizations"]["lenient"].f1 == 1.0
    assert ev.micro["organizations"]["strict"].f1 < 1.0
    misses = [e for e in ev.errors if e.mode == "strict" and e.kind == "miss"]
    assert misses and "[Uỷ ban nhân dân tỉnh]" in misses[0].context


def test_evaluate_command_writes_table_json_and_html(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["evaluate", "--gold", str(tmp_path), "--json", str(tmp_path / "r.json"),
                 "--html", str(tmp_path / "r.html")], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "lenient" in out.getvalue() and "organizations" in out.getvalue()
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["micro"]["officials"]["lenient"]["f1"] == 1.0
    assert data["documents"][0]["name"] == "a"
    html = (tmp_path / "r.html").read_text()
    assert "<svg" in html and "Trần Văn An" in html and "PERSON" in html and "gold" in html and "predicted" in html
    # --pred with a record file gives the same numbers as extracting in the run
    recs = tmp_path / "pred.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(recs)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    out2 = io.StringIO()
    assert main(["evaluate", "--gold", str(tmp_path), "--pred", str(recs)], stdout=out2, stderr=io.StringIO()) == 0
    assert out2.getvalue().splitlines()[:8] == out.getvalue().splitlines()[:8]
