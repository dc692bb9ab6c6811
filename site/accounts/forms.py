"""Forms for signing up and keeping one's profile current."""

from django import forms
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core.phones import phone_form_field
from core.widgets import render_options_inline

from .models import Organisation, User


class SignupProfileForm(forms.Form):
    """Extra sign-up questions; django-allauth adds e-mail and password fields around these."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    phone = phone_form_field(label=_("Phone"), required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the park processes my personal data as it describes."),
        error_messages={"required": _("Please accept the privacy notice to create an account.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["privacy_consent"].label = privacy_consent_label()
        from django.utils.translation import get_language

        self.fields["preferred_language"].initial = (get_language() or settings.LANGUAGE_CODE)[:2]
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def signup(self, request, user):
        """Called by django-allauth once the user exists."""
        user.full_name = self.cleaned_data["full_name"]
        user.phone = self.cleaned_data["phone"]
        user.organisation = self.cleaned_data["organisation"]
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(update_fields=["full_name", "phone", "organisation", "preferred_language"])
        from .consent import record_consent

        record_consent(user)


def privacy_consent_label():
    """The consent sentence, linking the privacy notice page when there is one."""
    from .consent import privacy_page

    page = privacy_page()
    if page is None:
        return _("I have read the privacy notice and agree that the park processes my personal data as it describes.")
    sentence = _(
        'I have read the <a href="%(url)s">privacy notice</a> and agree that the park processes my personal data '
        "as it describes."
    )
    return mark_safe(sentence % {"url": escape(page.url)})  # noqa: S308 - our own sentence, the address escaped


class PrivacyConsentForm(forms.Form):
    """Accepting a new version of the privacy notice (asked before applying or registering)."""

    accept = forms.BooleanField(
        error_messages={"required": _("Please accept the privacy notice to continue, or come back later.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accept"].label = privacy_consent_label()


class ProfileForm(forms.ModelForm):
    """The signed-in user's own details."""

    class Meta:
        model = User
        fields = ["full_name", "phone", "organisation", "preferred_language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"] = phone_form_field(label=self.fields["phone"].label, required=False)


class OrganisationForm(forms.ModelForm):
    """A new organisation: name, tax number (checked by Organisation.clean) and country."""

    class Meta:
        model = Organisation
        fields = ["name", "tax_number", "country"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        render_options_inline(self.fields["country"])


class InvitationForm(forms.Form):
    """The address of a colleague to invite."""

    email = forms.EmailField(label=_("Colleague's e-mail address"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
