"""What the investors app contributes to site search: incentive policy pages, filterable by category."""

from django.utils import translation

from core.search_registry import PageProvider, register
from core.search_text import join, stream_text

from .models.policies import PolicyCategory, PolicyPage


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
