"""The seed document's record must be right in every field the project promises."""

import pytest

from conftest import SEED, assert_grounded


@pytest.fixture(scope="module")
def record(pipe, seed_text):
    return pipe.extract_path(SEED)


def test_document_facts(record):
    assert record.status == "ok"
    assert record.title.value == "Khối thi đua số 4 tổng kết giao ước thi đua năm 2017"
    assert record.published_date == "2018-01-15"
    assert record.published_date_spans[0].text == "15.01.2018"
    assert record.read_count.value == 84
    assert record.event_date.value == "2017-01-12"
    assert record.event_place.value == "hội trường Sở Y tế"
    assert record.byline.value == "HC"


def test_officials_with_all_four_positions(record):
    got = {
        (o.name, o.honorific): [(p.title, p.organization, p.former) for p in o.positions]
        for o in record.officials
    }
    assert got == {
        ("Lưu Thị Ngọc Sương", "bà"): [
            ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh", False),
            ("Thành viên", "Hội đồng Thi đua - Khen thưởng tỉnh", False),
        ],
        ("Hà Văn Chiến", "ông"): [
            ("Phó Giám đốc", "Sở Nội vụ", False),
            ("Trưởng ban", "Ban Thi đua - Khen thưởng tỉnh", False),
        ],
    }
    suong = next(o for o in record.officials if o.name == "Lưu Thị Ngọc Sương")
    assert len(suong.spans) == 2  # the later "bà Lưu Thị Ngọc Sương" is the same person


def test_every_organization_with_the_terse_list_expanded(record):
    names = {o.name for o in record.organizations}
    assert names == {
        "Khối thi đua số 4",
        "Sở Y tế",
        "Hội đồng nhân dân tỉnh",
        "Hội đồng Thi đua - Khen thưởng tỉnh",
        "Sở Nội vụ",
        "Ban Thi đua - Khen thưởng tỉnh",
        "Sở Giáo dục và Đào tạo",
        "Sở Văn hóa và Thể thao",
        "Sở Lao động, Thương binh và Xã hội",
        "Sở Khoa học và Công nghệ",
        "Sở Du lịch",
        "Ban Dân tộc tỉnh",
        "Ủy ban nhân dân tỉnh",
    }
    du_lich = next(o for o in record.organizations if o.name == "Sở Du lịch")
    assert [s.text for s in du_lich.spans] == ["Du lịch"]
    ubnd = next(o for o in record.organizations if o.name == "Ủy ban nhân dân tỉnh")
    assert [s.text for s in ubnd.spans] == ["UBND tỉnh"]


def test_three_scores_with_holders_and_ranks(record):
    got = [(s.holder, s.value, s.unit, s.rank, s.rank_label, s.period) for s in record.scores]
    assert got == [
        ("Sở Lao động, Thương binh và Xã hội", 961.5, "điểm", 1, "highest", "2017"),
        ("Sở Khoa học và Công nghệ", 961.0, "điểm", 2, None, "2017"),
        ("Sở Văn hóa và Thể thao", 831.3, "điểm", None, "lowest", "2017"),
    ]
    assert [s.spans[1].text for s in record.scores] == ["961,5 điểm", "961 điểm", "831,3 điểm"]


def test_two_elected_roles(record):
    got = [(e.kind, e.role, e.holder, e.term, e.body) for e in record.elections]
    assert got == [
        ("elected", "Khối trưởng", "Sở Văn hóa và Thể thao", "2018", "Khối thi đua số 4"),
        ("elected", "Khối phó", "Sở Lao động, Thương binh và Xã hội", "2018", "Khối thi đua số 4"),
    ]


def test_dates(record):
    values = {(d.value, d.kind) for d in record.dates}
    assert {("2018-01-15", "date_numeric"), ("2017-01-12", "date_numeric"), ("2018-Q1", "quarter"),
            ("2016/2020", "range"), ("2017", "year"), ("2018", "year")} == values


def test_grounded(record, seed_text):
    assert_grounded(record, seed_text)
