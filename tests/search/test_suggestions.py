"""As-you-type suggestions: JSON, at most 10, prefix and folded, in the visitor's language."""

import pytest

pytestmark = pytest.mark.django_db


def suggestion_titles(client, language, query):
    response = client.get(f"/{language}/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [item["title"] for item in response.json()["suggestions"]]


def test_a_folded_prefix_suggests_the_accented_title(client, corpus):
    assert "Lập trình viên web" in suggestion_titles(client, "vi", "lap tr")


def test_a_prefix_of_a_later_word_also_suggests(client, corpus):
    assert "Ưu đãi thuế thu nhập doanh nghiệp" in suggestion_titles(client, "vi", "thu nh")


def test_suggestions_stay_in_the_visitors_language(client, corpus):
    titles = suggestion_titles(client, "en", "web")

    assert "Web developer" in titles
    assert "Lập trình viên web" not in titles


def test_parcel_codes_are_suggested(client, corpus):
    assert any("A-12" in title for title in suggestion_titles(client, "en", "a-1"))


def test_never_more_than_ten_suggestions(client, corpus):
    assert len(suggestion_titles(client, "vi", "th")) <= 10


def test_one_letter_gives_no_suggestions(client, corpus):
    assert suggestion_titles(client, "en", "w") == []


def test_the_search_box_works_without_javascript_and_carries_the_combobox_hooks(client, corpus):
    page = client.get("/en/search/").content.decode()

    assert 'action="/en/search/"' in page
    assert 'data-suggest-url="/en/search/suggest/"' in page
    assert 'aria-live="polite"' in page
    assert "<script>" not in page.split("</head>")[1]  # no inline script (CSP)


def test_a_short_title_about_the_words_comes_before_a_long_one_that_mentions_them(client, corpus):
    from search.folding import spaced
    from search.models import SearchEntry

    for number, (kind, title) in enumerate(
        [("document", "Bản đồ quy hoạch phân khu Khu công viên phần mềm Đà Lạt"), ("programme", "Kiểm thử phần mềm")]
    ):
        SearchEntry.objects.create(
            doc_id=f"suggest-order-{number}",
            provider=kind,
            object_key=str(number),
            kind=kind,
            language="vi",
            title=title,
            url=f"/vi/x-{number}/",
            title_exact=title.lower(),
            title_folded=spaced(title),
            text_folded=spaced(title),
        )
    titles = suggestion_titles(client, "vi", "phan mem")
    assert titles.index("Kiểm thử phần mềm") < titles.index("Bản đồ quy hoạch phân khu Khu công viên phần mềm Đà Lạt")
