"""Numbers, money, areas and dates are written one way per language (docs/style-vi.md), wherever they appear."""

import datetime
from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

import pytest

from core.formatting import format_area, format_date, format_money, format_number


@pytest.mark.parametrize(
    ("language", "expected"),
    [("vi", ("4.500.000", "4.500.000 USD", "6.573 m²", "2,5", "29/11/2026")),
     ("en", ("4,500,000", "4,500,000 USD", "6,573 m²", "2.5", "29 Nov 2026"))],
)  # fmt: skip
def test_each_language_writes_numbers_money_areas_and_dates_its_own_way(language, expected):
    with translation.override(language):
        written = (
            format_number(4500000),
            format_money(Decimal("4500000")),
            format_area(Decimal("6572.5")),
            format_number(Decimal("2.50"), "-2"),
            format_date(datetime.date(2026, 11, 29)),
        )
    assert written == expected


def test_an_english_date_names_its_month_so_it_cannot_be_read_the_american_way():
    with translation.override("en"):
        assert format_date(datetime.date(2026, 2, 11)) == "11 Feb 2026"
        assert Template('{{ day|date:"SHORT_DATE_FORMAT" }}').render(Context({"day": datetime.date(2026, 2, 11)})) == (
            "11 Feb 2026"
        )


def test_a_vietnamese_label_before_a_date_does_not_repeat_the_word_ngay():
    with translation.override("vi"):
        rendered = Template(
            "{% load i18n %}"
            '{% blocktranslate with date=day|date:"DATE_FORMAT" %}Issued on {{ date }}{% endblocktranslate %}'
        ).render(Context({"day": datetime.date(2026, 11, 29)}))
    assert "Ngày" not in rendered
    assert rendered.endswith("29/11/2026")


def test_areas_round_half_up_the_same_way_in_every_place():
    with translation.override("en"):
        assert format_area(Decimal("6572.5")) == "6,573 m²"
        assert format_number(Decimal("6572.5")) == "6,573"
        assert format_area(Decimal("6572.49")) == "6,572 m²"


def test_template_filters_use_the_same_rules():
    template = Template(
        '{% load formatting %}{{ capital|money }} · {{ fee|money:"₫" }} · {{ plot|area }} · {{ seats|number }}'
    )
    context = Context({"capital": 4500000, "fee": 12500000, "plot": Decimal("6572.5"), "seats": 1500})
    with translation.override("vi"):
        assert template.render(context) == "4.500.000 USD · 12.500.000 ₫ · 6.573 m² · 1.500"


def test_missing_values_are_written_as_nothing_not_as_none():
    assert (format_number(None), format_money(""), format_area(None), format_date(None)) == ("", "", "", "")
