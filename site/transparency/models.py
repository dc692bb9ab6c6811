"""The Target snippet (what the park promised) and the TransparencyPage that measures it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from core.bilingual import in_active_language
from home.blocks import BodyBlock

from .registry import Unit, metric_choices


class Direction(models.TextChoices):
    """Whether a target is met by reaching at least or at most its value."""

    AT_LEAST = "at_least", _("at least (higher is better)")
    AT_MOST = "at_most", _("at most (lower is better)")


class Target(models.Model):
    """A measurable commitment (e.g. 90% of applications fully online by 2030) and the metric measuring it.

    One record serves both languages (`*_vi` / `*_en`): the value, deadline and metric are shared, so
    the two languages can never disagree about what was promised.
    """

    name_vi = models.CharField(_("name (Vietnamese)"), max_length=200, help_text=_("Short name of the target."))
    name_en = models.CharField(_("name (English)"), max_length=200, help_text=_("Short name of the target."))
    description_vi = models.TextField(
        _("description (Vietnamese)"), blank=True, help_text=_("What was promised and why it matters.")
    )
    description_en = models.TextField(
        _("description (English)"), blank=True, help_text=_("What was promised and why it matters.")
    )
    metric_key = models.CharField(
        _("metric"),
        max_length=80,
        choices=metric_choices,
        help_text=_("The figure computed from the site's data that measures this target."),
    )
    target_value = models.DecimalField(
        _("target value"), max_digits=14, decimal_places=2, help_text=_("The value to reach, in the unit below.")
    )
    unit = models.CharField(
        _("unit"), max_length=20, choices=Unit.choices, help_text=_("Must be the unit of the chosen metric.")
    )
    direction = models.CharField(
        _("direction"),
        max_length=10,
        choices=Direction.choices,
        default=Direction.AT_LEAST,
        help_text=_("Processing times are met at most; shares and counts at least."),
    )
    deadline = models.DateField(_("deadline"), help_text=_("The date by which the target should be met."))
    source_vi = models.CharField(
        _("source document (Vietnamese)"), max_length=250, help_text=_("E.g. Nghị quyết số 16-NQ/TU ngày 07/10/2008.")
    )
    source_en = models.CharField(
        _("source document (English)"), max_length=250, help_text=_("E.g. Resolution No. 16-NQ/TU of 7 October 2008.")
    )
    source_url = models.URLField(_("source link"), blank=True, help_text=_("Where the document can be read."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers come first."))

    panels = [
        FieldRowPanel([FieldPanel("name_vi"), FieldPanel("name_en")], heading=_("Name")),
        MultiFieldPanel([FieldPanel("description_vi"), FieldPanel("description_en")], heading=_("Description")),
        FieldPanel("metric_key"),
        FieldRowPanel([FieldPanel("target_value"), FieldPanel("unit"), FieldPanel("direction")], heading=_("Target")),
        FieldPanel("deadline"),
        MultiFieldPanel(
            [FieldPanel("source_vi"), FieldPanel("source_en"), FieldPanel("source_url")], heading=_("Source")
        ),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "deadline", "pk"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return in_active_language(self, "name")

    @property
    def description(self):
        return in_active_language(self, "description")

    @property
    def source(self):
        return in_active_language(self, "source")

    def clean(self):
        super().clean()
        from .registry import get

        metric = get(self.metric_key)
        if metric is not None and self.unit and self.unit != metric.unit:
            raise ValidationError(
                {"unit": _("The metric is measured in “%(unit)s”.") % {"unit": Unit(metric.unit).label}}
            )


class TransparencyPage(Page):
    """The public page of targets against measured figures, with charts and a CSV of the figures."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph on what is measured and why.")
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Shown after the figures, e.g. methodology.")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("transparency page")

    def get_context(self, request, *args, **kwargs):
        from .services import current_figures

        context = super().get_context(request, *args, **kwargs)
        context["figures"] = current_figures()
        context["csv_url"] = self.csv_url(request)
        return context

    def csv_url(self, request=None):
        """`<page url>figures.csv`, served by transparency.urls (Wagtail routes need a trailing slash)."""
        return f"{self.get_url(request)}figures.csv"
