"""People across documents: clustering rules, the hand-made identity set, the officials
command, and upgrading a database made by the first schema version."""

import io
import json

import pytest
from sqlalchemy import select, text

from pipeline.cli import main
from pipeline.store import export_records, open_sink
from pipeline.store import models as m
from pipeline.store.db import connect, current_revision, head_revision, make_engine, upgrade
from pipeline.store.people import Member, cluster
from pipeline.store.people_eval import evaluate

from conftest import ROOT

PEOPLE = ROOT / "corpus" / "people"
SO_Y_TE, UBND = "sở y tế tỉnh hà tĩnh", "ủy ban nhân dân tỉnh hà tĩnh"


def member(i, date, current=(), former=()):
    x = Member(i, "Nguyễn Văn Hùng", None, i, date)
    for title, org in current:
        x.current.add((title, org))
        x.orgs.add(org)
    for title, org in former:
        x.former.add((title, org))
        x.orgs.add(org)
    return x


def ids(groups):
    return sorted(sorted(x.id for x in g) for g in groups)


@pytest.mark.parametrize("members, want", [
    # the same name and nothing else in common: never merged
    ([member(1, "2018-03-12"), member(2, "2019-07-05")], [[1], [2]]),
    ([member(1, "2018", [("giám đốc", SO_Y_TE)]), member(2, "2019", [("giám đốc", "sở y tế thành phố đà nẵng")])],
     [[1], [2]]),
    # a shared organization is evidence; a chain of them links four documents and two posts
    ([member(1, "2018-03-12", [("giám đốc", SO_Y_TE)]), member(2, "2019-07-05", [("giám đốc", SO_Y_TE)]),
      member(3, "2022-01-10", [("phó chủ tịch", UBND)], [("giám đốc", SO_Y_TE)]),
      member(4, "2023-05-15", [("phó chủ tịch", UBND)])], [[1, 2, 3, 4]]),
    # "nguyên Chủ tịch" in 2016, then a current Chủ tịch of the same body in 2021: two people
    ([member(1, "2016-06-01", former=[("chủ tịch", "hội phụ nữ")]), member(2, "2021-10-08", [("chủ tịch", "hội phụ nữ")])],
     [[1], [2]]),
    # … but current first and former later is one career
    ([member(1, "2016-06-01", [("chủ tịch", "hội phụ nữ")]), member(2, "2021-10-08", former=[("chủ tịch", "hội phụ nữ")])],
     [[1, 2]]),
    # a historical date taken for the event date does not split a person
    ([member(1, "1945-09-02", [("thủ tướng", "chính phủ")]), member(2, "2019-01-01", [("thủ tướng", "chính phủ")])],
     [[1, 2]]),
    # undated mentions take part without the date checks
    ([member(1, "", [("giám đốc", SO_Y_TE)]), member(2, "2019", [("giám đốc", SO_Y_TE)])], [[1, 2]]),
])
def test_cluster_rules(members, want):
    assert ids(cluster(members)) == want


def test_a_conflict_with_any_member_blocks_the_merge():
    # 3 shares the body with 1, but 1 was already "former" before 2's current term, and 3 joins 2 first
    a = member(1, "2016", former=[("chủ tịch", "hội")])
    b = member(2, "2020", [("chủ tịch", "hội"), ("ủy viên", "tỉnh ủy")])
    c = member(3, "2021", [("ủy viên", "tỉnh ủy"), ("chủ tịch", "hội")])
    assert ids(cluster([a, b, c])) == [[1], [2, 3]]


def official_record(doc_id, date, name, title, org=None):
    text_ = f"{title} {name}"
    return {"schema_version": "1.0", "doc_id": doc_id, "source": f"{doc_id}.txt", "status": "ok", "error": None,
            "title": None, "published_date": date, "published_date_spans": [], "event_date": None, "event_place": None,
            "byline": None, "read_count": None, "organizations": [], "scores": [], "elections": [], "dates": [],
            "officials": [{"name": name, "honorific": None, "rank": None, "spans": [
                {"start": len(title) + 1, "end": len(text_), "text": name}],
                "positions": [{"title": title, "organization": org, "former": False,
                               "spans": [{"start": 0, "end": len(title), "text": title}]}]}]}


def test_a_national_post_without_a_body_is_evidence_a_bare_title_is_not(db_url):
    with open_sink(db_url) as sink:
        sink.add(official_record("a", "2017-01-05", "Nguyễn Văn Bình", "Thủ tướng"))
        sink.add(official_record("b", "2018-02-06", "Nguyễn Văn Bình", "Thủ tướng", "Chính phủ"))
        sink.add(official_record("c", "2018-03-07", "Trần Văn Nam", "Giám đốc"))
        sink.add(official_record("d", "2019-04-08", "Trần Văn Nam", "Giám đốc"))
    engine = connect(db_url, migrate=False)
    with engine.connect() as conn:
        people = dict(conn.execute(text("SELECT o.name, count(DISTINCT o.person_id) FROM officials o GROUP BY o.name")).all())
    engine.dispose()
    assert people == {"Nguyễn Văn Bình": 1, "Trần Văn Nam": 2}


def test_hand_made_identities_precision_and_recall(db_url, pipe):
    res = evaluate(PEOPLE, db_url, pipe)
    assert res["not_extracted"] == []
    assert res["wrong_merges"] == []  # three Nguyễn Văn Hùng and two Trần Thị Lan stay apart
    assert res["precision"] == 1.0
    assert res["true_merges"] == 12 and res["recall"] >= 0.85
    # the two pairs missed: a promotion to a body never named together with the earlier post
    assert {(a[0][:3], b[0][:3]) for a, b in res["missed_merges"]} == {("p03", "p11"), ("p04", "p11")}


def run_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    return main(argv, stdout=out, stderr=err), out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def people_records(pipe):
    return [json.loads(pipe.extract_path(f).model_dump_json()) for f in sorted(PEOPLE.glob("*.txt"))]


def test_officials_command_prints_one_timeline_per_person(db_url, people_records):
    with open_sink(db_url) as sink:
        for r in people_records:
            sink.add(r)
    code, out, _ = run_cli(["officials", "--db", db_url, "--name", "NGUYỄN VĂN HÙNG", "--org", "Hà Tĩnh"])
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Nguyễn Văn Hùng  (person ") and lines[0].endswith(", 4 documents)")
    assert [x.split("  ")[1:3] for x in lines[1:]] == [
        ["2018-03-12", "Giám đốc, Sở Y tế tỉnh Hà Tĩnh"],
        ["2019-07-05", "Giám đốc, Sở Y tế tỉnh Hà Tĩnh"],
        ["2022-01-10", "nguyên Giám đốc, Sở Y tế tỉnh Hà Tĩnh"],
        ["2022-01-10", "Phó Chủ tịch, Ủy ban nhân dân tỉnh Hà Tĩnh"],
        ["2023-05-15", "Phó Chủ tịch, Ủy ban nhân dân tỉnh Hà Tĩnh"]]
    code, out, _ = run_cli(["officials", "--db", db_url, "--name", "Trần Thị Lan"])
    assert out.count("Trần Thị Lan  (person") == 2
    code, out, err = run_cli(["officials", "--db", db_url, "--name", "Không Có Ai"])
    assert code == 1 and "no official found" in err


def test_person_ids_are_stable_and_follow_replaced_documents(db_url, people_records):
    def people_of():
        engine = connect(db_url, migrate=False)
        with engine.connect() as conn:
            got = {(s.split("/")[-1], n): p for s, n, p in conn.execute(text(
                "SELECT d.source, o.name, o.person_id FROM officials o JOIN documents d ON d.id = o.document_id"))}
            n_people = conn.execute(text("SELECT count(*) FROM people")).scalar_one()
        engine.dispose()
        return got, n_people

    with open_sink(db_url) as sink:
        for r in people_records:
            sink.add(r)
    first, n_people = people_of()
    assert n_people == 9
    with open_sink(db_url) as sink:  # same load again: nothing moves
        for r in people_records:
            sink.add(r)
    assert people_of() == (first, n_people)
    # p11 now says he is also Chủ tịch UBND huyện Lệ Thủy: that is the evidence that was missing
    p11 = next(r for r in people_records if r["source"].endswith("p11-quang-binh-le-thuy-2024.txt"))
    changed = json.loads(json.dumps(p11))
    hung = next(o for o in changed["officials"] if o["name"] == "Nguyễn Văn Hùng")
    hung["positions"].append({"title": "Chủ tịch", "organization": "Ủy ban nhân dân huyện Lệ Thủy",
                              "former": True, "spans": []})
    with open_sink(db_url) as sink:
        sink.add(changed)
    after, n_after = people_of()
    p11_hung = after[("p11-quang-binh-le-thuy-2024.txt", "Nguyễn Văn Hùng")]
    assert p11_hung == first[("p03-quang-binh-le-thuy-2019.txt", "Nguyễn Văn Hùng")]
    assert n_after == n_people - 1  # the person p11 had alone is gone
    assert {k: v for k, v in after.items() if k[0] != "p11-quang-binh-le-thuy-2024.txt"} == \
        {k: v for k, v in first.items() if k[0] != "p11-quang-binh-le-thuy-2024.txt"}


V1_RECORD = {
    "schema_version": "1.0", "doc_id": "v1doc0000000000000001", "source": "old/khoi-3.txt", "status": "ok",
    "error": None, "title": {"value": "Khối thi đua số 3 tổng kết", "spans": [{"start": 0, "end": 26,
                                                                              "text": "Khối thi đua số 3 tổng kết"}]},
    "published_date": "2019-12-20", "published_date_spans": [{"start": 27, "end": 37, "text": "20/12/2019"}],
    "event_date": None, "event_place": None, "byline": None, "read_count": None,
    "officials": [{"name": "Lê Văn Hoà", "honorific": "ông", "rank": None, "positions": [
        {"title": "Giám đốc", "organization": "Sở Tài chính", "former": False,
         "spans": [{"start": 50, "end": 58, "text": "Giám đốc"}, {"start": 59, "end": 71, "text": "Sở Tài chính"}]}],
        "spans": [{"start": 39, "end": 49, "text": "Lê Văn Hoà"}]}],
    "organizations": [{"name": "Sở Tài chính", "kind": "department",
                       "spans": [{"start": 59, "end": 71, "text": "Sở Tài chính"}]}],
    "scores": [{"holder": "Sở Tài chính", "value": 965.5, "unit": "điểm", "rank": 1, "rank_label": None,
                "period": None, "spans": [{"start": 80, "end": 92, "text": "Sở Tài chính"},
                                          {"start": 100, "end": 110, "text": "965,5 điểm"}]}],
    "elections": [], "dates": [],
}


def insert_v1(conn, rec):
    """The rows the first schema version (0001) held for a record, written as it wrote them."""
    def ins(sql, **params):
        return conn.execute(text(sql + " RETURNING id"), params).scalar_one()

    def spans(doc, field, spans, col=None, owner=None):
        for seq, s in enumerate(spans):
            cols = f", {col}" if col else ""
            conn.execute(text(f"INSERT INTO mentions (document_id, field, seq, start_char, end_char, text{cols}) "
                              f"VALUES (:d, :f, :q, :a, :b, :t{', :o' if col else ''})"),
                         {"d": doc, "f": field, "q": seq, "a": s["start"], "b": s["end"], "t": s["text"], "o": owner})

    doc = ins("INSERT INTO documents (doc_id, source, status, schema_version, content_hash, title, published_date, "
              "loaded_at) VALUES (:i, :s, 'ok', '1.0', 'x', :t, :p, CURRENT_TIMESTAMP)",
              i=rec["doc_id"], s=rec["source"], t=rec["title"]["value"], p=rec["published_date"])
    spans(doc, "title", rec["title"]["spans"])
    spans(doc, "published_date", rec["published_date_spans"])
    org = ins("INSERT INTO organizations (name) VALUES ('Sở Tài chính')")
    o = rec["officials"][0]
    off = ins("INSERT INTO officials (document_id, seq, name, honorific) VALUES (:d, 0, :n, :h)",
              d=doc, n=o["name"], h=o["honorific"])
    spans(doc, "official", o["spans"], "official_id", off)
    pos = ins("INSERT INTO positions (document_id, official_id, seq, title, organization_id, former) "
              "VALUES (:d, :o, 0, 'Giám đốc', :g, :f)", d=doc, o=off, g=org, f=False)
    spans(doc, "position", o["positions"][0]["spans"], "position_id", pos)
    dorg = ins("INSERT INTO document_organizations (document_id, seq, organization_id, kind) "
               "VALUES (:d, 0, :g, 'department')", d=doc, g=org)
    spans(doc, "organization", rec["organizations"][0]["spans"], "document_organization_id", dorg)
    s = rec["scores"][0]
    score = ins("INSERT INTO scores (document_id, seq, holder, value, unit, rank) VALUES (:d, 0, :h, :v, :u, 1)",
                d=doc, h=s["holder"], v=s["value"], u=s["unit"])
    spans(doc, "score", s["spans"], "score_id", score)


def test_a_database_made_by_the_first_schema_version_upgrades_in_place(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:
        assert "people" not in {r[0] for r in conn.execute(text(
            "SELECT table_name FROM information_schema.tables") if engine.dialect.name == "postgresql"
            else text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
        insert_v1(conn, V1_RECORD)
    with pytest.raises(RuntimeError, match="schema is at 0001"):
        connect(db_url, migrate=False)
    code, out, err = run_cli(["db-upgrade", "--db", db_url])
    assert code == 0, err
    assert f"schema 0001 -> {head_revision()}" in out
    with engine.connect() as conn:
        off = conn.execute(select(m.Official.__table__)).one()
        assert off.name_key == "lê văn hòa" and off.person_id is not None  # resolved during the upgrade
        assert conn.execute(select(m.Score.__table__.c.year)).scalar_one() == 2019
        assert conn.execute(select(m.Organization.__table__.c.name_key)).scalar_one() == "sở tài chính"
    assert list(export_records(db_url)) == [V1_RECORD]
    # a record loaded now joins the person made from the old rows (same name, same body)
    newer = json.loads(json.dumps(V1_RECORD))
    newer.update(doc_id="v1doc0000000000000002", source="new/khoi-3-2020.txt", published_date="2020-12-18")
    newer["officials"][0]["name"] = "Lê Văn Hòa"
    with open_sink(db_url) as sink:
        sink.add(newer)
    with engine.connect() as conn:
        assert len(set(conn.scalars(select(m.Official.__table__.c.person_id)))) == 1
    engine.dispose()


def readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sql\n", 1)[1].split("```", 1)[0]
    return [q.strip() for q in block.split(";") if q.strip()]


def test_readme_queries_run_on_both_backends(db_url, people_records, sample_records):
    with open_sink(db_url) as sink:
        for r in sample_records + people_records:
            sink.add(r)
    engine = connect(db_url, migrate=False)
    with engine.connect() as conn:
        scores, holders, timeline = (conn.execute(text(q)).all() for q in readme_queries())
    engine.dispose()
    assert [(r.year, r.rank, r.holder, r.value) for r in scores] == [
        (2019, 1, "Sở Tài chính", 965.5), (2019, 2, "Sở Tư pháp", 958.0),
        (2019, 3, "Sở Nông nghiệp và Phát triển nông thôn", 951.75), (2019, None, "Sở Xây dựng", 902.0)]
    assert [(r.name, r.date) for r in holders] == [
        ("Trần Quốc Bảo", "2018-03-12"), ("Trần Quốc Bảo", "2019-07-05"),
        ("Nguyễn Văn Hùng", "2022-01-10"), ("Nguyễn Văn Hùng", "2023-05-15")]
    assert [(r.date, r.title, r.organization, r.former) for r in timeline] == [
        ("2018-03-12", "Giám đốc", "Sở Y tế tỉnh Hà Tĩnh", False),
        ("2019-07-05", "Giám đốc", "Sở Y tế tỉnh Hà Tĩnh", False),
        ("2022-01-10", "Giám đốc", "Sở Y tế tỉnh Hà Tĩnh", True),
        ("2022-01-10", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", False),
        ("2023-05-15", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", False)]
    assert all(r.text == r.title for r in timeline)  # the evidence span of each post is its title
