"""Zones: the named areas of the park that group parcels on the site plan."""

import re

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin
from wagtail.search import index

from core.bilingual import in_active_language
from core.search_text import FoldedSearchText
from land import geometry

zone_code_validator = RegexValidator(r"^[A-Z]{1,2}$", _("Use one or two capital letters, e.g. A."))


def validate_outline(value, label):
    """Raise ValidationError unless `value` is a closed outline of number pairs."""
    points = geometry.as_points(value)
    if points is None:
        raise ValidationError(_("%(label)s must be a list of [x, y] number pairs.") % {"label": label})
    if not geometry.is_closed(points):
        raise ValidationError(
            _("%(label)s must have at least three corners and end at its first point.") % {"label": label}
        )
    return points


class Zone(FoldedSearchText, DraftStateMixin, RevisionMixin, LockableMixin, index.Indexed, models.Model):
    """A named area of the park (e.g. Zone A, software offices) with an outline on the site plan."""

    code = models.CharField(
        _("code"),
        max_length=2,
        unique=True,
        validators=[zone_code_validator],
        help_text=_("One or two capital letters; every parcel code in the zone starts with it (A → A-12)."),
    )
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=120, help_text=_("E.g. Khu A – Văn phòng phần mềm."))
    name_en = models.CharField(_("name (English)"), max_length=120, help_text=_("E.g. Zone A – Software offices."))
    purpose_vi = models.TextField(_("purpose (Vietnamese)"), blank=True, help_text=_("What the zone is planned for."))
    purpose_en = models.TextField(_("purpose (English)"), blank=True, help_text=_("What the zone is planned for."))
    outline = models.JSONField(
        _("outline (site-plan metres)"),
        default=list,
        help_text=_("Closed polygon as [[x, y], …] in metres east and north of the survey origin."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="land_zone")

    panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("name_vi"), FieldPanel("name_en")], heading=_("Name")),
        MultiFieldPanel([FieldPanel("purpose_vi"), FieldPanel("purpose_en")], heading=_("Purpose")),
        FieldPanel("outline"),
    ]
    folded_search_sources = ("code", "name_vi", "name_en", "purpose_vi")
    search_fields = [
        index.SearchField("code"),
        index.SearchField("name_vi"),
        index.SearchField("name_en"),
        index.SearchField("folded_search_text"),  # staff typing without diacritics in the admin
        index.AutocompleteField("code"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("zone")
        verbose_name_plural = _("zones")

    def __str__(self):
        """The name when it already carries the code ("Zone A – Offices"), otherwise "A – Offices".

        Never "A – Zone A – Offices", which repeats the letter.
        """
        name = self.name
        if re.search(rf"(?<![\w-]){re.escape(self.code)}(?![\w-])", name):
            return name
        return f"{self.code} – {name}"

    @property
    def name(self):
        """The zone's name in the active language."""
        return in_active_language(self, "name")

    @property
    def purpose(self):
        """The zone's purpose in the active language."""
        return in_active_language(self, "purpose")

    @property
    def revisions(self):
        return self._revisions

    def outline_points(self):
        """The outline as (x, y) float pairs (empty when invalid)."""
        return geometry.as_points(self.outline) or []

    def clean_fields(self, exclude=None):
        self.code = (self.code or "").strip().upper()
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        try:
            validate_outline(self.outline, _("The outline"))
        except ValidationError as error:
            raise ValidationError({"outline": error}) from error
