"""TextColumn writes the same cell as Wagtail's templated Column, for every kind of value a listing shows."""

import datetime
from types import SimpleNamespace

from django.test.html import parse_html
from django.utils.translation import gettext_lazy, override

from wagtail.admin.ui.tables import Column

import pytest

from core.admin_columns import TextColumn

VALUES = [
    None,
    "",
    "   ",
    "Công ty TNHH Đà Lạt",
    "R&D <lab> \"quoted\" 'single'",
    1234567,
    0,
    True,
    datetime.date(2026, 11, 30),
    gettext_lazy("Submitted"),
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
@pytest.mark.parametrize("classname", [None, "w-whitespace-nowrap"])
def test_a_text_cell_is_the_html_of_wagtails_cell_template(value, classname):
    row = SimpleNamespace(value=value)
    context = {"row": row, "table": None, "request": None}
    with override("vi"):
        templated = Column("value", classname=classname).render_cell_html(row, context)
        written = TextColumn("value", classname=classname).render_cell_html(row, context)
    assert parse_html(written) == parse_html(templated)


def test_a_text_cell_escapes_what_it_shows():
    row = SimpleNamespace(value="<script>alert(1)</script>")
    html = TextColumn("value").render_cell_html(row, {"row": row, "table": None})
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
