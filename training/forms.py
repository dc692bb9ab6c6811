"""Forms for trainees (registration, certificate lookup) and staff (cancellation, revocation)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class RegistrationForm(forms.Form):
    """The eligibility answers asked of every trainee."""

    education = forms.CharField(
        label=_("Education"), max_length=200, help_text=_("Your highest degree and its field, e.g. Bachelor of IT.")
    )
    current_job = forms.CharField(
        label=_("Current job"), max_length=200, help_text=_("Job title and employer, or “student”.")
    )
    motivation = forms.CharField(
        label=_("Motivation"),
        min_length=30,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Why you want to join and what you hope to do afterwards (at least 30 characters)."),
    )


class CancellationForm(forms.Form):
    """Optional reason given when a registration is cancelled."""

    reason = forms.CharField(label=_("Reason (optional)"), max_length=300, required=False)


class CertificateLookupForm(forms.Form):
    """A certificate code typed from paper."""

    code = forms.CharField(label=_("Certificate code"), max_length=40)

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").upper()
        if not (code.isascii() and code.isalnum()):  # e.g. a "/" would break the verification URL
            raise forms.ValidationError(_("A certificate code has only letters and digits."))
        return code


class RevocationForm(forms.Form):
    """Why a certificate is revoked (shown to staff, never to the public)."""

    reason = forms.CharField(label=_("Reason"), max_length=300, widget=forms.Textarea(attrs={"rows": 3}))
