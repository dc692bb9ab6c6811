"""The park's own legal status, a site setting: rules that require the designation apply only when it is set."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class ParkDesignation(models.TextChoices):
    DESIGNATED = "designated", _("Designated as a concentrated digital technology zone")
    PROPOSED = "proposed", _("Proposed; the designation is not yet decided")
    NONE = "none", _("Not designated")


@register_setting(icon="doc-full")
class ParkLegalStatus(BaseGenericSetting):
    """Whether the park is a concentrated digital technology zone (Law 71/2025/QH15, Decree 354/2025/NĐ-CP).

    Shown on the incentives pages; rules ticked “only while the park is a designated zone” apply only
    when `designation` is DESIGNATED, and every estimate explains which way it went.
    """

    designation = models.CharField(
        _("designation"),
        max_length=20,
        choices=ParkDesignation.choices,
        default=ParkDesignation.PROPOSED,
        help_text=_("Set to designated only once the decision is signed."),
    )
    decision_number = models.CharField(
        _("decision number"), max_length=80, blank=True, help_text=_("E.g. 123/QĐ-UBND, as printed on the decision.")
    )
    decided_on = models.DateField(_("decision date"), null=True, blank=True, help_text=_("The signature date."))
    decided_by = models.CharField(
        _("issued by"), max_length=200, blank=True, help_text=_("E.g. the Lâm Đồng Provincial People's Committee.")
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("Shown to investors, e.g. what the management board does and does not decide."),
    )

    panels = [
        FieldPanel("designation"),
        FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decided_on")]),
        FieldPanel("decided_by"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("park legal status")

    @property
    def is_designated(self):
        return self.designation == ParkDesignation.DESIGNATED
