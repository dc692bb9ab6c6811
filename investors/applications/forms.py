"""Forms of the application wizard (one per step), the thread, and the staff review."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext_lazy as _

from accounts.models import Organisation
from core.page_cache.fragments import shared
from core.phones import phone_form_field
from core.widgets import render_options_inline
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
    """The company step; someone who belongs to organisations may file the application for one of them,
    so its current members see and work on it too."""

    optional = ("representative_title", "organisation")

    class Meta:
        model = InvestmentApplication
        fields = [
            "organisation",
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

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_phone"] = phone_form_field(label=self.fields["contact_phone"].label)
        render_options_inline(self.fields["country"])
        choices = (
            Organisation.objects.filter(memberships__user=user) if user is not None else Organisation.objects.none()
        )
        if choices.exists():
            field = self.fields["organisation"]
            field.queryset = choices
            field.empty_label = _("None: I apply for myself")
            field.help_text = _("Every current member of the organisation will see and work on this application.")
        else:
            del self.fields["organisation"]


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
    optional = ("parcel_codes", "unit_codes", "required_area_m2", "intended_use")
    parcel_codes = forms.MultipleChoiceField(
        label=_("Parcels from the catalogue"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Parcels that are available now. You may also give only the area you need."),
    )
    unit_codes = forms.MultipleChoiceField(
        label=_("Office units and desks"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Ready-built offices and co-working or incubator desks available now, with their yearly cost."),
    )

    class Meta:
        model = InvestmentApplication
        fields = ["parcel_codes", "unit_codes", "required_area_m2", "intended_use"]

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Each parcel is shown with its zone, use, area, price and place on a small plan (land_step.html).
        # The offers are the same for every applicant: kept per language and content generation.
        self.offers = shared(
            None,
            "wizard-parcel-offers",
            lambda: land_services.parcel_offers(statuses=("available",), language=language),
            language=language,
        )
        choices = [(offer.code, offer.code) for offer in self.offers.parcels]
        known = {code for code, _label in choices}
        kept = [(code, code) for code in self.instance.parcel_codes if code not in known]
        self.kept_codes = [code for code, _label in kept]
        self.fields["parcel_codes"].choices = choices + kept
        self.unit_offers = shared(
            None,
            "wizard-unit-offers",
            lambda: land_services.unit_offers(statuses=("available",), language=language),
            language=language,
        )
        unit_choices = [(offer.code, offer.code) for offer in self.unit_offers]
        offered_units = {code for code, _label in unit_choices}
        self.kept_unit_codes = [code for code in self.instance.unit_codes if code not in offered_units]
        self.fields["unit_codes"].choices = unit_choices + [(code, code) for code in self.kept_unit_codes]

    def clean(self):
        data = super().clean()
        if not data.get("parcel_codes") and not data.get("unit_codes") and not data.get("required_area_m2"):
            raise forms.ValidationError(_("Choose at least one parcel or office unit, or give the area you need."))
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


AUDIENCE_CHOICES = [
    ("applicant", _("The applicant: shown on their file, in e-mails and in the decision letter")),
    ("internal", _("Staff only: an internal note")),
]


def audience_field():
    """Who reads a staff note: chosen explicitly each time (no default, so nothing leaks by omission)."""
    return forms.ChoiceField(
        label=_("Who reads this note?"),
        choices=AUDIENCE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who reads this note: the applicant or staff only.")},
    )


class StaffStepForm(NoteForm):
    """The note of a staff step, with its audience chosen explicitly."""

    audience = audience_field()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "step_%s")  # the review page also holds the message form's radios
        super().__init__(*args, **kwargs)

    @property
    def internal(self):
        return self.cleaned_data["audience"] == "internal"


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
    """A staff message: to the applicant or an internal note, chosen explicitly."""

    audience = audience_field()

    @property
    def internal(self):
        return self.cleaned_data["audience"] == "internal"


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


class AssignReviewersForm(forms.Form):
    """A lead officer picks the file's reviewers (officers and directors)."""

    reviewers = forms.MultipleChoiceField(
        label=_("Reviewers"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one reviewer.")},
    )

    def __init__(self, *args, candidates=(), **kwargs):
        kwargs.setdefault("auto_id", "panel_%s")
        super().__init__(*args, **kwargs)
        self.candidates = {str(user.pk): user for user in candidates}
        self.fields["reviewers"].choices = [(pk, user.get_full_name()) for pk, user in self.candidates.items()]

    def chosen(self):
        return [self.candidates[pk] for pk in self.cleaned_data["reviewers"]]


class ReviewScoreForm(forms.Form):
    """A reviewer's score (0–5) and comment on every published criterion, and a recommendation."""

    recommendation = forms.ChoiceField(
        label=_("Recommendation"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a recommendation.")},
    )
    comment = forms.CharField(label=_("Overall comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)

    def __init__(self, *args, criteria=(), review=None, **kwargs):
        from .models import Recommendation
        from .models.review import MAX_SCORE

        kwargs.setdefault("auto_id", "review_%s")
        if review is not None and not args and "initial" not in kwargs:
            initial = {"recommendation": review.recommendation, "comment": review.comment}
            for score in review.scores.all():
                initial[f"score_{score.criterion_id}"] = score.score
                initial[f"comment_{score.criterion_id}"] = score.comment
            kwargs["initial"] = initial
        super().__init__(*args, **kwargs)
        self.fields["recommendation"].choices = Recommendation.choices
        self.criteria = list(criteria)
        scale = [("", "—")] + [(str(value), str(value)) for value in range(MAX_SCORE + 1)]
        for criterion in self.criteria:
            self.fields[f"score_{criterion.pk}"] = forms.TypedChoiceField(
                label=_("Score for “%(criterion)s” (0–%(max)s)") % {"criterion": criterion.name, "max": MAX_SCORE},
                choices=scale,
                coerce=int,
                error_messages={"required": _("Give a score from 0 to %(max)s.") % {"max": MAX_SCORE}},
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment on “%(criterion)s”") % {"criterion": criterion.name},
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rows(self):
        """(criterion, score field, comment field) for the template."""
        return [(c, self[f"score_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria]

    def scores(self):
        from .review import ScoreInput

        data = self.cleaned_data
        return [ScoreInput(c.pk, data[f"score_{c.pk}"], data.get(f"comment_{c.pk}", "")) for c in self.criteria]


class TrackingForm(forms.Form):
    """Reference number and PIN from the submission e-mail, to look a file up without signing in."""

    reference = forms.CharField(
        label=_("Reference number"),
        max_length=32,
        help_text=_("As written in the e-mail, for example DLSP-2026-000001."),
    )
    pin = forms.CharField(label=_("PIN"), max_length=16, help_text=_("The 8 digits sent with the reference number."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reference"].widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})
        self.fields["pin"].widget.attrs.update({"autocomplete": "off", "inputmode": "numeric"})


class PinResendForm(forms.Form):
    """Ask for a new PIN, sent to the applicant's e-mail address."""

    reference = forms.CharField(label=_("Reference number"), max_length=32)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "resend")  # beside the look-up form on the same page
        super().__init__(*args, **kwargs)
        self.fields["reference"].widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})
