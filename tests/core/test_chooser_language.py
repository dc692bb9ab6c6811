"""A page chooser's "Choose a page (Type)" text follows the reader's language, whichever language was
active when the admin form was first built (Wagtail bakes it into a string at that moment)."""

from django.utils import translation

from core.widgets import page_chooser
from investors.models import PolicyPage


def test_the_policy_chooser_built_in_english_speaks_vietnamese_to_a_vietnamese_reader():
    with translation.override("en"):
        widget = page_chooser(PolicyPage)
        assert str(widget.choose_one_text) == "Choose a page (Incentive policy)"
    with translation.override("vi"):
        text = str(widget.choose_one_text)
    assert "Choose a page" not in text and "Incentive policy" not in text
