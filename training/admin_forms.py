"""Wagtail admin form for cohorts: choose the programme page, store its translation key."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from .models import ProgrammePage


class CohortAdminForm(WagtailAdminModelForm):
    """Adds a programme chooser; the cohort keeps the page's translation key so every language shows it."""

    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=ProgrammePage.objects.none(),
        help_text=_("The programme this cohort belongs to (shown on both language versions)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        pages = ProgrammePage.objects.filter(locale=Locale.get_default()).order_by("title")
        self.fields["programme"].queryset = pages
        if self.instance.programme_key:
            self.initial["programme"] = pages.filter(translation_key=self.instance.programme_key).first()

    def save(self, commit=True):
        self.instance.programme_key = self.cleaned_data["programme"].translation_key
        return super().save(commit=commit)
