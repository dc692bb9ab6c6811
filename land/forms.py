"""Staff forms of the land app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateInput

from .services import TRANSITIONS

ACTION_LABELS = {
    "reserve": _("Reserve (available → reserved)"),
    "extend": _("Extend the reservation (new last day)"),
    "lease": _("Lease (→ leased)"),
    "release": _("Release (→ available)"),
    "open": _("Open for leasing (not yet open → available)"),
}


class ParcelStatusForm(forms.Form):
    """Choose one allowed status change and say why; the change is logged with your name."""

    action = forms.ChoiceField(label=_("Change"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the parcel's status log, e.g. the decision that justifies it."),
    )
    reference = forms.CharField(
        label=_("Reference"), max_length=64, required=False, help_text=_("E.g. an investment application number.")
    )
    until = forms.DateField(
        label=_("Reserved until"),
        required=False,
        widget=AdminDateInput,
        help_text=_(
            "Last day of the reservation, for “Reserve” and “Extend”. Empty when reserving: the period set in "
            "the land reservation settings. The parcel is released automatically the day after."
        ),
    )

    def __init__(self, *args, actions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [(action, ACTION_LABELS[action]) for action in actions if action in TRANSITIONS]


class ParcelRetirementForm(forms.Form):
    """Say why the parcel is withdrawn from offer; the reason is kept in its history with your name."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("E.g. the decision that merged, re-surveyed or withdrew the parcel."),
    )


UNIT_ACTION_LABELS = {
    "reserve": _("Reserve (available → reserved)"),
    "lease": _("Lease (→ leased)"),
    "release": _("Release (→ available)"),
}


class UnitStatusForm(forms.Form):
    """Choose one allowed status change of an office unit and say why; the change is logged with your name."""

    action = forms.ChoiceField(label=_("Change"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the unit's status log, e.g. the lease agreement or decision that justifies it."),
    )
    reference = forms.CharField(
        label=_("Reference"), max_length=64, required=False, help_text=_("E.g. an investment application number.")
    )

    def __init__(self, *args, actions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [(action, UNIT_ACTION_LABELS[action]) for action in actions]
