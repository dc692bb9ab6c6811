"""What parcel and unit photos share: an image and its description in both languages, in order."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from core.bilingual import in_active_language


class DescribedPhoto(Orderable):
    """A photo with a description for people who cannot see it (`alt_vi`, `alt_en`); subclasses add the
    ParentalKey to what the photo shows."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A landscape photo, at least 1200 pixels wide."),
    )
    alt_vi = models.CharField(_("description (Vietnamese)"), max_length=250, help_text=_("What the photo shows."))
    alt_en = models.CharField(_("description (English)"), max_length=250, help_text=_("What the photo shows."))

    panels = [FieldPanel("image"), FieldRowPanel([FieldPanel("alt_vi"), FieldPanel("alt_en")])]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("photo")

    @property
    def alt(self):
        return in_active_language(self, "alt")
