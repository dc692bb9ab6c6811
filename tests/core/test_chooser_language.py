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


def test_a_policys_own_page_choosers_speak_the_readers_language_whoever_built_the_form_first():
    """The "superseded by" chooser of a policy's edit form (a PageChooserPanel of one page type)."""
    with translation.override("en"):
        form_class = PolicyPage.get_edit_handler().get_form_class()
        widget = form_class.base_fields["superseded_by"].widget
        assert str(widget.choose_one_text) == "Choose a page (Incentive policy)"
    with translation.override("vi"):
        text = str(widget.choose_one_text)
    assert "Choose a page" not in text and "Incentive policy" not in text
