from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SCORES

SCORE_LABELS = {
    1: _("1 – very dissatisfied"),
    2: _("2 – dissatisfied"),
    3: _("3 – neither satisfied nor dissatisfied"),
    4: _("4 – satisfied"),
    5: _("5 – very satisfied"),
}


class RatingForm(forms.Form):
    """A score from 1 to 5 and an optional comment."""

    score = forms.TypedChoiceField(
        label=_("How satisfied are you with this service?"),
        choices=[(score, SCORE_LABELS[score]) for score in SCORES],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a score from 1 to 5.")},
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What went well, what could be better. Staff of the park read every comment."),
    )
