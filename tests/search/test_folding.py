"""Folding: Vietnamese with or without diacritics reads the same to search."""

from hypothesis import given
from hypothesis import strategies as st

from search.folding import fold, spaced, tokens
from search.highlight import highlight

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
vietnamese_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " -,.0123456789", max_size=80)


def test_vietnamese_words_fold_to_plain_lower_case_letters():
    assert fold("Phần mềm ĐÀ LẠT") == "phan mem da lat"
    assert fold("Nghị định 218/2013/NĐ-CP") == "nghi dinh 218/2013/nd-cp"


def test_decomposed_input_folds_like_precomposed_input():
    assert fold("Đa\u0300 La\u0323t") == fold("Đà Lạt") == "da lat"


def test_tokens_split_codes_and_words():
    assert tokens("Lô A-12, Đà Lạt") == ["lo", "a", "12", "da", "lat"]
    assert spaced("Lô A-12") == " lo a 12 "


@given(st.text(max_size=60))
def test_folding_twice_changes_nothing(text):
    assert fold(fold(text)) == fold(text)


@given(vietnamese_text)
def test_folded_vietnamese_is_plain_ascii(text):
    assert fold(text).isascii()


@given(st.text(max_size=40), st.text(max_size=40))
def test_folding_works_piece_by_piece(first, second):
    assert fold(first + second) == fold(first) + fold(second)


@given(vietnamese_text)
def test_highlighting_keeps_the_original_text(text):
    marked = str(highlight(text, tokens(text)[:3])).replace("<mark>", "").replace("</mark>", "")
    assert marked == highlight(text, [])


def test_highlighting_escapes_everything_except_its_own_marks():
    marked = str(highlight("<script>alert(1)</script> phần mềm", ["phan"]))

    assert "<script>" not in marked
    assert "&lt;script&gt;" in marked
    assert "<mark>phần</mark>" in marked
