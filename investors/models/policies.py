"""Incentive policy pages: the index (with the estimator route) and one page per policy."""

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.search_text import FoldedSearchText
from core.widgets import PageChooserPanel
from home.blocks import BodyBlock
from investors.blocks import ClauseStreamBlock
from investors.incentives.sectors import SECTOR_CHOICES, sector_label


class PolicyCategory(models.TextChoices):
    TAX = "tax", _("Tax")
    LAND = "land", _("Land")
    LABOUR = "labour", _("Labour and experts")
    IMPORT = "import", _("Import")
    PROCEDURES = "procedures", _("Procedures")


class PolicyAudience(models.TextChoices):
    ALL = "all", _("Domestic and foreign investors")
    DOMESTIC = "domestic", _("Domestic investors")
    FOREIGN = "foreign", _("Foreign investors")


class PolicyStatus(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    SUPERSEDED = "superseded", _("Superseded")


class PolicyIndexPage(RoutablePageMixin, Page):
    """The incentive policies of the park, filterable by category and audience, with the estimator."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short lead paragraph."))
    per_page = 20

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["investors.PolicyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("incentive policy index")

    def policies(self):
        """The live policies everyone may read under this index, in force first, newest effective date first."""
        return PolicyPage.objects.live().public().child_of(self).order_by("status", "-effective_from", "title")

    @path("")
    def policy_list(self, request):
        from investors.forms import PolicyFilterForm

        form = PolicyFilterForm(request.GET or None)
        policies = form.filter(self.policies())
        paginator = Paginator(policies, self.per_page)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_obj = paginator.page(1)
        return self.render(request, context_overrides={"filter_form": form, "page_obj": page_obj})

    @path("estimate/", name="estimate")
    def estimate(self, request):
        from investors.views.estimator import estimator_view

        return estimator_view(request, self, printable=False)

    @path("estimate/save/", name="estimate_save")
    def estimate_save(self, request):
        from investors.views.saved import save_estimate_view

        return save_estimate_view(request, self)

    @path("estimate/print/", name="estimate_print")
    def estimate_print(self, request):
        from investors.views.estimator import estimator_view

        return estimator_view(request, self, printable=True)


class PolicyPageForm(WagtailAdminPageForm):
    """The policy editor form: sectors as checkboxes over the known sector codes."""

    sectors = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=SECTOR_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty when the policy applies to every sector."),
    )


class PolicyPage(FoldedSearchText, Page):
    """One incentive policy: its legal basis, who it applies to, the text and the clauses rules cite."""

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists and search results."))
    category = models.CharField(
        _("category"), max_length=20, choices=PolicyCategory.choices, help_text=_("Used by the filters on the index.")
    )
    document_number = models.CharField(
        _("document number"), max_length=80, help_text=_("E.g. 218/2013/NĐ-CP, as printed on the legal document.")
    )
    issuing_body = models.CharField(
        _("issuing body"), max_length=200, help_text=_("E.g. the Government, the National Assembly.")
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True, help_text=_("The signature date."))
    effective_from = models.DateField(
        _("effective from"), null=True, blank=True, help_text=_("The date it takes effect.")
    )
    expires_on = models.DateField(_("expires on"), null=True, blank=True, help_text=_("Leave empty if open-ended."))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PolicyStatus.choices,
        default=PolicyStatus.IN_FORCE,
        help_text=_("Superseded policies stay online for reference; the estimator ignores their rules."),
    )
    superseded_by = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The policy that replaces this one."),
    )
    amended_on = models.DateField(
        _("amended on"),
        null=True,
        blank=True,
        help_text=_(
            "The date of the latest amendment. Publishing a new date (or marking the policy superseded) alerts "
            "every investor whose saved estimate, open application or approved project relies on it."
        ),
    )
    change_note = models.TextField(
        _("what changed"),
        blank=True,
        help_text=_("One or two sentences for investors about the amendment or replacement; sent in the alerts."),
    )
    needs_legal_review = models.BooleanField(
        _("to be confirmed by the legal reviewer"),
        default=False,
        help_text=_("Tick while the content is not verified against the official text; the page says so."),
    )
    audience = models.CharField(
        _("applies to"),
        max_length=20,
        choices=PolicyAudience.choices,
        default=PolicyAudience.ALL,
        help_text=_("Which investors may claim it."),
    )
    sectors = models.JSONField(_("sectors"), default=list, blank=True, help_text=_("Empty: every sector."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("Explanation for investors."))
    clauses = StreamField(
        ClauseStreamBlock(),
        verbose_name=_("clauses"),
        blank=True,
        help_text=_("The numbered clauses incentive rules cite; keep article and clause numbers as in the law."),
    )

    base_form_class = PolicyPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("audience")]),
                FieldRowPanel([FieldPanel("document_number"), FieldPanel("issuing_body")]),
                FieldRowPanel([FieldPanel("signed_on"), FieldPanel("effective_from"), FieldPanel("expires_on")]),
                FieldRowPanel([FieldPanel("status"), PageChooserPanel("superseded_by", "investors.PolicyPage")]),
                FieldRowPanel([FieldPanel("amended_on"), FieldPanel("needs_legal_review")]),
                FieldPanel("change_note"),
                FieldPanel("sectors"),
            ],
            heading=_("Legal basis and scope"),
        ),
        FieldPanel("body"),
        FieldPanel("clauses"),
        InlinePanel("attachments", label=_("Attachments")),
        InlinePanel("related_policies", label=_("Related policies")),
    ]
    folded_search_sources = ("title", "summary", "document_number")
    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_search_text"),
        index.SearchField("summary"),
        index.SearchField("document_number"),
        index.SearchField("body"),
        index.SearchField("clauses"),
        index.FilterField("category"),
        index.FilterField("status"),
    ]
    parent_page_types = ["investors.PolicyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("incentive policy")
        verbose_name_plural = _("incentive policies")

    @property
    def in_force(self):
        """True while the policy is in force today (status and dates)."""
        today = timezone.localdate()
        if self.status != PolicyStatus.IN_FORCE:
            return False
        if self.effective_from and self.effective_from > today:
            return False
        return not (self.expires_on and self.expires_on < today)

    def sector_labels(self):
        return [sector_label(code) for code in self.sectors]

    def clause_choices(self):
        """(article, clause) pairs of the clauses on this page."""
        return {(block.value["article"], block.value["clause"] or None) for block in self.clauses}


class PolicyAttachment(Orderable):
    """A document attached to a policy, such as the official text or a form."""

    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("E.g. the signed decree as PDF."),
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Shown instead of the document title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")


class RelatedPolicy(Orderable):
    """Another policy worth reading with this one."""

    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="related_policies")
    related = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("policy"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A related incentive policy."),
    )

    panels = [PageChooserPanel("related", "investors.PolicyPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related policy")
