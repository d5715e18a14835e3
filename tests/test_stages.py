"""Per-stage behaviour on short phrasings written for these tests (invented names)."""

import pytest

from pipeline.entities import parse_number


@pytest.mark.parametrize(
    "text, value",
    [("961,5", 961.5), ("961", 961.0), ("1.234,5", 1234.5), ("1.015,25", 1015.25), ("1.015", 1015.0),
     ("98.5", 98.5), ("0,75", 0.75), ("12.345.678", 12345678.0), ("abc", None), ("", None)],
)
def test_vietnamese_numbers(text, value):
    assert parse_number(text) == value


def mentions(pipe, text, label):
    doc = pipe.run(text)
    return [(m.canonical, text[slice(*doc.span_of(m.i, m.j))]) for m in doc.mentions[label]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ngày 12/01/2017, hội nghị", [("2017-01-12", "12/01/2017")]),
        ("ký ngày 15.01.2018.", [("2018-01-15", "15.01.2018")]),
        ("Ngày 3 tháng 4 năm 2021 tại", [("2021-04-03", "Ngày 3 tháng 4 năm 2021")]),
        ("trong quý I/2018 và quí 3/2019", [("2018-Q1", "quý I/2018"), ("2019-Q3", "quí 3/2019")]),
        ("nhiệm kỳ 2021-2026", [("2021/2026", "2021-2026")]),
        ("Ngày 21-12, khối họp", [("--12-21", "Ngày 21-12")]),
        ("Sáng 13/9, đại hội", [("--09-13", "Sáng 13/9")]),
        ("tháng 7/2025 và năm 2024", [("2025-07", "tháng 7/2025"), ("2024", "năm 2024")]),
        ("ngày 31/02/2020 không có", []),
    ],
)
def test_dates(pipe, text, expected):
    assert mentions(pipe, text, "DATE") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lãnh đạo Sở GD&ĐT dự họp.", [("Sở Giáo dục và Đào tạo", "Sở GD&ĐT")]),
        ("Làm việc với UBND tỉnh Quảng Nam.", [("Ủy ban nhân dân tỉnh Quảng Nam", "UBND tỉnh Quảng Nam")]),
        ("Đại diện Sở Lao động, Thương binh và Xã hội tỉnh phát biểu.",
         [("Sở Lao động, Thương binh và Xã hội tỉnh", "Sở Lao động, Thương binh và Xã hội tỉnh")]),
        ("Lãnh đạo các Bộ: Công an, Quốc phòng và Ngoại giao.",
         [("Bộ Công an", "Công an"), ("Bộ Quốc phòng", "Quốc phòng"), ("Bộ Ngoại giao", "Ngoại giao")]),
        ("Khối thi đua số 4 họp tổng kết.", [("Khối thi đua số 4", "Khối thi đua số 4")]),
        ("Uỷ ban nhân dân tỉnh Khánh Hoà ban hành.", [("Ủy ban nhân dân tỉnh Khánh Hòa", "Uỷ ban nhân dân tỉnh Khánh Hoà")]),
        ("Sở dĩ như vậy là do thời tiết.", []),
    ],
)
def test_organizations(pipe, text, expected):
    assert mentions(pipe, text, "ORG") == expected


def officials(pipe, text):
    rec = pipe.extract_text(text, "t")
    return {o.name: (o.honorific, o.rank, [(p.title, p.organization, p.former) for p in o.positions], len(o.spans))
            for o in rec.officials}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Phát biểu tại hội nghị, Phó Chủ tịch Hội Luật gia Việt Nam Dương Thành Bắc cho biết.",
         {"Dương Thành Bắc": (None, None, [("Phó Chủ tịch", "Hội Luật gia Việt Nam", False)], 1)}),
        ("Dự có các đồng chí: Nguyễn Văn An - Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; "
         "Trần Thị Bình - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
         {"Nguyễn Văn An": ("đồng chí", None, [("Ủy viên", "Ban Chấp hành Trung ương Đảng", False),
                                               ("Bí thư", "Tỉnh ủy", False),
                                               ("Chủ tịch", "Hội đồng nhân dân tỉnh", False)], 1),
          "Trần Thị Bình": ("đồng chí", None, [("Phó Bí thư", "Tỉnh ủy", False),
                                               ("Chủ tịch", "Ủy ban nhân dân tỉnh", False)], 1)}),
        ("Đến dự có ông Lê Văn Cường, nguyên Phó Chủ tịch UBND tỉnh.",
         {"Lê Văn Cường": ("ông", None, [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", True)], 1)}),
        ("Trung tướng Phạm Văn Dũng, Tư lệnh Quân khu 5, kiểm tra đơn vị.",
         {"Phạm Văn Dũng": (None, "Trung tướng", [("Tư lệnh", "Quân khu 5", False)], 1)}),
        ("Bà Hồ Thị Em, Giám đốc Sở Y tế, báo cáo. Theo bà Em, dịch đã được kiểm soát.",
         {"Hồ Thị Em": ("bà", None, [("Giám đốc", "Sở Y tế", False)], 2)}),
    ],
)
def test_officials_and_positions(pipe, text, expected):
    assert officials(pipe, text) == expected


@pytest.mark.parametrize(
    "text, name, position",
    [
        ("Bà Hồ Thị Lan - Bí thư huyện uỷ Hướng Hoá vừa được điều động.", "Hồ Thị Lan", ("Bí thư", "Huyện ủy Hướng Hóa")),
        ("Ông Lê Quang Nam, Bí thư Quận ủy Cẩm Lệ, phát biểu.", "Lê Quang Nam", ("Bí thư", "Quận ủy Cẩm Lệ")),
        ("Ông Vũ Văn Khải, Chi cục trưởng Chi cục Bảo vệ môi trường, báo cáo.", "Vũ Văn Khải",
         ("Chi cục trưởng", "Chi cục Bảo vệ môi trường")),
    ],
)
def test_bodies_written_in_lower_case_or_with_lower_case_name_words(pipe, text, name, position):
    got = officials(pipe, text)
    assert [(t, o) for t, o, _ in got[name][2]] == [position]


def test_title_chain_running_into_the_next_name_belongs_to_that_name(pipe):
    got = officials(pipe, "Dự lễ có Chủ tịch nước Trần Văn Quân, Chủ tịch Quốc hội Nguyễn Thị Ngân "
                          "và Thủ tướng Chính phủ Lê Văn Phú.")
    assert {name: pos for name, (_, _, pos, _) in got.items()} == {
        "Trần Văn Quân": [("Chủ tịch nước", None, False)],
        "Nguyễn Thị Ngân": [("Chủ tịch", "Quốc hội", False)],
        "Lê Văn Phú": [("Thủ tướng", "Chính phủ", False)],
    }


def test_org_less_repeat_of_a_title_is_folded_into_the_full_position(pipe):
    got = officials(pipe, "Bộ trưởng Bộ Công Thương Trần Văn Nam phát biểu. Sau đó, Bộ trưởng Trần Văn Nam đi thăm nhà máy.")
    assert got == {"Trần Văn Nam": (None, None, [("Bộ trưởng", "Bộ Công Thương", False)], 2)}


def test_election_with_role_org_term_and_body(pipe):
    rec = pipe.extract_text("HĐND tỉnh đã bầu ông Nguyễn Văn Phúc giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.", "t")
    got = [(e.kind, e.role, e.organization, e.holder, e.term, e.body) for e in rec.elections]
    assert got == [("elected", "Chủ tịch", "Ủy ban nhân dân tỉnh", "Nguyễn Văn Phúc", "2021-2026", "Hội đồng nhân dân tỉnh")]
    assert rec.officials[0].positions[0].title == "Chủ tịch"


def test_appointment(pipe):
    rec = pipe.extract_text("Sáng nay, Giám đốc Sở Nội vụ trao quyết định bổ nhiệm bà Đỗ Thị Hoa giữ chức Phó Giám đốc Sở Y tế.", "t")
    got = [(e.kind, e.role, e.organization, e.holder) for e in rec.elections]
    assert got == [("appointed", "Phó Giám đốc", "Sở Y tế", "Đỗ Thị Hoa")]


def test_scores_with_ranks_after_the_number(pipe):
    rec = pipe.extract_text("Kết quả năm 2020: Sở Tư pháp đạt 965,5 điểm, xếp thứ nhất; Sở Tài chính đạt 958 điểm, xếp thứ hai; "
                            "Sở Xây dựng đạt 1.001,25 điểm.", "t")
    got = [(s.holder, s.value, s.rank, s.period) for s in rec.scores]
    assert got == [("Sở Tư pháp", 965.5, 1, "2020"), ("Sở Tài chính", 958.0, 2, "2020"), ("Sở Xây dựng", 1001.25, None, "2020")]


def test_points_that_are_places_are_not_scores(pipe):
    rec = pipe.extract_text("Sở Y tế bố trí 3 điểm tiêm và 5 điểm trường.", "t")
    assert rec.scores == []


def test_flattened_score_table_ranks_from_list_numbers(pipe):
    rec = pipe.extract_text("Kết quả xếp hạng như sau: 1. Sở Tư pháp: 992,5 điểm; 2. Sở Y tế: 988 điểm; "
                            "3. Tỉnh đoàn: 970,25 điểm.", "t")
    assert [(s.holder, s.value, s.rank) for s in rec.scores] == [
        ("Sở Tư pháp", 992.5, 1), ("Sở Y tế", 988.0, 2), ("Tỉnh đoàn", 970.25, 3)]


def test_bloc_named_by_lowercase_description_and_suy_ton(pipe):
    rec = pipe.extract_text("Khối thi đua các cơ quan tổng hợp tổng kết năm 2021. Các thành viên đã suy tôn "
                            "Sở Tư pháp làm Khối trưởng năm 2022, Thanh tra tỉnh làm Khối phó.", "t")
    assert "Khối thi đua các cơ quan tổng hợp" in {o.name for o in rec.organizations}
    assert [(e.kind, e.role, e.holder, e.term) for e in rec.elections] == [
        ("elected", "Khối trưởng", "Sở Tư pháp", "2022"), ("elected", "Khối phó", "Thanh tra tỉnh", "2022")]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Dự có ông Khổng Văn Bảo, Ủy viên Ban Thường vụ, Trưởng ban Ban Tổ chức Tỉnh ủy.", "Khổng Văn Bảo",
         [("Ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Trưởng ban", "Ban Tổ chức Tỉnh ủy")]),
        ("Đồng chí Nguyễn Đăng Quỳnh, Tỉnh uỷ viên, Giám đốc Sở Y tế, dự họp.", "Nguyễn Đăng Quỳnh",
         [("Ủy viên", "Tỉnh ủy"), ("Giám đốc", "Sở Y tế")]),
        ("Thượng tá Trần Quốc Việt, Trưởng Công an huyện Đức Hoà, báo cáo.", "Trần Quốc Việt",
         [("Trưởng", "Công an huyện Đức Hòa")]),
        ("Ông Hà Công Nghị, Phó Trưởng phòng Tổ chức cán bộ, công bố quyết định.", "Hà Công Nghị",
         [("Phó Trưởng phòng", "Phòng Tổ chức cán bộ")]),
    ],
)
def test_position_conventions(pipe, text, name, expected):
    got = officials(pipe, text)
    assert [(t, o) for t, o, _ in got[name][2]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PGS.TS Lý Thế Phong, Viện trưởng Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam; ông A.",
         ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"]),
        ("Chủ tịch UBND xã Hưng Hà Vũ Thị Xoan chia sẻ.", ["Ủy ban nhân dân xã Hưng Hà"]),
        ("Trường THPT chuyên Lê Quý Đôn đón nhận Huân chương.", ["Trường Trung học phổ thông chuyên Lê Quý Đôn"]),
        ("Trình Ban Thường vụ LĐLĐ tỉnh xem xét.", ["Ban Thường vụ Liên đoàn Lao động tỉnh"]),
        ("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường phát biểu.", ["Ủy ban Kiểm tra Đảng ủy phường"]),
        ("Khối thi đua các cơ quan văn hóa - xã hội tỉnh Đắk Lắk tổng kết.",
         ["Khối thi đua các cơ quan văn hóa - xã hội tỉnh Đắk Lắk"]),
        ("Bố trí kinh phí cho UBND các xã, phường và HĐND các cấp.", []),
        ("Trường Đại học Đồng Tháp tổ chức hội thảo.", ["Trường Đại học Đồng Tháp"]),
        ("Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an chủ trì.",
         ["Cục Cảnh sát điều tra tội phạm về ma túy", "Bộ Công an"]),
    ],
)
def test_organization_names(pipe, text, expected):
    assert [c for c, _ in mentions(pipe, text, "ORG")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anh Bùi Quang Huy, Bí thư Trung ương Đoàn, được Đại hội bầu giữ chức Chủ tịch Hội Sinh viên Việt Nam khoá X.",
         [("elected", "Chủ tịch", "Hội Sinh viên Việt Nam", "Bùi Quang Huy", None)]),
        ("HĐND thành phố đã bầu ông Lê Trung Chinh (Bí thư Quận uỷ Ngũ Hành Sơn) giữ chức Phó Chủ tịch UBND thành phố.",
         [("elected", "Phó Chủ tịch", "Ủy ban nhân dân thành phố", "Lê Trung Chinh", "Hội đồng nhân dân thành phố")]),
        ("Ông Trần Đình Chương được điều động và bổ nhiệm chức danh Phó Giám đốc Sở Khoa học và Công nghệ.",
         [("appointed", "Phó Giám đốc", "Sở Khoa học và Công nghệ", "Trần Đình Chương", None)]),
        ("HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh, Ủy viên UBND tỉnh đối với ông Chu Văn Hạnh.",
         [("removed", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "Chu Văn Hạnh", "Hội đồng nhân dân tỉnh"),
          ("removed", "Ủy viên", "Ủy ban nhân dân tỉnh", "Chu Văn Hạnh", "Hội đồng nhân dân tỉnh")]),
        ("Ban Thường vụ Tỉnh ủy điều động đồng chí Lâm Thị Hà, Phó Trưởng ban Ban Tuyên giáo Tỉnh ủy, đến nhận công tác "
         "tại Huyện ủy Hồng Dân và chỉ định giữ chức Bí thư Huyện ủy Hồng Dân.",
         [("appointed", "Bí thư", "Huyện ủy Hồng Dân", "Lâm Thị Hà", "Ban Thường vụ Tỉnh ủy")]),
    ],
)
def test_election_phrasings(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.organization, e.holder, e.body) for e in rec.elections] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Dự có bà Lê Thị Kiều Trang, Tổ trưởng Tổ Ngữ văn.", "Lê Thị Kiều Trang", [("Tổ trưởng", "Tổ Ngữ văn")]),
        ("Đại tá, PGS.TS Mẫn Đức Hoàng - Phó Giám đốc Học viện Quân y phát biểu.", "Mẫn Đức Hoàng",
         [("Phó Giám đốc", "Học viện Quân y")]),
        ("Thứ trưởng Bộ Y tế, PGS.TS Đoàn Hữu Phước dự và trao quyết định.", "Đoàn Hữu Phước", [("Thứ trưởng", "Bộ Y tế")]),
        ("Dự có ông Thạch Văn Sô Phên, Phó Chủ tịch UBND TP.HCM.", "Thạch Văn Sô Phên",
         [("Phó Chủ tịch", "Ủy ban nhân dân Thành phố Hồ Chí Minh")]),
        ("PGS.TS Lê Văn Hảo, nguyên Hiệu trưởng Trường THPT chuyên Lương Văn Chánh cùng dự.", "Lê Văn Hảo",
         [("Hiệu trưởng", "Trường Trung học phổ thông chuyên Lương Văn Chánh")]),
    ],
)
def test_more_position_phrasings(pipe, text, name, expected):
    got = officials(pipe, text)
    assert [(t, o) for t, o, _ in got[name][2]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kỳ họp đã bầu các chức danh: Chủ tịch HĐND tỉnh là ông Lê Văn Tâm; Phó Chủ tịch HĐND tỉnh là bà Ngô Thị Hoa "
         "và ông Trịnh Văn Dũng.",
         [("elected", "Chủ tịch", "Lê Văn Tâm"), ("elected", "Phó Chủ tịch", "Ngô Thị Hoa"),
          ("elected", "Phó Chủ tịch", "Trịnh Văn Dũng")]),
        ("Ông Phạm Văn Nam, Giám đốc Sở Tư pháp, được nghỉ hưu theo chế độ từ ngày 1/10/2023.",
         [("removed", "Giám đốc", "Phạm Văn Nam")]),
        ("HĐND tỉnh miễn nhiệm ông Đỗ Văn Hải khỏi chức vụ Phó Chủ tịch UBND tỉnh.",
         [("removed", "Phó Chủ tịch", "Đỗ Văn Hải")]),
        ("Bà Cao Thị Lan trúng cử Chủ tịch Hội Phụ nữ tỉnh khóa XV.", [("elected", "Chủ tịch", "Cao Thị Lan")]),
    ],
)
def test_more_election_phrasings(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == expected


def test_bare_province_after_a_body_gets_its_type_word(pipe):
    # departments keep the place as written (guidelines; dev gold d4-10, d7-05), the police take the type word (d1-16)
    text = "Công an Lâm Đồng, Sở Tư pháp Bắc Giang, Tỉnh ủy Quảng Nam, Công an tỉnh Quảng Bình và Trường Đại học Đồng Tháp."
    assert [c for c, _ in mentions(pipe, text, "ORG")] == [
        "Công an tỉnh Lâm Đồng", "Sở Tư pháp Bắc Giang", "Tỉnh ủy Quảng Nam", "Công an tỉnh Quảng Bình",
        "Trường Đại học Đồng Tháp"]


def test_parenthesis_after_a_name_and_fused_standing_committee_titles(pipe):
    got = officials(pipe, "Người có số phiếu cao nhất là ông Nguyễn Hữu Cầu (54 tuổi), Uỷ viên Thường vụ Tỉnh uỷ, "
                          "Giám đốc Công an tỉnh Nghệ An.")
    assert [(t, o) for t, o, _ in got["Nguyễn Hữu Cầu"][2]] == [
        ("Ủy viên", "Ban Thường vụ Tỉnh ủy"), ("Giám đốc", "Công an tỉnh Nghệ An")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kỳ họp cũng bầu hai Phó Chủ tịch HĐND tỉnh là ông Nguyễn Công Minh và bà Phan Thị Diệp.",
         [("elected", "Phó Chủ tịch", "Nguyễn Công Minh"), ("elected", "Phó Chủ tịch", "Phan Thị Diệp")]),
        ("Ba Phó Chủ tịch UBND tỉnh được HĐND tỉnh tín nhiệm bầu gồm các ông Trần Minh Chương, Đỗ Văn Hải.",
         [("elected", "Phó Chủ tịch", "Trần Minh Chương"), ("elected", "Phó Chủ tịch", "Đỗ Văn Hải")]),
        ("Các thành viên đã thống nhất bầu Sở GD&ĐT giữ vai trò Khối trưởng năm 2023 và Báo Quảng Nam làm Khối phó.",
         [("elected", "Khối trưởng", "Sở Giáo dục và Đào tạo"), ("elected", "Khối phó", "Báo Quảng Nam")]),
        ("Ban Thường vụ Tỉnh uỷ chuẩn y đồng chí Phạm Quang Hưng giữ chức Bí thư Đảng uỷ phường Hoa Lư.",
         [("recognized", "Bí thư", "Phạm Quang Hưng")]),
        ("Quyết định cho thôi giữ chức Phó Giám đốc Sở đối với ông Văn Công Dũng để nghỉ hưu.",
         [("removed", "Phó Giám đốc", "Văn Công Dũng")]),
    ],
)
def test_election_lists_and_recognitions(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Dự có ông Châu Quang Diệu, Chánh Văn phòng Bộ và đại diện lãnh đạo.", "Châu Quang Diệu",
         [("Chánh Văn phòng", "Văn phòng Bộ", False)]),
        ("Đại tá Kha Minh Nhựt, Phó Giám đốc phụ trách Công an tỉnh phát biểu.", "Kha Minh Nhựt",
         [("Phó Giám đốc", "Công an tỉnh", False)]),
        ("Quyết định cho bà Nguyễn Thị Bích Liên, Phó Giám đốc Sở Y tế, nghỉ hưu theo chế độ.", "Nguyễn Thị Bích Liên",
         [("Phó Giám đốc", "Sở Y tế", True)]),
        ("Chủ tịch HĐND xã Siu Thị H'Lan cam kết.", "Siu Thị H'Lan", [("Chủ tịch", "Hội đồng nhân dân xã", False)]),
        ("Ông Nguyễn Văn Quý được bổ nhiệm giữ chức Chủ tịch UBND xã Ia Grai; hai Phó Chủ tịch UBND xã là ông "
         "Ksor Đoan và bà Đỗ Thị Kim Thoa.", "Ksor Đoan", [("Phó Chủ tịch", "Ủy ban nhân dân xã", False)]),
    ],
)
def test_units_of_bare_parents_retirements_and_apostrophes(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Ông Lê Thanh Thuỷ nghỉ hưu. Trước đó, ông Thuỷ từng là Hiệu trưởng Trường THPT chuyên Quốc Học và "
         "Phó Giám đốc Sở Y tế.", "Lê Thanh Thủy",
         [("Hiệu trưởng", "Trường Trung học phổ thông chuyên Quốc Học", True), ("Phó Giám đốc", "Sở Y tế", True)]),
        ("Gồm ông Bùi Văn Sang, đồng thời là Chủ tịch Hội Nông dân tỉnh; bà Trần Thị Diệu.", "Bùi Văn Sang",
         [("Chủ tịch", "Hội Nông dân tỉnh", False)]),
        ("Sở Y tế tỉnh tổ chức hội nghị. Bà Đinh Thị Yến được bổ nhiệm giữ chức Phó Giám đốc Sở.", "Đinh Thị Yến",
         [("Phó Giám đốc", "Sở Y tế tỉnh", False)]),
        ("Khối thi đua số 3 họp. Bà Trương Thị Loan, Giám đốc Sở Y tế, Khối trưởng năm 2023 chủ trì.", "Trương Thị Loan",
         [("Giám đốc", "Sở Y tế", False), ("Khối trưởng", "Khối thi đua số 3", False)]),
    ],
)
def test_past_posts_back_references_and_bloc_roles(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_counted_roles_with_a_semicolon_list_of_holders(pipe):
    rec = pipe.extract_text("Hội nghị cũng hiệp thương cử 5 Phó Chủ tịch, gồm: ông Nguyễn Tấn Lực; ông Bùi Văn Sang, đồng "
                            "thời là Chủ tịch Hội Nông dân tỉnh; bà Trần Thị Mỹ Diệu.", "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == [
        ("elected", "Phó Chủ tịch", "Nguyễn Tấn Lực"), ("elected", "Phó Chủ tịch", "Bùi Văn Sang"),
        ("elected", "Phó Chủ tịch", "Trần Thị Mỹ Diệu")]


def test_appointed_from_a_deputy_post_to_the_head_post(pipe):
    rec = pipe.extract_text("PGS.TS Kiều Văn Sáng, Phó Vụ trưởng Vụ Chính quyền địa phương được bổ nhiệm giữ chức "
                            "Vụ trưởng Vụ Chính quyền địa phương.", "t")
    assert [(e.kind, e.role, e.organization, e.holder) for e in rec.elections] == [
        ("appointed", "Vụ trưởng", "Vụ Chính quyền địa phương", "Kiều Văn Sáng")]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Thừa lệnh Bộ trưởng, TS. Cù Thị Minh Nguyệt, Vụ trưởng Vụ Tổ chức cán bộ đọc quyết định.", "Cù Thị Minh Nguyệt",
         [("Vụ trưởng", "Vụ Tổ chức cán bộ", False)]),
        ("Ông Phạm Đức Hạnh, Chánh Văn phòng UBND tỉnh, phát biểu.", "Phạm Đức Hạnh",
         [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh", False)]),
    ],
)
def test_principals_and_offices(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thủ tướng Chính phủ đã phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Đắk Lắk đối với ông Phùng Văn Thạch.",
         [("recognized", "Phó Chủ tịch", "Phùng Văn Thạch")]),
        ("Kỳ họp đã giới thiệu ông Mạc Văn Sang để bầu giữ chức Chủ tịch HĐND thành phố.",
         [("nominated", "Chủ tịch", "Mạc Văn Sang")]),
    ],
)
def test_recognitions_and_nominations_of_elections(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Cùng dự có các Thứ trưởng Lục Thành Đông, Nghiêm Thị Vân Anh và ông Quách Văn Lợi.", "Nghiêm Thị Vân Anh",
         [("Thứ trưởng", None, False)]),
        ("Đồng chí Nông Thị Hương Giang, sinh năm 1978, thạc sĩ quản lý kinh tế, từng giữ các chức vụ Phó Chủ tịch "
         "UBND huyện, Phó Bí thư Thường trực Huyện ủy Bắc Quang.", "Nông Thị Hương Giang",
         [("Phó Chủ tịch", "Ủy ban nhân dân huyện", True), ("Phó Bí thư Thường trực", "Huyện ủy Bắc Quang", True)]),
    ],
)
def test_plural_titles_and_past_posts_after_a_description(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_a_following_sentence_listing_more_holders_continues_the_election(pipe):
    rec = pipe.extract_text("Đồng chí Vũ Thị Phương Thảo được bầu tái cử chức vụ Bí thư Tỉnh đoàn. Giữ chức Phó Bí thư "
                            "Tỉnh đoàn khóa XVIII là các đồng chí Bùi Quang Hiếu, Hà Mỹ Linh và Đoàn Thanh Tùng.", "t")
    assert [(e.kind, e.role, e.holder, e.term) for e in rec.elections] == [
        ("elected", "Bí thư", "Vũ Thị Phương Thảo", None), ("elected", "Phó Bí thư", "Bùi Quang Hiếu", "XVIII"),
        ("elected", "Phó Bí thư", "Hà Mỹ Linh", "XVIII"), ("elected", "Phó Bí thư", "Đoàn Thanh Tùng", "XVIII")]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Đối với ông Phùng Văn Thạch, nguyên Bí thư Huyện ủy Cư M'gar.", "Phùng Văn Thạch", [("Bí thư", "Huyện ủy Cư M'gar", True)]),
        ("Tới dự có Phó Chủ tịch Trung ương Hội Nông dân Việt Nam Bùi Thị Thơm.", "Bùi Thị Thơm",
         [("Phó Chủ tịch", "Trung ương Hội Nông dân Việt Nam", False)]),
        ("Ông Tống Hữu Nghĩa, Cục trưởng Cục Quản lý lao động ngoài nước được bổ nhiệm lại.", "Tống Hữu Nghĩa",
         [("Cục trưởng", "Cục Quản lý lao động ngoài nước", False)]),
    ],
)
def test_place_names_with_apostrophes_central_committees_and_name_words(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_deputies_named_without_a_body_have_none(pipe):
    # corpus/README.md: the organization is null when the text names none with the role
    rec = pipe.extract_text("Bà Hồ Thị Trâm được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Hội nghị cũng "
                            "hiệp thương cử 2 Phó Chủ tịch, gồm: ông Nguyễn Tấn Lực; ông Bùi Văn Sang.", "t")
    assert [(e.role, e.organization, e.holder) for e in rec.elections] == [
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hồ Thị Trâm"),
        ("Phó Chủ tịch", None, "Nguyễn Tấn Lực"),
        ("Phó Chủ tịch", None, "Bùi Văn Sang")]


def test_a_bare_head_after_cua_points_back(pipe):
    got = officials(pipe, "Cục Trồng trọt tổ chức lễ. Bà Lê Thị Mai Hoa được bổ nhiệm giữ chức Phó Cục trưởng của Cục.")
    assert got["Lê Thị Mai Hoa"][2] == [("Phó Cục trưởng", "Cục Trồng trọt", False)]


def test_election_roles_follow_the_position_conventions(pipe):
    rec = pipe.extract_text("Ban Thường vụ Tỉnh ủy chỉ định ông Lê Hồng Minh giữ chức Tỉnh ủy viên.", "t")
    assert [(e.kind, e.role, e.organization, e.holder) for e in rec.elections] == [
        ("appointed", "Ủy viên", "Tỉnh ủy", "Lê Hồng Minh")]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Cùng dự có bà Lạc Thị Hồng Vân, Vụ trưởng Vụ Tổ chức, Biên chế; ông Kiều Văn Lâm.", "Lạc Thị Hồng Vân",
         [("Vụ trưởng", "Vụ Tổ chức, Biên chế", False)]),
        ("TS. Đàm Quốc Khải - Phó Vụ trưởng Vụ Thi đua, Khen thưởng, Bộ Nội vụ phát biểu.", "Đàm Quốc Khải",
         [("Phó Vụ trưởng", "Vụ Thi đua, Khen thưởng", False)]),
    ],
)
def test_ministry_units_named_by_two_fields(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Bà Huỳnh Thị Bảo Ngân, Giám đốc Sở Thông tin và Truyền thông tỉnh Bình Phước (cũ), được bổ nhiệm làm Giám đốc "
         "Sở Khoa học và Công nghệ.", "Huỳnh Thị Bảo Ngân",
         [("Giám đốc", "Sở Thông tin và Truyền thông tỉnh Bình Phước", True), ("Giám đốc", "Sở Khoa học và Công nghệ", False)]),
        ("Ông Võ Văn Tám, Trưởng Ban Dân tộc tỉnh Long An trước đây, được điều động về Sở Nội vụ.", "Võ Văn Tám",
         [("Trưởng ban", "Ban Dân tộc tỉnh Long An", True)]),
    ],
)
def test_posts_marked_past_after_the_body(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hai Phó Chủ tịch UBND huyện được bầu là ông Lâm Văn Khải, tái cử, và bà Mai Thị Thu Sương.",
         [("elected", "Phó Chủ tịch", "Lâm Văn Khải"), ("elected", "Phó Chủ tịch", "Mai Thị Thu Sương")]),
        ("Hai Phó Giám đốc là ThS. Đoàn Văn Lực và TS. Phí Thị Ngọc Lan được bổ nhiệm lại.",
         [("appointed", "Phó Giám đốc", "Đoàn Văn Lực"), ("appointed", "Phó Giám đốc", "Phí Thị Ngọc Lan")]),
    ],
)
def test_holder_lists_with_remarks_and_degrees(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chiều qua, Đảng ủy Công an tỉnh họp.", ["Đảng ủy Công an tỉnh"]),
        ("Văn phòng Sở Tư pháp ra thông báo.", ["Văn phòng Sở Tư pháp"]),
        ("Hội đồng trường Trường Đại học Vinh đã họp.", ["Hội đồng trường Trường Đại học Vinh"]),
    ],
)
def test_units_of_a_body_named_right_after_them(pipe, text, expected):
    assert [c for c, _ in mentions(pipe, text, "ORG")] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Ban Thường vụ Tỉnh ủy chuẩn y đồng chí Đào Văn Khánh giữ chức Bí thư Đảng ủy xã Tân Lập.", "Đào Văn Khánh",
         [("Bí thư", "Đảng ủy xã Tân Lập", False)]),
        ("Trường Đại học Hồng Đức tổ chức lễ. TS. Lưu Văn Hòa được công nhận là Hiệu trưởng nhà trường.", "Lưu Văn Hòa",
         [("Hiệu trưởng", "Trường Đại học Hồng Đức", False)]),
    ],
)
def test_recognized_posts_are_held_and_nha_truong_is_the_school(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("HĐND tỉnh cũng bầu 2 Phó Chủ tịch UBND tỉnh: ông Đỗ Văn Thành (tái cử) và bà Lục Thị Mến (Giám đốc Sở Y tế).",
         [("elected", "Phó Chủ tịch", "Đỗ Văn Thành"), ("elected", "Phó Chủ tịch", "Lục Thị Mến")]),
        ("Đại hội đã bầu Ủy ban Kiểm tra gồm 5 đồng chí. Giữ chức Chủ nhiệm Ủy ban Kiểm tra Hội Nông dân tỉnh là ông "
         "Hứa Văn Tư.", [("elected", "Chủ nhiệm", "Hứa Văn Tư")]),
        ("Giữ chức Phó Bí thư Thường trực Đảng ủy xã là đồng chí Tăng Thị Huệ; đồng chí Lò Văn Pấn, Chủ tịch UBND xã, "
         "giữ chức Phó Bí thư.", [("elected", "Phó Bí thư Thường trực", "Tăng Thị Huệ")]),
        ("Giữ chức Phó Chủ tịch LĐLĐ tỉnh là các đồng chí: Quan Văn Hùng - Trưởng ban Tổ chức; Đinh Thị Lệ - Chánh Văn "
         "phòng.", [("elected", "Phó Chủ tịch", "Quan Văn Hùng"), ("elected", "Phó Chủ tịch", "Đinh Thị Lệ")]),
    ],
)
def test_roles_announced_before_their_holders(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Phát biểu, Bí thư Huyện ủy Diễn Châu Lưu Đình Nghĩa đề nghị.", "Lưu Đình Nghĩa",
         [("Bí thư", "Huyện ủy Diễn Châu", False)]),
        ("Chủ tịch UBND huyện Quế Phong Lô Thị Mai cho biết.", "Lô Thị Mai",
         [("Chủ tịch", "Ủy ban nhân dân huyện Quế Phong", False)]),
        ("Dự có anh Hà Văn Duy - Phó Bí thư Tỉnh đoàn Thanh Hóa.", "Hà Văn Duy", [("Phó Bí thư", "Tỉnh đoàn Thanh Hóa", False)]),
        ("Ông Quách Văn Tiến, Phó Chủ tịch Ủy ban bầu cử tỉnh, báo cáo.", "Quách Văn Tiến",
         [("Phó Chủ tịch", "Ủy ban bầu cử tỉnh", False)]),
        ("Ông Đồng Văn Khiêm, Cục trưởng Cục Quản lý giá, phát biểu.", "Đồng Văn Khiêm", [("Cục trưởng", "Cục Quản lý giá", False)]),
        ("Dự có bà Mạc Thị Huyền (Phó Chủ tịch UBND huyện), ông Tô Văn Lũy.", "Mạc Thị Huyền",
         [("Phó Chủ tịch", "Ủy ban nhân dân huyện", False)]),
    ],
)
def test_names_after_places_fused_youth_committees_and_posts_in_brackets(pipe, text, name, expected):
    assert [(t, o, f) for t, o, f in officials(pipe, text)[name][2]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bà Hà Thị Nhung, Phó Cục trưởng, được bổ nhiệm lại giữ chức vụ Phó Cục trưởng Cục Trồng trọt.",
         [("appointed", "Phó Cục trưởng", "Hà Thị Nhung")]),
        ("Bà Triệu Thị Lan và ông Vi Văn Hòe được cử làm Phó Chủ tịch.",
         [("elected", "Phó Chủ tịch", "Triệu Thị Lan"), ("elected", "Phó Chủ tịch", "Vi Văn Hòe")]),
        ("Đồng chí Tòng Thị Pa, Huyện ủy viên, tái cử Bí thư Huyện đoàn khóa XX.", [("elected", "Bí thư", "Tòng Thị Pa")]),
        ("UBND tỉnh quyết định kéo dài thời gian giữ chức vụ Phó Giám đốc Sở Xây dựng đối với ông Nông Văn Hách.",
         [("appointed", "Phó Giám đốc", "Nông Văn Hách")]),
        ("Ông Hoàng Văn Kỳ, Phó Giám đốc Sở, được phân công kiêm nhiệm Chi cục trưởng Chi cục Thủy lợi.",
         [("appointed", "Chi cục trưởng", "Hoàng Văn Kỳ")]),
        ("Ban Chấp hành đã bầu đồng chí Đinh Văn Sửu tiếp tục giữ chức Phó Bí thư Đảng ủy xã.",
         [("elected", "Phó Bí thư", "Đinh Văn Sửu")]),
    ],
)
def test_more_election_verbs(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Dự có Trưởng Ban Dân vận Tỉnh ủy Hà Thị Nguyệt Ánh và nhiều đại biểu.", "Hà Thị Nguyệt Ánh",
         [("Trưởng ban", "Ban Dân vận Tỉnh ủy", False)]),
        ("Dự có Trưởng ban Tổ chức Tỉnh ủy Nguyễn Văn Hai và nhiều đại biểu.", "Nguyễn Văn Hai",
         [("Trưởng ban", "Ban Tổ chức Tỉnh ủy", False)]),
    ],
)
def test_title_sharing_its_head_with_the_body_before_a_name(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_a_removal_names_the_post_after_the_verb_not_the_appositive(pipe):
    rec = pipe.extract_text("HĐND tỉnh cũng miễn nhiệm Ủy viên UBND tỉnh đối với ông Lục Văn Điền, nguyên Giám đốc Sở Tài chính.", "t")
    assert [(e.kind, e.role, e.organization, e.holder) for e in rec.elections] == [
        ("removed", "Ủy viên", "Ủy ban nhân dân tỉnh", "Lục Văn Điền")]


def test_past_posts_after_a_description_that_follows_the_name_directly(pipe):
    got = officials(pipe, "Ông Đoàn Hữu Lễ sinh năm 1972, thạc sĩ kinh tế, từng là Giám đốc Sở Công Thương.")
    assert got["Đoàn Hữu Lễ"][2] == [("Giám đốc", "Sở Công Thương", True)]


@pytest.mark.parametrize("text, name, expected", [
    # home town and years of service open the description too; a service clause runs long
    ("Đại tá Hà Văn Khải quê xã Yên Lạc, có hơn 25 năm công tác trong lực lượng cảnh sát phòng cháy chữa cháy, "
     "từng giữ chức Trưởng Công an huyện Na Hang.", "Hà Văn Khải", [("Trưởng", "Công an huyện Na Hang", True)]),
    # the same after a short mention of a person named in full before
    ("Ông Lương Văn Tâm nghỉ hưu từ tháng 10. Ông Tâm có gần 30 năm công tác trong ngành thuế, từng giữ chức "
     "Phó Cục trưởng Cục Thuế tỉnh.", "Lương Văn Tâm", [("Phó Cục trưởng", "Cục Thuế tỉnh", True)]),
])
def test_past_posts_after_home_town_or_years_of_service(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_an_opinion_clause_is_not_a_description(pipe):
    got = officials(pipe, "Ông Trần Văn Bình có ý kiến về dự án, Phó Giám đốc Sở Tài chính Lê Văn Cường cũng đồng tình.")
    assert got.get("Trần Văn Bình", (None, None, []))[2] == []


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # lower-case name words of state bodies: fields, "và" + a capitalized field, "Phòng, chống"
        ("Đi cùng có ông Hứa Văn Tài, Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai.", "Hứa Văn Tài",
         [("Cục trưởng", "Cục Quản lý đê điều và Phòng, chống thiên tai", False)]),
        ("Bà Tăng Thị Hạnh, Giám đốc Trung tâm Dịch vụ việc làm tỉnh đề nghị mở thêm phiên giao dịch.", "Tăng Thị Hạnh",
         [("Giám đốc", "Trung tâm Dịch vụ việc làm tỉnh", False)]),
        ("Ông Kha Minh Đức, Vụ trưởng Vụ Kinh tế hợp tác và Phát triển nông thôn, trình bày tham luận.", "Kha Minh Đức",
         [("Vụ trưởng", "Vụ Kinh tế hợp tác và Phát triển nông thôn", False)]),
        ("Ông Lạc Văn Bình - Cục trưởng Cục Năng lượng tái tạo nêu ý kiến.", "Lạc Văn Bình",
         [("Cục trưởng", "Cục Năng lượng tái tạo", False)]),
        # a name phrase opened by a capital, and numbered units
        ("Bà Đào Thu Hằng, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ báo cáo.", "Đào Thu Hằng",
         [("Trưởng phòng", "Phòng Chuyển đổi số", False)]),
        ("Ông Mẫn Văn Tới, Trưởng phòng Kiểm tra số 3, được chỉ định bổ sung.", "Mẫn Văn Tới",
         [("Trưởng phòng", "Phòng Kiểm tra số 3", False)]),
        # a head ending in a lower-case word takes name words directly
        ("Ông Viên Quốc Hào, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh phát biểu.",
         "Viên Quốc Hào",
         [("Giám đốc", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh", False)]),
        # associations take name words too
        ("Ông Kim Sóc, Phó Chủ tịch Hội Người cao tuổi tỉnh tặng quà.", "Kim Sóc",
         [("Phó Chủ tịch", "Hội Người cao tuổi tỉnh", False)]),
        # a title ending in a unit word that heads no body alone; a lower-case repeat of the unit word
        ("Theo bác sĩ Lò Văn Chung, Trưởng khoa Hồi sức tích cực, bệnh nhi đã qua cơn nguy kịch.", "Lò Văn Chung",
         [("Trưởng khoa", "Khoa Hồi sức tích cực", False)]),
        ("Cô Mai Thị Hoa, Tổ trưởng tổ Ngữ văn, được khen thưởng.", "Mai Thị Hoa",
         [("Tổ trưởng", "Tổ Ngữ văn", False)]),
    ],
)
def test_name_words_units_and_numbered_units(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # units of the body named right after them: inspection committees, commands
        ("Chủ nhiệm UBKT Huyện ủy Tĩnh Gia Mạc Văn Hùng trình bày tham luận.", "Mạc Văn Hùng",
         [("Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Tĩnh Gia", False)]),
        # "Bộ Tư lệnh" is a body, its "Tư lệnh" no title of the person named after it
        ("Thay mặt Bộ Tư lệnh Quân khu 7, Đại tá Từ Văn Sĩ phát biểu.", "Từ Văn Sĩ", []),
        # a post in many bodies at once is a group's, not the person's
        ("Dự có đồng chí Ông Văn Lực, Phó Chánh Văn phòng Tỉnh ủy và Chủ nhiệm UBKT các huyện ủy trực thuộc.",
         "Ông Văn Lực", [("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", False)]),
        # a known name ending in a type word takes the place's name after it
        ("Ông Vương Đình Tú, nguyên Trưởng Công an thành phố Uông Bí dự lễ.", "Vương Đình Tú",
         [("Trưởng", "Công an thành phố Uông Bí", True)]),
        # police unit codes; bank branches named by their place
        ("Thiếu tá Hoàng Văn Lục, Phó Trưởng phòng PC08 cho biết.", "Hoàng Văn Lục",
         [("Phó Trưởng phòng", "Phòng Cảnh sát giao thông", False)]),
        ("Bà Đồng Thị Mai, Giám đốc NHNN chi nhánh tỉnh Quảng Trị cho biết.", "Đồng Thị Mai",
         [("Giám đốc", "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Trị", False)]),
        # departments and hospitals keep the place as written; the police take the type word
        ("Ông Lý Văn Mạnh, Phó Giám đốc Sở Xây dựng Hải Dương báo cáo.", "Lý Văn Mạnh",
         [("Phó Giám đốc", "Sở Xây dựng Hải Dương", False)]),
    ],
)
def test_units_of_named_bodies_codes_branches_and_places(pipe, text, name, expected):
    assert officials(pipe, text).get(name, (None, None, []))[2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a company board abbreviated inside the title
        ("Ông Phí Văn Toàn, Chủ tịch HĐQT Công ty cổ phần Cơ khí Đông Anh cho biết.", "Phí Văn Toàn",
         [("Chủ tịch Hội đồng quản trị", "Công ty cổ phần Cơ khí Đông Anh", False)]),
        # … but council titles stay title + body
        ("Bà Ninh Thị Hạnh, Phó Chủ tịch HĐND tỉnh dự họp.", "Ninh Thị Hạnh",
         [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh", False)]),
        # the capitalized unit word closes the title and opens the unit's name
        ("TS Lương Văn Thìn, Trưởng Khoa Nội tiết, cho biết bệnh nhân đã ổn định.", "Lương Văn Thìn",
         [("Trưởng khoa", "Khoa Nội tiết", False)]),
    ],
)
def test_board_abbreviations_in_titles_and_capitalized_unit_words(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a bare head word pointing back, with the holder's name right after it
        ("Ông Đặng Văn Hiếu, Giám đốc Sở Công Thương, báo cáo. Phó Giám đốc Sở Quách Thị Yến bổ sung thêm.",
         "Quách Thị Yến", [("Phó Giám đốc", "Sở Công Thương", False)]),
        # village-level places after a body
        ("Bà Triệu Thị Nhung, Bí thư Chi bộ thôn Khuổi Nặm, cho biết.", "Triệu Thị Nhung",
         [("Bí thư", "Chi bộ thôn Khuổi Nặm", False)]),
    ],
)
def test_bare_back_reference_before_a_name_and_village_bodies(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dự phiên họp có các Phó Chủ tịch UBND tỉnh: Mạc Văn Hòa, Lò Thị Xuân.",
         {"Mạc Văn Hòa": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)],
          "Lò Thị Xuân": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)]}),
        ("Cùng dự có hai Phó Chủ tịch HĐND tỉnh Thào Văn Lử và Vi Thị Hồng.",
         {"Thào Văn Lử": [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh", False)],
          "Vi Thị Hồng": [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh", False)]}),
        # a name with a post of its own ends the list
        ("Dự có các Phó Giám đốc Sở Nội vụ: Đàm Văn Lợi, Cầm Thị Tươi và ông Ma Văn Thuận, Trưởng phòng Tổ chức.",
         {"Đàm Văn Lợi": [("Phó Giám đốc", "Sở Nội vụ", False)],
          "Cầm Thị Tươi": [("Phó Giám đốc", "Sở Nội vụ", False)],
          "Ma Văn Thuận": [("Trưởng phòng", "Phòng Tổ chức", False)]}),
    ],
)
def test_counted_title_with_its_body_then_the_holders(pipe, text, expected):
    assert {k: v[2] for k, v in officials(pipe, text).items()} == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # an abbreviated second head word is spelled out with the head
        ("Ông Khổng Văn Tính, Hiệu trưởng Trường ĐH Hồng Đức phát biểu.", "Khổng Văn Tính",
         [("Hiệu trưởng", "Trường Đại học Hồng Đức", False)]),
        # a four-syllable name right after a body that is no place keeps its four syllables
        ("Phó Giám đốc Sở Tư pháp Lê Phạm Minh Châu trình bày.", "Lê Phạm Minh Châu",
         [("Phó Giám đốc", "Sở Tư pháp", False)]),
        ("Ông Hứa Văn Đô, Phó Giám đốc Thư viện tỉnh, cho biết.", "Hứa Văn Đô",
         [("Phó Giám đốc", "Thư viện tỉnh", False)]),
        # the parent after the unit has its locality: no bare parent
        ("Ông Giáp Văn Cừ, Chánh Văn phòng HĐND tỉnh, đọc tờ trình.", "Giáp Văn Cừ",
         [("Chánh Văn phòng", "Văn phòng Hội đồng nhân dân tỉnh", False)]),
    ],
)
def test_abbreviated_heads_four_syllable_names_and_units_with_localities(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_a_unit_with_a_parent_and_its_locality_is_one_body(pipe):
    text = "Ông Giáp Văn Cừ, Chánh Văn phòng UBND tỉnh, đọc tờ trình."
    assert [c for c, _ in mentions(pipe, text, "ORG")] == ["Văn phòng Ủy ban nhân dân tỉnh"]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a '<head> trưởng' title before the unit's name without the head repeated
        ("Theo ông Ông Văn Khánh, Cục trưởng Đường thủy nội địa, tuyến luồng đã được nạo vét.", "Ông Văn Khánh",
         [("Cục trưởng", "Cục Đường thủy nội địa", False)]),
        ("Bà Kiều Thị Lan, Phó Viện trưởng Nghiên cứu lập pháp, trình bày.", "Kiều Thị Lan",
         [("Phó Viện trưởng", "Viện Nghiên cứu lập pháp", False)]),
        # a body or a name after the title is not such a unit
        ("Phó Cục trưởng Đàm Quang Vinh phát biểu.", "Đàm Quang Vinh", [("Phó Cục trưởng", None, False)]),
    ],
)
def test_head_titles_before_a_unit_name_without_its_head(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a standing deputy's title runs past the head word of the body named after it
        ("Bà Cầm Thị Dung, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự.", "Cầm Thị Dung",
         [("Phó Trưởng ban Thường trực", "Ban Dân vận Tỉnh ủy", False)]),
        # steering committees are named by lower-case fields after their head
        ("Ông Mã Văn Tiến, Trưởng Ban Chỉ đạo phòng, chống tham nhũng huyện phát biểu.", "Mã Văn Tiến",
         [("Trưởng ban", "Ban Chỉ đạo phòng, chống tham nhũng huyện", False)]),
    ],
)
def test_standing_deputies_and_steering_committees(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_no_body_made_of_a_title_word_and_the_body_after_it(pipe):
    text = "Bà Cầm Thị Dung, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự."
    assert [c for c, _ in mentions(pipe, text, "ORG")] == ["Ban Dân vận Tỉnh ủy"]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a place after a body stays as written (only the police take the type word)
        ("Ông Lưu Văn Bảy, Giám đốc Trung tâm Văn hóa Nghệ thuật Lạng Sơn, cho biết.", "Lưu Văn Bảy",
         [("Giám đốc", "Trung tâm Văn hóa Nghệ thuật Lạng Sơn", False)]),
        # after "theo", a degree and a name set off by a comma restate the holder of the post
        ("Theo Giám đốc Trung tâm Y tế huyện, BSCKII Mông Văn Hạ, dịch đã được khống chế.", "Mông Văn Hạ",
         [("Giám đốc", "Trung tâm Y tế huyện", False)]),
        # … but not in a decision of a principal naming an appointee with a post of his own
        ("Theo quyết định của Bộ trưởng Bộ Nội vụ, TS. Tiêu Văn Kỳ, Phó Vụ trưởng Vụ Tổ chức cán bộ, được bổ nhiệm.",
         "Tiêu Văn Kỳ", [("Phó Vụ trưởng", "Vụ Tổ chức cán bộ", False)]),
        # a verb after a place name is not glued into the body's name
        ("Ông Bạc Cầm Hùng, Bí thư Huyện ủy Yên Thành dự.", "Bạc Cầm Hùng", [("Bí thư", "Huyện ủy Yên Thành", False)]),
    ],
)
def test_places_as_written_appositions_after_theo_and_verbs_after_places(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Ông Cao Văn Lộc, Bí thư Đảng ủy Khối các cơ quan tỉnh dự.", "Cao Văn Lộc",
         [("Bí thư", "Đảng ủy Khối các cơ quan tỉnh", False)]),
        ("Ông Thái Văn Lành, người từng là Giám đốc Sở Tài chính, cho biết.", "Thái Văn Lành",
         [("Giám đốc", "Sở Tài chính", True)]),
    ],
)
def test_provincial_bloc_party_committees_and_past_posts_introduced_by_nguoi(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_a_short_name_defined_in_brackets_names_the_body_later(pipe):
    text = ("Công ty cổ phần Cấp nước Sơn La (Sowaco) khởi công dự án. "
            "Ông Lừ Văn Pọm (Phó Tổng Giám đốc Sowaco) cho biết tiến độ bảo đảm.")
    assert officials(pipe, text)["Lừ Văn Pọm"][2] == [("Phó Tổng Giám đốc", "Công ty cổ phần Cấp nước Sơn La", False)]
    assert [c for c, _ in mentions(pipe, text, "ORG")] == ["Công ty cổ phần Cấp nước Sơn La"] * 3


@pytest.mark.parametrize(
    "text, expected",
    [
        # membership of bodies first, then the post: "tham gia/vào BCH, BTV và giữ chức …"
        ("Ban Thường vụ Tỉnh ủy chỉ định đồng chí Giàng A Dế, Phó Giám đốc Sở Tư pháp, tham gia Ban Chấp hành, "
         "Ban Thường vụ và giữ chức Phó Bí thư Huyện ủy Mường Nhé.",
         [("appointed", "Phó Bí thư", "Huyện ủy Mường Nhé", "Giàng A Dế")]),
        ("Hội nghị đã bầu bổ sung đồng chí Lục Thị Én vào Ban Chấp hành, Ban Thường vụ và giữ chức Chủ tịch "
         "Hội Nông dân tỉnh khóa X.",
         [("elected", "Chủ tịch", "Hội Nông dân tỉnh", "Lục Thị Én")]),
    ],
)
def test_membership_of_bodies_before_the_post(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.organization, e.holder) for e in rec.elections] == expected


def test_a_body_set_up_as_the_sentence_topic_owns_posts_named_without_one(pipe):
    text = "Đối với Sở Tài chính, bà Tòng Thị Phóng được bổ nhiệm giữ chức Giám đốc kể từ ngày 01/3/2025."
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.organization, e.holder) for e in rec.elections] == [
        ("appointed", "Giám đốc", "Sở Tài chính", "Tòng Thị Phóng")]
    assert officials(pipe, text)["Tòng Thị Phóng"][2] == [("Giám đốc", "Sở Tài chính", False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # names after a plural honorific, joined only by "," / "và", share the post set after the last
        ("Tiếp đoàn có các ông Sầm Văn Lự và Mùa A Páo, Phó Chủ tịch UBND tỉnh.",
         {"Sầm Văn Lự": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)],
          "Mùa A Páo": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)]}),
        # … not when each has a post of his own
        ("Tiếp đoàn có các ông Sầm Văn Lự, Giám đốc Sở Y tế, và Mùa A Páo, Phó Chủ tịch UBND tỉnh.",
         {"Sầm Văn Lự": [("Giám đốc", "Sở Y tế", False)],
          "Mùa A Páo": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)]}),
    ],
)
def test_names_after_a_plural_honorific_share_the_post_after_the_last(pipe, text, expected):
    assert {k: v[2] for k, v in officials(pipe, text).items()} == expected


def test_departments_written_with_a_dash_between_their_fields(pipe):
    got = officials(pipe, "Ông Tẩn Láo Lở, Giám đốc Sở Tài nguyên - Môi trường, và bà Bế Thị Dung, "
                          "Phó Giám đốc Sở Kế hoạch - Đầu tư, dự họp.")
    assert got["Tẩn Láo Lở"][2] == [("Giám đốc", "Sở Tài nguyên và Môi trường", False)]
    assert got["Bế Thị Dung"][2] == [("Phó Giám đốc", "Sở Kế hoạch và Đầu tư", False)]


def test_the_short_name_of_a_body_named_in_full_just_before(pipe):
    text = ("Ban Chấp hành đã bầu Ủy ban Kiểm tra Đảng ủy phường gồm 5 đồng chí; "
            "đồng chí Giáp Thị Nhàn được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra.")
    assert officials(pipe, text)["Giáp Thị Nhàn"][2] == [("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy phường", False)]


def test_supplementary_consultative_elections(pipe):
    rec = pipe.extract_text("Hội nghị đã hiệp thương cử bổ sung bà Hà Thị Mỵ, Chủ tịch Hội Nông dân tỉnh, giữ chức "
                            "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.", "t")
    assert [(e.kind, e.role, e.organization, e.holder) for e in rec.elections] == [
        ("elected", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hà Thị Mỵ")]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Ông Khúc Văn Thanh, Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh dự.", "Khúc Văn Thanh",
         [("Chánh Văn phòng", "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh", False)]),
        ("Bà Dương Thị Nụ, Phó Trưởng ban chuyên trách Ban Pháp chế HĐND tỉnh dự.", "Dương Thị Nụ",
         [("Phó Trưởng ban chuyên trách", "Ban Pháp chế Hội đồng nhân dân tỉnh", False)]),
    ],
)
def test_merged_provincial_offices_and_full_time_deputies(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Ông Khương Văn Lai, nguyên Giám đốc Sở Y tế, nay là Phó Chủ tịch UBND tỉnh, phát biểu.", "Khương Văn Lai",
         [("Giám đốc", "Sở Y tế", True), ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)]),
        ("Ông Khương Văn Lai từng giữ các chức vụ Giám đốc Sở Y tế, Bí thư Huyện ủy, hiện là Phó Chủ tịch UBND tỉnh.",
         "Khương Văn Lai",
         [("Giám đốc", "Sở Y tế", True), ("Bí thư", "Huyện ủy", True), ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)]),
    ],
)
def test_a_present_marker_after_past_posts(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a minister's title before the ministry's field without "Bộ"
        ("Ông Lã Văn Thành, Thứ trưởng Tài nguyên và Môi trường, dự.", "Lã Văn Thành",
         [("Thứ trưởng", "Bộ Tài nguyên và Môi trường", False)]),
        ("Bộ trưởng Công an Tô Văn Khải phát biểu.", "Tô Văn Khải", [("Bộ trưởng", "Bộ Công an", False)]),
    ],
)
def test_ministers_named_with_the_ministry_field_only(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_a_short_name_after_a_head_title_is_no_unit(pipe):
    text = "Ông Hà Văn Giang, Cục trưởng Cục Hàng hải, dự. Phát biểu, Cục trưởng Giang cho biết. Thứ trưởng Hòa đề nghị."
    assert [c for c, _ in mentions(pipe, text, "ORG")] == ["Cục Hàng hải"]


def test_youth_union_short_names_are_kept_as_written(pipe):
    text = ("Dự có đồng chí Bế Văn Lâm - Bí thư Trung ương Đoàn. Đoàn Thanh niên huyện ra quân. "
            "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Cao Bằng khai mạc.")
    assert [c for c, _ in mentions(pipe, text, "ORG")] == [
        "Trung ương Đoàn", "Đoàn Thanh niên huyện", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Cao Bằng"]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a bare honorific after a description points back to the full name before it
        ("Ông Vàng Seo Dơ sinh năm 1976, quê xã Sín Chéng; trước khi làm Giám đốc Sở Nội vụ, ông từng giữ các "
         "chức vụ Phó Chủ tịch UBND huyện Si Ma Cai, Bí thư Huyện ủy Bắc Hà.", "Vàng Seo Dơ",
         [("Phó Chủ tịch", "Ủy ban nhân dân huyện Si Ma Cai", True), ("Bí thư", "Huyện ủy Bắc Hà", True)]),
        # "Tân <title>" points back to the one person who holds that post
        ("Đồng chí Hầu Thị Dua được bầu làm Bí thư Huyện ủy. Đồng chí Cứ A Páo được bầu làm Phó Bí thư Huyện ủy. "
         "Tân Bí thư Huyện ủy sinh năm 1979, từng giữ các chức vụ Phó Chủ tịch UBND huyện, Trưởng ban Dân vận Huyện ủy.",
         "Hầu Thị Dua",
         [("Bí thư", "Huyện ủy", False), ("Phó Chủ tịch", "Ủy ban nhân dân huyện", True),
          ("Trưởng ban", "Ban Dân vận Huyện ủy", True)]),
    ],
)
def test_past_posts_of_a_subject_that_points_back(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # the post, then its holder set off by a comma with an honorific
        ("Chủ tịch UBND xã Nậm Lành, ông Sùng A Chứ, cho biết.", "Sùng A Chứ",
         [("Chủ tịch", "Ủy ban nhân dân xã Nậm Lành", False)]),
        ("Theo Giám đốc Sở Y tế, bà Nịnh Thị Mai, dịch đã được kiểm soát.", "Nịnh Thị Mai",
         [("Giám đốc", "Sở Y tế", False)]),
        # … not a post after another holder's verb, nor one the name is set against with a post of its own
        ("Ông Cà Văn Lả được bầu làm Trưởng Ban Pháp chế, bà Lò Thị Ín được bầu làm Trưởng Ban Văn hóa - Xã hội.",
         "Lò Thị Ín", [("Trưởng ban", "Ban Văn hóa - Xã hội", False)]),
        ("Thay mặt Chủ tịch UBND tỉnh, ông Lù Văn Sinh, Phó Chủ tịch UBND tỉnh trao quà.", "Lù Văn Sinh",
         [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)]),
    ],
)
def test_a_post_then_its_holder_set_off_by_a_comma(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_post_held_after_an_appositive_with_giu_chuc(pipe):
    # "đồng chí X, <present post>, giữ chức <post>": both posts are X's, and no one else's
    got = officials(pipe, "Ban Thường vụ gồm 9 đồng chí; đồng chí Hoàng Văn Lực, Chủ tịch UBND xã, giữ chức Phó Bí thư "
                          "Đảng ủy xã.")
    assert got["Hoàng Văn Lực"][2] == [("Chủ tịch", "Ủy ban nhân dân xã", False), ("Phó Bí thư", "Đảng ủy xã", False)]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # "X là <post>": a copula straight after the name
        ("Bà Lò Thị Hạnh là Phó Chủ tịch UBND huyện Mường Tè.", "Lò Thị Hạnh",
         [("Phó Chủ tịch", "Ủy ban nhân dân huyện Mường Tè", False)]),
        # names joined by "và" share the post the copula gives the last of them
        ("HĐND huyện đã bầu ông Giàng A Phử và ông Vàng Seo Lử là Phó Chủ tịch UBND huyện.", "Giàng A Phử",
         [("Phó Chủ tịch", "Ủy ban nhân dân huyện", False)]),
        ("Bà Đinh Thị Mơ, ông Quàng Văn Ún và ông Lường Văn Pọm đều là Phó Giám đốc Sở Y tế.", "Quàng Văn Ún",
         [("Phó Giám đốc", "Sở Y tế", False)]),
        # the post as the subject, its holder after the copula
        ("Bằng khen do Chủ tịch UBND tỉnh Thanh Hóa khi đó là ông Hà Văn Thẩm ký.", "Hà Văn Thẩm",
         [("Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa", False)]),
        ("Sinh viên Lò Văn Pâng cho biết. Phó Chủ tịch UBND xã hiện là ông Lò Văn Pín.", "Lò Văn Pín",
         [("Phó Chủ tịch", "Ủy ban nhân dân xã", False)]),
        # … but not a post set after another holder's name
        ("Ông Vi Văn Khoa, Giám đốc Sở Y tế là ông chủ của buổi tiếp.", "Vi Văn Khoa",
         [("Giám đốc", "Sở Y tế", False)]),
        # a body whose name holds a plural word is still one body
        ("Ông Mạc Văn Sử, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam phát biểu.", "Mạc Văn Sử",
         [("Chủ tịch", "Liên hiệp các tổ chức hữu nghị Việt Nam", False)]),
    ],
)
def test_posts_given_by_a_copula(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_a_caption_run_into_the_next_sentence_does_not_lengthen_the_name(pipe):
    # photo captions often lose their full stop: the next sentence's capitalized function word is no name syllable
    got = officials(pipe, "Các đại biểu chúc mừng Bí thư Tỉnh ủy Lục Văn Sình Trong mọi hoàn cảnh, ông luôn gần dân. "
                          "Ông Trịnh Bằng Có, Tổng Thư ký Hiệp hội Du lịch tỉnh, cho biết.")
    assert set(got) == {"Lục Văn Sình", "Trịnh Bằng Có"}
    assert got["Lục Văn Sình"][2] == [("Bí thư", "Tỉnh ủy", False)]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # the post, then its holder set off by a dash
        ("Phó Chủ tịch UBND tỉnh Kon Tum - ông Hà Văn Tuy đã ký quyết định.", "Hà Văn Tuy",
         [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum", False)]),
        # a counted post, a copula, then its holders
        ("Hai Phó Giám đốc Sở Y tế là ông Tòng Văn Mến và bà Lò Thị Hiên.", "Tòng Văn Mến",
         [("Phó Giám đốc", "Sở Y tế", False)]),
        # the province written with a dash
        ("Chủ tịch UBND tỉnh Thừa Thiên - Huế lúc bấy giờ là ông Hồ Sĩ Nguyên.", "Hồ Sĩ Nguyên",
         [("Chủ tịch", "Ủy ban nhân dân tỉnh Thừa Thiên Huế", False)]),
    ],
)
def test_holders_after_a_dash_or_a_counted_post(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # lower-case words of a body's name
        ("Ông Hà Văn Nhân, Phó Cục trưởng Cục Trồng trọt và Bảo vệ thực vật, phát biểu.", "Hà Văn Nhân",
         [("Phó Cục trưởng", "Cục Trồng trọt và Bảo vệ thực vật", False)]),
        # a bare head of two words points back to the body named before
        ("Bệnh viện Đa khoa tỉnh Lai Châu tổ chức hội nghị. TS.BS Lò Văn Quý, Giám đốc Bệnh viện, cho biết.",
         "Lò Văn Quý", [("Giám đốc", "Bệnh viện Đa khoa tỉnh Lai Châu", False)]),
        # … also when that body was named inside a longer one
        ("Bộ Tư lệnh Quân khu 2 làm việc với tỉnh. Dự có Đại tá Hà Đức Khanh, Phó Tham mưu trưởng Quân khu.",
         "Hà Đức Khanh", [("Phó Tham mưu trưởng", "Quân khu 2", False)]),
        # a head word inside a full name is no body ("Trường" + "Sơn")
        ("Bệnh viện Phổi tỉnh có giám đốc mới, thay BSCKII Cao Trường Sơn - nguyên Giám đốc Bệnh viện, nay là Phó "
         "Giám đốc Sở Y tế.", "Cao Trường Sơn",
         [("Giám đốc", "Bệnh viện Phổi tỉnh", True), ("Phó Giám đốc", "Sở Y tế", False)]),
        # an earlier post in brackets after the present one
        ("Dự có ông Lò Văn Luân - Phó Chủ tịch UBND phường (nguyên Phó Chủ tịch UBND thành phố Lai Châu).",
         "Lò Văn Luân", [("Phó Chủ tịch", "Ủy ban nhân dân phường", False),
                         ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Lai Châu", True)]),
    ],
)
def test_bodies_named_in_lower_case_or_pointed_back_to(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bà Lò Thị Hoa tiếp tục giữ chức Giám đốc Sở Y tế.", [("appointed", "Giám đốc", "Lò Thị Hoa")]),
        ("Ban Thường vụ Tỉnh ủy luân chuyển ông Vàng A Dế giữ chức Phó Bí thư Huyện ủy Mường Nhé.",
         [("appointed", "Phó Bí thư", "Vàng A Dế")]),
        ("Đồng chí Lù Văn Sáng thôi làm Ủy viên Ủy ban Kiểm tra Tỉnh ủy.", [("removed", "Ủy viên", "Lù Văn Sáng")]),
        # membership of the committees, then the post
        ("Bà Mã Thị Hương, nguyên Chánh Văn phòng UBND tỉnh, được Ban Thường vụ Tỉnh ủy điều động, chỉ định tham gia "
         "Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy phường Minh Xuân.",
         [("appointed", "Bí thư", "Mã Thị Hương")]),
        # the holder's present post set off by a dash, then the new one
        ("Ban Thường vụ Tỉnh ủy điều động bà Lò Thị Xuyến - Phó Trưởng Ban Dân vận Tỉnh ủy, chỉ định tham gia Ban "
         "Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Đảng ủy phường Tân Phong.",
         [("appointed", "Phó Bí thư", "Lò Thị Xuyến")]),
        # one election, however many verbs
        ("Ban Chấp hành đã bầu đồng chí Quàng Văn Pọm tiếp tục giữ chức Phó Bí thư Đảng ủy xã.",
         [("elected", "Phó Bí thư", "Quàng Văn Pọm")]),
        # "chức vụ" (a post) is no "Vụ trưởng"
        ("HĐND tỉnh miễn nhiệm chức vụ Trưởng Ban Kinh tế - Ngân sách đối với ông Lò Văn Dũng.",
         [("removed", "Trưởng ban", "Lò Văn Dũng")]),
    ],
)
def test_continued_rotated_and_left_posts(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.holder) for e in rec.elections] == expected


def test_an_earlier_post_introduced_by_truoc_day_la(pipe):
    got = officials(pipe, "Ban Thường vụ điều động đồng chí Hà Thị Hạnh, trước đây là Phó Trưởng Ban Dân vận Tỉnh ủy, "
                          "giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.")
    assert got["Hà Thị Hạnh"][2] == [("Phó Trưởng ban", "Ban Dân vận Tỉnh ủy", True),
                                     ("Phó Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy", False)]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Tham dự có ông Lò Minh Quân, Phó Chủ nhiệm Uỷ ban Đối ngoại của Quốc hội.", "Lò Minh Quân",
         [("Phó Chủ nhiệm", "Ủy ban Đối ngoại của Quốc hội", False)]),
        ("Bằng khen trao cho bà Mai Thị Hương, Chủ tịch Công đoàn cơ sở Trường THPT chuyên Lương Văn Tụy.",
         "Mai Thị Hương", [("Chủ tịch", "Công đoàn cơ sở Trường Trung học phổ thông chuyên Lương Văn Tụy", False)]),
        ("Bà Lò Thị Hà - Phó Bí thư Huyện ủy Núi Thành trước đó - được điều động về Sở Nội vụ.", "Lò Thị Hà",
         [("Phó Bí thư", "Huyện ủy Núi Thành", True)]),
        ("Ông Tiêu Văn Hoà, Cục trưởng Cục Kiểm tra văn bản quy phạm pháp luật, dự họp.", "Tiêu Văn Hòa",
         [("Cục trưởng", "Cục Kiểm tra văn bản quy phạm pháp luật", False)]),
        ("Ông Lò Văn Dũng, Trưởng phòng Nghiệp vụ 2 (Thanh tra tỉnh), dự họp.", "Lò Văn Dũng",
         [("Trưởng phòng", "Phòng Nghiệp vụ 2", False)]),
    ],
)
def test_more_body_names(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_a_post_named_bare_then_in_full_by_the_appointment_is_one_position(pipe):
    got = officials(pipe, "Ông Hà Duy Mạnh, Phó Cục trưởng, được bổ nhiệm lại giữ chức vụ Phó Cục trưởng Cục Nhà giáo và "
                          "Cán bộ quản lý giáo dục.")
    assert got["Hà Duy Mạnh"][2] == [("Phó Cục trưởng", "Cục Nhà giáo và Cán bộ quản lý giáo dục", False)]


def test_a_plural_audience_before_the_speaker_is_no_post_of_his(pipe):
    got = officials(pipe, "Thông tin tới các đại biểu, ông Võ Quang Hải cho biết tỉnh đã sắp xếp xong bộ máy.")
    assert got["Võ Quang Hải"][2] == []


def test_a_requirement_to_be_appointed_is_no_appointment(pipe):
    rec = pipe.extract_text("Bà Lò Thị Hương, Trưởng ban Tổ chức Huyện ủy Mường Tè cho biết, tiêu chuẩn để được bổ nhiệm "
                            "vào chức vụ Trưởng ban Quản lý dự án huyện là phải có bằng kỹ sư.", "t")
    assert rec.elections == []
    got = {o.name: [(p.title, p.organization) for p in o.positions] for o in rec.officials}
    assert got["Lò Thị Hương"] == [("Trưởng ban", "Ban Tổ chức Huyện ủy Mường Tè")]
    # … unlike a move the sentence has already told
    rec = pipe.extract_text("Đồng chí Lò Văn Sơn thôi làm Ủy viên Ủy ban Kiểm tra Tỉnh ủy để được điều động, bổ nhiệm "
                            "giữ chức Phó Trưởng Ban Nội chính Tỉnh ủy.", "t")
    assert ("appointed", "Phó Trưởng ban", "Lò Văn Sơn") in [(e.kind, e.role, e.holder) for e in rec.elections]


def test_lower_case_titles_after_giu_chuc(pipe):
    got = officials(pipe, "Thành ủy công bố quyết định điều động ông Đặng Việt Dũng, phó chủ tịch thường trực UBND TP Đà "
                          "Nẵng, giữ chức phó trưởng Ban Nội chính Thành ủy.")
    assert ("Phó Trưởng ban", "Ban Nội chính Thành ủy", False) in got["Đặng Việt Dũng"][2]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # an age, then the post, in brackets after a bare name
        ("Tòa tuyên phạt bị cáo Lò Thanh Tùng (61 tuổi, nguyên chủ tịch UBND xã Phước Lại) 3 năm tù.", "Lò Thanh Tùng",
         [("Chủ tịch", "Ủy ban nhân dân xã Phước Lại", True)]),
        # "khi đó là": a past post
        ("Với bà Đoàn Thị Thuỷ, khi đó là trưởng phòng TN-MT huyện, cơ quan kiểm tra kết luận bà đã tham mưu sai.",
         "Đoàn Thị Thủy", [("Trưởng phòng", "Phòng Tài nguyên và Môi trường huyện", True)]),
        # a short name, then "giữ chức" / "hiện cũng là"
        ("Ông Lò Đình Sơn cho biết. Ông Sơn giữ chức chủ tịch UBND xã từ tháng 7/2020.", "Lò Đình Sơn",
         [("Chủ tịch", "Ủy ban nhân dân xã", False)]),
        ("Ông Đặng Văn Toàn bị kiểm điểm. Ông Toàn hiện cũng là đại biểu HĐND huyện.", "Đặng Văn Toàn",
         [("Đại biểu", "Hội đồng nhân dân huyện", False)]),
    ],
)
def test_news_site_phrasings(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Các đồng chí Lò Đức Hiển, Ngô Thị Vân và Cầm Minh Quyết lần lượt được Ban Chấp hành tín nhiệm bầu giữ chức "
         "Bí thư, Phó Bí thư Thường trực và Phó Bí thư Huyện ủy khóa XXIV.",
         [("elected", "Bí thư", "Huyện ủy", "Lò Đức Hiển"),
          ("elected", "Phó Bí thư Thường trực", "Huyện ủy", "Ngô Thị Vân"),
          ("elected", "Phó Bí thư", "Huyện ủy", "Cầm Minh Quyết")]),
        ("Hội nghị đã bầu các đồng chí Lò Văn Hùng, Cầm Thị Lan lần lượt giữ chức Chủ tịch, Phó Chủ tịch Hội Nông dân "
         "tỉnh khóa X.",
         [("elected", "Chủ tịch", "Hội Nông dân tỉnh", "Lò Văn Hùng"),
          ("elected", "Phó Chủ tịch", "Hội Nông dân tỉnh", "Cầm Thị Lan")]),
    ],
)
def test_respective_roles(pipe, text, expected):
    rec = pipe.extract_text(text, "t")
    assert [(e.kind, e.role, e.organization, e.holder) for e in rec.elections] == expected


def test_posts_given_after_the_name_by_giu_chuc_or_in_brackets_with_kiem(pipe):
    got = officials(pipe, "Kỳ họp bầu bà Lý Thị Mai giữ chức Trưởng Ban Dân tộc HĐND tỉnh. Phó Chủ tịch Ủy ban: ông Lê "
                          "Văn Hòa (kiêm Chủ tịch Hội Cựu chiến binh phường). Đồng chí Lò Đức Hiển năm nay 51 tuổi, trước "
                          "đó là Phó Bí thư Thường trực Huyện ủy khóa XXIII.")
    assert got["Lý Thị Mai"][2] == [("Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh", False)]
    assert ("Chủ tịch", "Hội Cựu chiến binh phường", False) in got["Lê Văn Hòa"][2]
    assert got["Lò Đức Hiển"][2] == [("Phó Bí thư Thường trực", "Huyện ủy", True)]


def test_role_colon_holder_lists_after_cu_the(pipe):
    rec = pipe.extract_text("Ban Chấp hành khóa mới bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí và các chức danh chủ chốt, cụ "
                            "thể: Bí thư Tỉnh ủy: đồng chí Trương Minh Khải; Phó Bí thư Tỉnh ủy: các đồng chí Lò Thị Hoa, Phó "
                            "Bí thư Thường trực Tỉnh ủy và Vi Đình Nghĩa, Chủ tịch UBND tỉnh; Chủ nhiệm Ủy ban Kiểm tra Tỉnh "
                            "ủy: đồng chí Phan Văn Lực.", "t")
    assert [(e.role, e.organization, e.holder) for e in rec.elections] == [
        ("Bí thư", "Tỉnh ủy", "Trương Minh Khải"), ("Phó Bí thư", "Tỉnh ủy", "Lò Thị Hoa"),
        ("Phó Bí thư", "Tỉnh ủy", "Vi Đình Nghĩa"), ("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy", "Phan Văn Lực")]
    rec = pipe.extract_text("Ban Chấp hành đã bầu các chức danh lãnh đạo Hội Nông dân tỉnh khóa X, cụ thể - Chủ tịch: ông Y "
                            "Phôn Niê; Phó Chủ tịch: bà Lò Thị Nhung.", "t")
    assert [(e.role, e.organization, e.holder) for e in rec.elections] == [
        ("Chủ tịch", "Hội Nông dân tỉnh", "Y Phôn Niê"), ("Phó Chủ tịch", "Hội Nông dân tỉnh", "Lò Thị Nhung")]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("UBND tỉnh đã quyết định cách chức Giám đốc BQL rừng phòng hộ Đắk Glong đối với ông Lò Văn Thủy.", "Lò Văn Thủy",
         [("Giám đốc", "Ban Quản lý rừng phòng hộ Đắk Glong", True)]),
        ("Theo ông Hà Công Hậu, Giám đốc Ban Quản lý dự án đầu tư xây dựng thị xã, dự án đã xong.", "Hà Công Hậu",
         [("Giám đốc", "Ban Quản lý dự án đầu tư xây dựng thị xã", False)]),
        ("Bà Đoàn Thị Thuỷ bị kỷ luật. Với bà Thuỷ, khi đó là trưởng phòng TN-MT huyện, cơ quan kiểm tra kết luận bà "
         "đã tham mưu sai.", "Đoàn Thị Thủy", [("Trưởng phòng", "Phòng Tài nguyên và Môi trường huyện", True)]),
    ],
)
def test_management_boards_and_short_names_with_past_posts(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_the_acting_body_is_not_the_one_removed(pipe):
    rec = pipe.extract_text("UBND tỉnh đã quyết định cách chức Giám đốc BQL rừng phòng hộ Đắk Glong đối với ông Lò Văn "
                            "Thủy.", "t")
    assert [(e.kind, e.holder, e.body) for e in rec.elections] == [("removed", "Lò Văn Thủy", "Ủy ban nhân dân tỉnh")]


def test_a_given_name_with_its_own_post_joins_the_full_name(pipe):
    got = officials(pipe, "Bà Trần Vũ Quỳnh Anh, nguyên Trưởng phòng Quản lý nhà, bị kỷ luật. Vì sao bà Quỳnh Anh được bổ "
                          "nhiệm làm Phó phòng từ tháng 4/2014, ông Lò Văn Diến không trả lời.")
    assert "Quỳnh Anh" not in got
    assert ("Phó phòng", None, False) in got["Trần Vũ Quỳnh Anh"][2]


def test_a_body_led_by_a_holder_named_after_do(pipe):
    got = officials(pipe, "Ủy ban Kiểm tra Đảng ủy xã gồm 3 đồng chí, do đồng chí Lò Văn Hào làm Chủ nhiệm.")
    assert got["Lò Văn Hào"][2] == [("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy xã", False)]
    # a delegation's head ("làm trưởng đoàn", lower case) is a role for the visit, not a post
    got = officials(pipe, "Đoàn công tác do đồng chí Lò Văn Hùng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra.")
    assert got["Lò Văn Hùng"][2] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh", False)]


def test_an_ambassador_named_after_the_country(pipe):
    got = officials(pipe, "Tại điểm cầu Tokyo, Đại sứ Việt Nam tại Nhật Bản Lưu Hoàng Sơn cho biết cộng đồng ổn định. Đại "
                          "sứ Việt Nam tại Lào Nguyễn Bá Hùng dự lễ.")
    assert got["Lưu Hoàng Sơn"][2] == [("Đại sứ", None, False)]
    assert got["Nguyễn Bá Hùng"][2] == [("Đại sứ", None, False)]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Tham dự có Đại biểu Quốc hội Huỳnh Thị Loan, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh và Đại biểu Quốc hội "
         "Thạch Phước Bình.", "Huỳnh Thị Loan",
         [("Đại biểu", "Quốc hội", False), ("Phó Trưởng đoàn chuyên trách", "Đoàn đại biểu Quốc hội tỉnh", False)]),
        ("Tham dự có Đại biểu Quốc hội Huỳnh Thị Loan, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh và Đại biểu Quốc hội "
         "Thạch Phước Bình.", "Thạch Phước Bình", [("Đại biểu", "Quốc hội", False)]),
        ("Đồng chí Lò Quốc Nam giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh nhiệm kỳ 2025-2030.", "Lò Quốc Nam",
         [("Bí thư", "Đảng ủy các cơ quan Đảng tỉnh", False)]),
        ("Theo ông Lê Hoàng Duy, Trưởng Ban Quản lý các khu kinh tế tỉnh, thời gian giải quyết đã giảm.", "Lê Hoàng Duy",
         [("Trưởng ban", "Ban Quản lý các khu kinh tế tỉnh", False)]),
    ],
)
def test_post_merger_bodies_and_full_time_deputies(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_the_predecessor_named_in_a_relative_clause_is_the_one_removed(pipe):
    rec = pipe.extract_text("Bà Thạch Thị Phia thay ông Danh Út, người được cho thôi giữ chức Giám đốc Sở Dân tộc và Tôn "
                            "giáo để nghỉ hưu theo chế độ.", "t")
    assert [(e.kind, e.holder) for e in rec.elections] == [("removed", "Danh Út")]


def test_respective_scores_and_places(pipe):
    rec = pipe.extract_text("Năm 2019, Công an tỉnh và VKSND tỉnh lần lượt đạt 985 điểm và 982,5 điểm, xếp thứ nhất và thứ "
                            "hai; Sở Tư pháp đạt 980 điểm, xếp thứ ba. UBND huyện Tây Giang dẫn đầu với 95,6 điểm.", "t")
    assert [(s.holder, s.value, s.rank) for s in rec.scores] == [
        ("Công an tỉnh", 985.0, 1), ("Viện Kiểm sát nhân dân tỉnh", 982.5, 2), ("Sở Tư pháp", 980.0, 3),
        ("Ủy ban nhân dân huyện Tây Giang", 95.6, 1)]


def test_co_tu_family_names(pipe):
    got = officials(pipe, "Chia sẻ tại hội nghị, Chủ tịch UBND huyện Tây Giang Bríu Thị Nhơn cho biết huyện đã hoàn thành.")
    assert got["Bríu Thị Nhơn"][2] == [("Chủ tịch", "Ủy ban nhân dân huyện Tây Giang", False)]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Ông Trần Văn Mười, Giám đốc HTX nông nghiệp Điện Phong thông tin thêm về vụ lúa.", "Trần Văn Mười",
         [("Giám đốc", "Hợp tác xã nông nghiệp Điện Phong", False)]),
        ("Ông Võ Văn Đức, Giám đốc Công ty TNHH MTV Khai thác công trình thuỷ lợi Quảng Ngãi cho biết.", "Võ Văn Đức",
         [("Giám đốc", "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi", False)]),
        # a school already named after its place: the name after it is the principal's
        ("Hiệu trưởng Trường PTDTNT THPT Mường Nhé Chang A Dế cho biết năm học mới đã sẵn sàng.", "Chang A Dế",
         [("Hiệu trưởng", "Trường Phổ thông Dân tộc nội trú Trung học phổ thông Mường Nhé", False)]),
        # … a school named after a person keeps the name
        ("Hiệu trưởng Trường THPT Phan Bội Châu Lò Văn An cho biết.", "Lò Văn An",
         [("Hiệu trưởng", "Trường Trung học phổ thông Phan Bội Châu", False)]),
    ],
)
def test_cooperatives_companies_and_schools(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Tổng Kiểm toán Nhà nước Lữ Thị Châu cho biết kết quả kiểm toán.", "Lữ Thị Châu",
         [("Tổng Kiểm toán", "Kiểm toán Nhà nước", False)]),
        ("Về phía Bộ có ông Ninh Đức Toản, Vụ trưởng Vụ Hợp tác quốc tế.", "Ninh Đức Toản",
         [("Vụ trưởng", "Vụ Hợp tác quốc tế", False)]),
        ("Chủ nhiệm Ủy ban Quốc phòng và An ninh Trung tướng Hứa Đình Khang đề nghị tăng chi.", "Hứa Đình Khang",
         [("Chủ nhiệm", "Ủy ban Quốc phòng và An ninh", False)]),
        ("Bộ Tài chính họp. Chánh Văn phòng Bộ Phí Thị Hồng Nhung thông tin thêm.", "Phí Thị Hồng Nhung",
         [("Chánh Văn phòng", "Văn phòng Bộ", False)]),
        ("Cùng chủ trì có các Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương: Lò Thị Sinh, Hồ Đức Nhân.", "Hồ Đức Nhân",
         [("Phó Trưởng ban", "Ban Tuyên giáo và Dân vận Trung ương", False)]),
    ],
)
def test_central_bulletin_phrasings(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected


def test_committee_roles_in_a_listed_membership_and_posts_after_a_semicolon(pipe):
    got = officials(pipe, "Ban Lễ tang gồm 9 thành viên: đồng chí Đặng Hữu Khang, Bí thư Tỉnh ủy, Trưởng ban; đồng chí Lò "
                          "Thế Lương, Chủ tịch UBND tỉnh, Phó Trưởng ban.")
    assert got["Đặng Hữu Khang"][2] == [("Bí thư", "Tỉnh ủy", False), ("Trưởng ban", "Ban Lễ tang", False)]
    assert got["Lò Thế Lương"][2] == [("Chủ tịch", "Ủy ban nhân dân tỉnh", False), ("Phó Trưởng ban", "Ban Lễ tang", False)]
    got = officials(pipe, "Đồng chí Trần Quang Vịnh, sinh năm 1941, quê xã Cẩm Bình; nguyên Tỉnh ủy viên, nguyên Giám đốc "
                          "Sở Giao thông vận tải.")
    assert got["Trần Quang Vịnh"][2] == [("Ủy viên", "Tỉnh ủy", True), ("Giám đốc", "Sở Giao thông vận tải", True)]


def test_a_bare_head_points_to_the_body_the_text_keeps_naming(pipe):
    text = ("Sở Tài nguyên và Môi trường tỉnh kỷ niệm 20 năm thành lập. Tiền thân của Sở Tài nguyên và Môi trường là Sở "
            "Khoa học, Công nghệ và Môi trường. Sở Tài nguyên và Môi trường có 12 phòng. Dự lễ có ông Lò Xuân Lộc, Phó Giám "
            "đốc Sở.")
    assert officials(pipe, text)["Lò Xuân Lộc"][2] == [("Phó Giám đốc", "Sở Tài nguyên và Môi trường", False)]
    # … but a body named in the same sentence comes first
    text = ("Sở Nông nghiệp và Môi trường có hai Phó Giám đốc mới. Sở Nông nghiệp và Môi trường cũng nhận thêm biên chế. Tại "
            "Sở Tài chính, bà Lò Thị Hà tiếp tục giữ chức Giám đốc Sở.")
    assert officials(pipe, text)["Lò Thị Hà"][2] == [("Giám đốc", "Sở Tài chính", False)]


def test_a_retirement_of_many_is_no_removal_of_the_name_before(pipe):
    rec = pipe.extract_text("Dự lễ có bà Lò Thị Hồng Vân, Giám đốc Sở Y tế cùng đại diện Bệnh viện và nhiều thế hệ cán bộ, "
                            "nhân viên y tế đã nghỉ hưu.", "t")
    assert rec.elections == []
    assert [(p.title, p.former) for p in rec.officials[0].positions] == [("Giám đốc", False)]


def test_informal_honorifics_before_a_full_name_only(pipe):
    rec = pipe.extract_text("Dự có anh Trịnh Quốc Việt (kiêm Bí thư Đoàn Thanh niên phường). Tại Anh Quốc, Thủ tướng Anh "
                            "phát biểu. Anh em trong đơn vị và chị Lan cùng dự.", "t")
    got = {o.name: (o.honorific, [(p.title, p.organization) for p in o.positions]) for o in rec.officials}
    assert got == {"Trịnh Quốc Việt": ("anh", [("Bí thư", "Đoàn Thanh niên phường")])}


def test_a_known_body_is_not_run_into_a_verb(pipe):
    got = officials(pipe, "Ông Đặng Xuân Trường, Phó Giám đốc Sở Khoa học và Công nghệ thông tin, toàn bộ 99 xã đã kết nối.")
    assert got["Đặng Xuân Trường"][2] == [("Phó Giám đốc", "Sở Khoa học và Công nghệ", False)]


def test_a_colon_list_of_holders_each_with_a_post_shares_the_plural_title(pipe):
    got = officials(pipe, "Tham gia tiếp xúc có các đại biểu Quốc hội: Hồ Sỹ Nguyên, Phó Trưởng Đoàn ĐBQH tỉnh; Lò Thị Kim "
                          "Thoa, Phó Chủ tịch Hội LHPN tỉnh.")
    assert got["Lò Thị Kim Thoa"][2] == [("Đại biểu", "Quốc hội", False),
                                         ("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh", False)]
    assert ("Đại biểu", "Quốc hội", False) in got["Hồ Sỹ Nguyên"][2]


def test_names_joined_by_va_share_the_post_after_giu_chuc(pipe):
    got = officials(pipe, "Anh Lê Văn Giang tái cử Bí thư Huyện đoàn; anh Nguyễn Văn Thắng và chị Lương Thị Nhung giữ chức "
                          "Phó Bí thư.")
    assert got["Nguyễn Văn Thắng"][2] == [("Phó Bí thư", None, False)]
    assert got["Lương Thị Nhung"][2] == [("Phó Bí thư", None, False)]


def test_delegation_heads_and_chairs_named_after_an_appositive(pipe):
    got = officials(pipe, "Ông Tiêu Văn Kỳ, Phó Chủ nhiệm Uỷ ban Văn hoá, Giáo dục, Trưởng Đoàn giám sát chủ trì buổi làm "
                          "việc.")
    assert ("Trưởng đoàn", "Đoàn giám sát", False) in got["Tiêu Văn Kỳ"][2]
    got = officials(pipe, "Ban Chấp hành cũng bầu Ủy ban Kiểm tra Hội LHPN tỉnh gồm 5 đồng chí, do bà Đậu Thị Ngọc Anh, "
                          "Trưởng ban Tổ chức Hội LHPN tỉnh, làm Chủ nhiệm.")
    assert ("Chủ nhiệm", "Ủy ban Kiểm tra Hội Liên hiệp Phụ nữ tỉnh", False) in got["Đậu Thị Ngọc Anh"][2]


def test_khi_con_la_marks_a_past_post(pipe):
    got = officials(pipe, "Dự án được giao từ năm 2019, khi ông Trương Công Tuấn còn là Giám đốc Sở Xây dựng. Ông Lò Văn "
                          "An còn là Chủ tịch Hội Nông dân xã.")
    assert got["Trương Công Tuấn"][2] == [("Giám đốc", "Sở Xây dựng", True)]
    assert got["Lò Văn An"][2] == [("Chủ tịch", "Hội Nông dân xã", False)]


def test_a_list_of_people_each_with_posts_before_the_name(pipe):
    got = officials(pipe, "Thủ tướng Nguyễn Xuân Phúc, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh và các Bộ trưởng dự.")
    assert got["Nguyễn Xuân Phúc"][2] == [("Thủ tướng", None, False)]
    assert got["Phạm Bình Minh"][2] == [("Phó Thủ tướng", None, False), ("Bộ trưởng", None, False)]


def test_an_appositive_chain_then_the_next_name_with_its_own_post(pipe):
    got = officials(pipe, "Chiều 18-6, tiếp Thượng tướng Phạm Trường Long, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung "
                          "ương Trung Quốc, Chủ tịch nước Trần Đại Quang nhấn mạnh quan hệ hai nước.")
    assert got["Phạm Trường Long"][2] == [("Ủy viên", "Bộ Chính trị", False),
                                          ("Phó Chủ tịch", "Quân ủy Trung ương Trung Quốc", False)]
    assert got["Trần Đại Quang"][2] == [("Chủ tịch nước", None, False)]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # a verb glued to a place name by the word segmenter is no part of the body
        ("Đồng chí Tẩn Văn Chỉn, Bí thư Huyện ủy Phong Thổ giữ vai trò chỉ huy chung.", "Tẩn Văn Chỉn",
         [("Bí thư", "Huyện ủy Phong Thổ", False)]),
        ("Bà Lò Thị Thu Hương, trước khi hợp nhất là Chánh án TAND tỉnh Phú Yên, được bổ nhiệm giữ chức Phó Chánh án TAND "
         "tỉnh Đắk Lắk.", "Lò Thị Thu Hương",
         [("Chánh án", "Tòa án nhân dân tỉnh Phú Yên", True), ("Phó Chánh án", "Tòa án nhân dân tỉnh Đắk Lắk", False)]),
    ],
)
def test_place_names_and_posts_before_the_merger(pipe, text, name, expected):
    assert officials(pipe, text)[name][2] == expected
