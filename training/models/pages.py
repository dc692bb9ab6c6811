"""Training page types: the training index and one page per programme (translatable, as every page)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.search_text import FoldedSearchText
from home.blocks import BodyBlock


class TrainingIndexPage(Page):
    """The list of IT-specialist training programmes with their next cohorts."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short lead paragraph."))

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.ProgrammePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training index page")

    def get_context(self, request, *args, **kwargs):
        from training.listing import programme_cards

        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = programme_cards(self)
        return context


class LanguageOfInstruction(models.TextChoices):
    VIETNAMESE = "vi", _("Vietnamese")
    ENGLISH = "en", _("English")
    BILINGUAL = "vi-en", _("Vietnamese and English")


class ProgrammePage(FoldedSearchText, RoutablePageMixin, Page):
    """A training programme (e.g. web developer); its cohorts are shown on every language version."""

    introduction = models.TextField(_("introduction"), help_text=_("One or two sentences for lists and search."))
    outcomes = RichTextField(
        _("outcomes"), features=["bold", "italic", "ul", "ol", "link"], help_text=_("What graduates can do.")
    )
    audience = models.TextField(_("audience"), help_text=_("Who the programme is for."))
    prerequisites = models.TextField(
        _("prerequisites"), blank=True, help_text=_("Knowledge expected before starting, in plain words.")
    )
    required_programmes = ParentalManyToManyField(
        "training.ProgrammePage",
        verbose_name=_("required programmes"),
        blank=True,
        related_name="+",
        help_text=_("Trainees must have completed these programmes before registering."),
    )
    skills = models.CharField(
        _("skills"),
        max_length=300,
        help_text=_("Comma-separated skills graduates bring to employers, e.g. Python, SQL, Docker."),
    )
    duration_weeks = models.PositiveSmallIntegerField(_("duration (weeks)"), help_text=_("Length of one cohort."))
    hours = models.PositiveSmallIntegerField(_("hours of instruction"), help_text=_("Total contact hours."))
    language_of_instruction = models.CharField(
        _("language of instruction"),
        max_length=8,
        choices=LanguageOfInstruction.choices,
        default=LanguageOfInstruction.VIETNAMESE,
        help_text=_("Language the sessions are taught in."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Curriculum and details."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("outcomes"), FieldPanel("audience"), FieldPanel("skills")], heading=_("For trainees")
        ),
        MultiFieldPanel([FieldPanel("prerequisites"), FieldPanel("required_programmes")], heading=_("Prerequisites")),
        MultiFieldPanel(
            [FieldPanel("duration_weeks"), FieldPanel("hours"), FieldPanel("language_of_instruction")],
            heading=_("Format"),
        ),
        FieldPanel("body"),
    ]
    folded_search_sources = ("title", "introduction", "skills")
    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_search_text"),
        index.SearchField("introduction"),
        index.SearchField("outcomes"),
        index.SearchField("skills"),
        index.SearchField("body"),
    ]
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme page")

    @property
    def skill_list(self):
        """The skills as a list of trimmed names."""
        return [skill.strip() for skill in self.skills.split(",") if skill.strip()]

    def cohorts(self):
        """Every cohort of this programme, whichever language version is asked."""
        from .cohorts import Cohort

        return Cohort.objects.filter(programme_key=self.translation_key)

    def get_context(self, request, *args, **kwargs):
        from training.listing import cohort_rows

        context = super().get_context(request, *args, **kwargs)
        context["cohort_rows"] = cohort_rows(self.cohorts().upcoming(timezone.now()), request.user)
        return context

    @path("register/<str:code>/", name="register")
    def register(self, request, code):
        """Registration form for one cohort of this programme."""
        from training.views.public import register_for_cohort

        return register_for_cohort(request, self, code)
