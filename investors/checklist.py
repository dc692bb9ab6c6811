"""The personalised checklist of the How to invest page: which statutory steps apply to an investor.

An investor answers four questions (domestic or foreign, land or office space, foreign staff or not,
sector); `steps_for` keeps only the steps whose conditions those answers meet. The answers travel in
the query string, so a link reproduces the checklist, and signed-in investors can keep them
(`save_checklist`).
"""

from dataclasses import dataclass

from django import forms
from django.db import transaction
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from investors.blocks import StepCondition
from investors.incentives.sectors import SECTOR_CHOICES, sector_label

QUESTIONS = ("origin", "premises", "foreign_staff", "sector")


@dataclass(frozen=True)
class ChecklistAnswers:
    """What an investor told the checklist about their project."""

    origin: str
    premises: str
    foreign_staff: bool
    sector: str

    def as_query(self):
        """The answers as query parameters, in a stable order (the checklist's link)."""
        return {
            "origin": self.origin,
            "premises": self.premises,
            "foreign_staff": "yes" if self.foreign_staff else "no",
            "sector": self.sector,
        }

    def query_string(self):
        return urlencode(self.as_query())

    @classmethod
    def from_query_string(cls, query_string):
        """Answers from a saved query string; None when they no longer validate (a sector was removed)."""
        form = ChecklistForm(QueryDict(query_string))
        return form.answers() if form.is_valid() else None

    def describe(self):
        """The answers in words, in the active language, for headings and saved lists."""
        origin = dict(ChecklistForm.base_fields["origin"].choices)[self.origin]
        premises = dict(ChecklistForm.base_fields["premises"].choices)[self.premises]
        staff = _("with foreign staff") if self.foreign_staff else _("without foreign staff")
        return f"{origin} · {premises} · {staff} · {sector_label(self.sector)}"

    def applies(self, step):
        """Whether a procedure step (a ProcedureStepBlock value) concerns this investor."""
        origin = step.get("investor_origin") or StepCondition.ANY
        premises = step.get("premises") or StepCondition.ANY
        sectors = step.get("sectors") or []
        return (
            origin in (StepCondition.ANY, self.origin)
            and premises in (StepCondition.ANY, self.premises)
            and (self.foreign_staff or not step.get("foreign_staff"))
            and (not sectors or self.sector in sectors)
        )


class ChecklistForm(forms.Form):
    """The four questions; a GET form, so its answers are the checklist's address."""

    origin = forms.ChoiceField(
        label=_("Who is investing?"),
        choices=[
            (StepCondition.DOMESTIC, _("A Vietnamese investor")),
            (StepCondition.FOREIGN, _("A foreign investor")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether the investor is Vietnamese or foreign.")},
    )
    premises = forms.ChoiceField(
        label=_("Where will you work?"),
        choices=[(StepCondition.LAND, _("On leased land (we build)")), (StepCondition.OFFICE, _("In office space"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose land or office space.")},
    )
    foreign_staff = forms.ChoiceField(
        label=_("Will you employ foreign experts?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether you will employ foreign experts.")},
    )
    sector = forms.ChoiceField(
        label=_("Sector"),
        choices=[("", _("Choose a sector")), *SECTOR_CHOICES],
        error_messages={"required": _("Choose your project's sector.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        invalid = _("Choose one of the options offered.")
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = invalid

    def answers(self):
        data = self.cleaned_data
        return ChecklistAnswers(
            origin=data["origin"],
            premises=data["premises"],
            foreign_staff=data["foreign_staff"] == "yes",
            sector=data["sector"],
        )


def is_checklist_request(query):
    """Whether a GET carries any of the checklist's questions (otherwise the page shows every step)."""
    return any(name in query for name in QUESTIONS)


def steps_for(answers, steps):
    """The procedure steps (StreamField children) that apply to these answers, in page order."""
    return [step for step in steps if step.block_type == "step" and answers.applies(step.value)]


def save_checklist(user, page, answers):
    """Keep a checklist in the investor's account; the same answers for the same page are kept once.

    Returns (SavedChecklist, created).
    """
    from investors.models import SavedChecklist

    with transaction.atomic():
        return SavedChecklist.objects.get_or_create(owner=user, page=page, query=answers.query_string())
