"""Forms of the application wizard (one per step), the thread, and the staff review."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext_lazy as _

from land import services as land_services

from .models import DocumentKind, InvestmentApplication
from .workflow import SCREEN, staff_holding

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Longest answer any wizard field accepts (free-text fields such as the project description included);
# also the longest value a draft keeps, so a draft's size is bounded by its step's fields.
LONG_TEXT_MAX_CHARS = 10_000


class StepForm(forms.ModelForm):
    """A wizard step: every listed field is required unless named in `optional`; no text field accepts
    more than LONG_TEXT_MAX_CHARS characters."""

    optional = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.required = name not in self.optional
            if isinstance(field, forms.CharField) and field.max_length is None:
                field.max_length = LONG_TEXT_MAX_CHARS
                field.validators.append(MaxLengthValidator(LONG_TEXT_MAX_CHARS))
                field.widget.attrs["maxlength"] = str(LONG_TEXT_MAX_CHARS)


class CompanyForm(StepForm):
    optional = ("representative_title",)

    class Meta:
        model = InvestmentApplication
        fields = [
            "company_name",
            "country",
            "registration_number",
            "company_address",
            "representative_name",
            "representative_title",
            "contact_email",
            "contact_phone",
        ]
        widgets = {"company_address": forms.Textarea(attrs={"rows": 3})}


class ProjectForm(StepForm):
    optional = ("capital_schedule", "construction_start", "local_hires_pct", "it_specialists")

    class Meta:
        model = InvestmentApplication
        fields = [
            "sector",
            "project_title",
            "description",
            "capital_usd",
            "capital_schedule",
            "staff_total",
            "local_hires_pct",
            "it_specialists",
            "construction_start",
            "operation_start",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "capital_schedule": forms.Textarea(attrs={"rows": 3}),
            "construction_start": DATE_WIDGET,
            "operation_start": DATE_WIDGET,
        }

    def clean(self):
        data = super().clean()
        staff, specialists = data.get("staff_total"), data.get("it_specialists")
        if staff is not None and specialists is not None and specialists > staff:
            self.add_error("it_specialists", _("IT specialists cannot outnumber the planned staff."))
        start, operation = data.get("construction_start"), data.get("operation_start")
        if start and operation and operation < start:
            self.add_error("operation_start", _("Operation cannot start before construction."))
        return data


class LandForm(StepForm):
    optional = ("parcel_codes", "required_area_m2", "intended_use")
    parcel_codes = forms.MultipleChoiceField(
        label=_("Parcels from the catalogue"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Parcels that are available now. You may also give only the area you need."),
    )

    class Meta:
        model = InvestmentApplication
        fields = ["parcel_codes", "required_area_m2", "intended_use"]

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = land_services.parcel_choices(statuses=("available",), language=language)
        known = {code for code, _label in choices}
        kept = [(code, code) for code in self.instance.parcel_codes if code not in known]
        self.fields["parcel_codes"].choices = choices + kept

    def clean(self):
        data = super().clean()
        if not data.get("parcel_codes") and not data.get("required_area_m2"):
            raise forms.ValidationError(_("Choose at least one parcel or give the area you need."))
        if data.get("required_area_m2") and not data.get("parcel_codes") and not data.get("intended_use"):
            self.add_error("intended_use", _("Say what the land will be used for."))
        return data


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Document type"), choices=[(k.value, k.label) for k in DocumentKind if k != DocumentKind.ATTACHMENT]
    )
    file = forms.FileField(label=_("File"), help_text=_("PDF, PNG or JPEG, at most 10 MB."))


class ReviewForm(forms.Form):
    consent = forms.BooleanField(
        label=_("I have read the personal-data notice and agree that the park processes these data."),
        error_messages={"required": _("Please accept the personal-data notice to submit.")},
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)


class OptionalNoteForm(forms.Form):
    note = forms.CharField(
        label=_("Reason (optional)"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, required=False
    )


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)
    attachment = forms.FileField(
        label=_("Attachment (optional)"), required=False, help_text=_("PDF, PNG or JPEG, at most 10 MB.")
    )


class StaffMessageForm(MessageForm):
    internal = forms.BooleanField(
        label=_("Internal note (staff only)"), required=False, help_text=_("The applicant does not see it.")
    )


class AssignForm(forms.Form):
    officer = forms.ModelChoiceField(
        label=_("Assigned officer"), queryset=get_user_model().objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = staff_holding(SCREEN)


class DeletionRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=False
    )
    confirm = forms.BooleanField(label=_("I understand that my account will be closed and my data anonymised."))


def as_querydict_data(stored):
    """Raw POST data saved in a draft, back into what a bound form expects."""
    return MultiValueDict({key: list(values) for key, values in (stored or {}).items()})


def _kept_values(field, values):
    if isinstance(field, forms.MultipleChoiceField):  # only real choices, each once
        return [value for value in dict.fromkeys(values) if field.valid_value(value)]
    return values[:1]


def storable(post, form):
    """What a draft keeps of a POST to `form`'s step, as JSON: only the form's own fields, one value
    each (real choices for a multiple choice), each value at most LONG_TEXT_MAX_CHARS characters, so
    whatever else is posted is never stored. NUL characters are dropped: PostgreSQL's JSON cannot hold
    them (a 500 otherwise) and no field accepts them anyway."""
    kept = {}
    for name, field in form.fields.items():
        values = _kept_values(field, post.getlist(form.add_prefix(name)))
        if values:
            kept[name] = [value.replace("\x00", "")[:LONG_TEXT_MAX_CHARS] for value in values]
    return kept


class ReplaceDocumentForm(forms.Form):
    file = forms.FileField(label=_("New version"), help_text=_("PDF, PNG or JPEG, at most 10 MB."))


class RefuseDeletionForm(forms.Form):
    note = forms.CharField(
        label=_("Why the request is refused (the person reads it)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
