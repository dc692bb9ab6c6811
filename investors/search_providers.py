"""What the investors app contributes to site search: incentive policy pages, filterable by category."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.search_registry import PageProvider, SectionProvider, ServiceProvider, register
from core.search_text import join, stream_text

from .models.policies import PolicyCategory, PolicyIndexPage, PolicyPage
from .models.procedure import HowToInvestPage


def category_labels():
    return {value: str(label) for value, label in PolicyCategory.choices}


class PolicyPageProvider(PageProvider):
    """Incentive policies: title, summary, legal basis, body and clauses."""

    name = "policy"
    kind = "policy"
    kind_label = PolicyPage._meta.verbose_name
    model = PolicyPage
    facet_labels = {"category": category_labels}
    ranking = 10

    def page_document(self, page):
        document = super().page_document(page)
        with translation.override(document.language):
            category = str(page.get_category_display())
        document.summary = page.summary
        document.body = join(stream_text(page.body), stream_text(page.clauses))
        document.code = page.document_number
        document.keywords = join(page.issuing_body, category)
        document.category = page.category
        document.date = page.effective_from or page.signed_on
        return document


register(PolicyPageProvider())


class HowToInvestPageProvider(PageProvider):
    """The How to invest page: its introduction and every step (authority, legal basis, documents)."""

    name = "how_to_invest"
    kind = "procedure"
    kind_label = _("procedure")
    model = HowToInvestPage
    ranking = 12

    def page_document(self, page):
        document = super().page_document(page)
        document.summary = page.introduction
        document.body = stream_text(page.steps)
        document.keywords = _keywords_in(document.language)
        return document


def _keywords_in(language):
    with translation.override(language):
        return str(_("procedure checklist investment registration work permit construction permit"))


register(HowToInvestPageProvider())


class IncentivesSectionProvider(SectionProvider):
    """The incentives landing page: where "policies", "how to invest" and "thủ tục đầu tư" lead."""

    name = "incentives_section"
    kind_label = _("section")
    model = PolicyIndexPage
    keywords = _("investment policies incentives how to invest")


class ApplyServiceProvider(ServiceProvider):
    """The online investment application (a view under the incentives section)."""

    name = "apply"
    kind_label = _("online service")
    model = PolicyIndexPage
    url_name = "apply_start"
    title = _("Apply online to invest")
    summary = _(
        "Register an investment project in the park: file the application, upload the documents, follow each "
        "step and receive the decision online."
    )
    keywords = _("application apply register investment project procedure")


register(IncentivesSectionProvider())
register(ApplyServiceProvider())
