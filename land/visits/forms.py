"""The booking form, the parcel enquiry form and the contact page's enquiry form. Each page carries a
honeypot input (templates/visits/includes/honeypot.html: hidden from people, filled by form-filling
robots) that makes the form refuse quietly: no record, no e-mail, no hint."""

from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT = "website"


class HoneypotMixin:
    def is_spam(self):
        return bool(str(self.data.get(HONEYPOT, "")).strip())


class BookingForm(HoneypotMixin, forms.Form):
    """Book places on one slot; name and e-mail only for a visitor without an account."""

    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail address"), help_text=_("We send a link to confirm the booking to this address.")
    )
    organisation = forms.CharField(label=_("Company or organisation"), max_length=200, required=False)
    people = forms.IntegerField(label=_("Number of people"), min_value=1, max_value=10, initial=1)
    parcel_codes = forms.MultipleChoiceField(
        label=_("Parcels you want to see"), required=False, widget=forms.CheckboxSelectMultiple
    )
    unit_codes = forms.MultipleChoiceField(
        label=_("Office units you want to see"), required=False, widget=forms.CheckboxSelectMultiple
    )
    other_items = forms.CharField(label=_("Anything else you want to see"), max_length=300, required=False)
    hold_parcel = forms.ChoiceField(
        label=_("Hold one available parcel for me"),
        required=False,
        help_text=_("Keeps the parcel from other visitors' holds for a few days after you confirm."),
    )

    def __init__(self, *args, parcels=(), units=(), holdable=(), user=None, hold_days=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parcel_codes"].choices = list(parcels)
        self.fields["unit_codes"].choices = list(units)
        if hold_days and holdable:
            self.fields["hold_parcel"].choices = [("", _("No hold")), *holdable]
            self.fields["hold_parcel"].help_text = _(
                "Keeps the parcel from other visitors' holds for %(days)s days after you confirm."
            ) % {"days": hold_days}
        else:
            del self.fields["hold_parcel"]
        if user is not None:
            del self.fields["name"]
            del self.fields["email"]

    def clean(self):
        data = super().clean()
        hold = data.get("hold_parcel")
        if hold and hold not in (data.get("parcel_codes") or []):
            self.add_error("hold_parcel", _("Tick this parcel among the parcels you want to see."))
        return data


class EnquiryForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail address"), help_text=_("The land officer replies to this address."))
    organisation = forms.CharField(label=_("Company or organisation"), max_length=200, required=False)
    message = forms.CharField(label=_("Your question"), max_length=3000, widget=forms.Textarea(attrs={"rows": 6}))


class ContactEnquiryForm(HoneypotMixin, forms.Form):
    """A question for the one-stop desk, from the contact page."""

    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail address"), help_text=_("The one-stop desk replies to this address."))
    organisation = forms.CharField(label=_("Company or organisation"), max_length=200, required=False)
    message = forms.CharField(label=_("Your question"), max_length=3000, widget=forms.Textarea(attrs={"rows": 6}))
    consent = forms.BooleanField(
        label=_("I agree that the park's management board keeps these details to answer my question."),
        error_messages={"required": _("Tick this box so that we may keep your details and answer you.")},
    )
