"""The shell's page types: home, standard content pages, and news."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.search_text import FoldedSearchText
from home.blocks import BodyBlock, KeyFiguresBlock


class HomePage(Page):
    """The park's front page: a hero, key figures, featured sections from each app, and news."""

    hero_title = models.CharField(_("hero title"), max_length=120, help_text=_("The headline over the photo."))
    hero_text = models.TextField(_("hero text"), blank=True, help_text=_("One or two sentences under the headline."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide landscape photo, at least 1600 pixels wide."),
    )
    hero_image_alt = models.CharField(
        _("hero image description"), max_length=250, blank=True, help_text=_("What the photo shows.")
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the main button leads."),
    )
    hero_cta_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    key_figures = StreamField(
        [("key_figures", KeyFiguresBlock())],
        verbose_name=_("key figures"),
        blank=True,
        max_num=1,
        help_text=_("Headline numbers shown under the hero."),
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Shown after the featured sections.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_cta_page"),
                FieldPanel("hero_cta_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def latest_news(self, count=3):
        """The newest published articles under this home page."""
        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(locale=self.locale)
            .order_by("-date", "-pk")
            .select_related("listing_image")[:count]
        )


class StandardPage(FoldedSearchText, Page):
    """A content page such as About or Contact, built from the shared blocks."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short lead paragraph."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    folded_search_sources = ("title", "introduction")
    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_search_text"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(Page):
    """The list of news articles, newest first, ten per page."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Only articles everyone may read: a title and summary must not leak a restricted article.
        articles = (
            NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk").select_related("listing_image")
        )
        paginator = Paginator(articles, self.per_page)
        try:
            context["articles"] = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            context["articles"] = paginator.page(1)
        return context


class NewsPage(FoldedSearchText, Page):
    """A dated news article about the park."""

    date = models.DateField(_("date"), default=timezone.localdate, help_text=_("Publication date shown to readers."))
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and search."))
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listing_image_alt = models.CharField(_("listing image description"), max_length=250, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("listing_image_alt"),
        FieldPanel("body"),
    ]
    folded_search_sources = ("title", "summary")
    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_search_text"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
