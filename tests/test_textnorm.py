import unicodedata

import pytest

from pipeline.errors import InputError
from pipeline.decoding import decode_text as decode_bytes
from pipeline.textnorm import build_match_text, normalize_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Hòa Bình", "Hoà Bình"),
        ("Ủy ban", "Uỷ ban"),
        ("Khánh Hòa", unicodedata.normalize("NFD", "Khánh Hoà")),
        ("thủy lợi", "thuỷ lợi"),
        ("khỏe", "khoẻ"),
        ("Thi đua - Khen thưởng", "Thi đua – Khen thưởng"),
        ("Sở  Y\u00a0tế", "Sở Y tế"),
        ("ĐẠI HỘI", "\u00d0ẠI HỘI"),
    ],
)
def test_equal_under_matching(a, b):
    assert normalize_key(a) == normalize_key(b)


@pytest.mark.parametrize("word", ["hoàn thành", "quý I", "Quý", "toàn", "khuyến khích", "thuở"])
def test_closed_syllables_and_qu_keep_their_tone(word):
    assert build_match_text(word).norm == word


@pytest.mark.parametrize(
    "text",
    [
        unicodedata.normalize("NFD", "Phó Chủ tịch Uỷ ban nhân dân tỉnh Khánh Hoà"),
        "a\u00a0\u00a0b\r\n\r\nc\u200bd",
        "\ufeffxin chào  thế\tgiới",
        "",
    ],
)
def test_view_ranges_are_ordered_and_cover_real_characters(text):
    mt = build_match_text(text)
    assert len(mt.norm) == len(mt.fold) == len(mt.starts) == len(mt.ends)
    for k in range(len(mt.norm)):
        assert mt.starts[k] < mt.ends[k]
        if k:
            assert mt.starts[k] >= mt.starts[k - 1] and mt.ends[k] >= mt.ends[k - 1]
        piece = text[mt.starts[k] : mt.ends[k]]
        if mt.norm[k] in " \n":
            assert piece.strip(" \t\r\n\u00a0\u200b\ufeff") == "" and piece != ""
        else:
            # the view char is the composed form of the original cluster (tones may move
            # between the two vowels of a pair, so compare without tone marks)
            bare = "".join(c for c in unicodedata.normalize("NFD", piece.lower()) if c not in "\u0300\u0301\u0303\u0309\u0323")
            view = "".join(c for c in unicodedata.normalize("NFD", mt.fold[k]) if c not in "\u0300\u0301\u0303\u0309\u0323")
            assert bare == view


def test_decomposed_letters_map_to_whole_clusters():
    text = unicodedata.normalize("NFD", "Hoà")
    mt = build_match_text(text)
    assert mt.norm == "Hòa"
    assert mt.span(0, 3) == (0, len(text))
    assert text[slice(*mt.span(2, 3))] == unicodedata.normalize("NFD", "à")


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Sở Y tế".encode("utf-8"), "Sở Y tế"),
        (b"\xef\xbb\xbf" + "Sở Y tế".encode("utf-8"), "Sở Y tế"),
        ("Sở Y tế".encode("utf-16"), "Sở Y tế"),
    ],
)
def test_decode(data, expected):
    assert decode_bytes(data) == expected


def test_decode_rejects_binary_content_with_a_clear_message():
    with pytest.raises(InputError) as info:
        decode_bytes(b"PK\x03\x04\x00\x00binary\x00\xff\xfe")
    assert info.value.type == "DecodeError"
    assert "E001" in str(info.value) and "binary" in str(info.value)


def test_fast_path_maps_exactly_like_the_character_by_character_path():
    # plain stretches are copied in bulk; the result must equal the per-character walk
    import random
    from array import array

    from pipeline import textnorm

    alphabet = list("aoeuyAOUYqQ hnt,.-\n\t") + ["\u00a0", "\u200b", "\ufeff", "\u2013", "\u201c", "Ð",
                                                 "\u0300", "\u0301", "\u0309", "\u0323", "\u0302", "à", "ỷ",
                                                 "ờ", "İ", "\u2126", "  ", "\n\n"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        out, starts, ends = [], array("l"), array("l")
        textnorm._special(text, 0, len(text), out, starts, ends)
        fast = build_match_text(text)
        assert fast.norm == textnorm._retone("".join(out)), repr(text)
        assert (list(fast.starts), list(fast.ends)) == (list(starts), list(ends)), repr(text)
