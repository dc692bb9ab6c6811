"""Forms for signing up and keeping one's profile current."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import User


class SignupProfileForm(forms.Form):
    """Extra sign-up questions; django-allauth adds e-mail and password fields around these."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils.translation import get_language

        self.fields["preferred_language"].initial = (get_language() or settings.LANGUAGE_CODE)[:2]
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def signup(self, request, user):
        """Called by django-allauth once the user exists."""
        user.full_name = self.cleaned_data["full_name"]
        user.phone = self.cleaned_data["phone"]
        user.organisation = self.cleaned_data["organisation"]
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(update_fields=["full_name", "phone", "organisation", "preferred_language"])


class ProfileForm(forms.ModelForm):
    """The signed-in user's own details."""

    class Meta:
        model = User
        fields = ["full_name", "phone", "organisation", "preferred_language"]
