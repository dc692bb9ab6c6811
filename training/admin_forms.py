"""Wagtail admin form for cohorts: choose the programme page, store its translation key, and keep the
sessions that completions and attendance rest on."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from .models import ProgrammePage

# Fields of a session form that stay usable when sessions are locked: the row's identity and the
# "delete" flag (so removing a locked session is refused with a reason rather than silently ignored).
ALWAYS_ENABLED = ("id", "DELETE")


class CohortAdminForm(WagtailAdminModelForm):
    """Adds a programme chooser; the cohort keeps the page's translation key so every language shows it.

    Once the cohort is assessed its sessions are shown read-only and any change to them is refused;
    removing a session with attendance records is refused too (Cohort.session_change_refusals).
    """

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
        self.sessions_locked = self.instance.is_assessed()
        if self.sessions_locked:
            for session_form in self.session_forms():
                if session_form.instance.pk is None:
                    continue  # a session added now stays editable, so refusing it can say why
                for name, field in session_form.fields.items():
                    field.disabled = field.disabled or name not in ALWAYS_ENABLED

    def session_forms(self):
        formset = getattr(self, "formsets", {}).get("sessions")
        return formset.forms if formset is not None else []

    def clean(self):
        cleaned_data = super().clean()
        changed, removed, added = [], [], 0
        for session_form in self.session_forms():
            session_form.is_valid()  # fills cleaned_data (DELETE is always valid)
            deleted = session_form.cleaned_data.get("DELETE", False)
            if session_form.instance.pk is None:
                added += session_form.has_changed() and not deleted
            elif deleted:
                removed.append(session_form.instance)
            elif session_form.has_changed():
                changed.append(session_form.instance)
        if self.instance.pk:
            for refusal in self.instance.session_change_refusals(changed=changed, removed=removed, added=added):
                self.add_error(None, refusal)
        return cleaned_data

    def save(self, commit=True):
        self.instance.programme_key = self.cleaned_data["programme"].translation_key
        return super().save(commit=commit)
