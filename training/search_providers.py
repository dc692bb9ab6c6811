"""What the training app contributes to site search: programme pages and their cohorts."""

from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.search_registry import (
    PageProvider,
    SearchDocument,
    SearchProvider,
    SectionProvider,
    ServiceProvider,
    is_public,
    register,
)
from core.search_text import join, plain, stream_text

from .models import Cohort, ProgrammePage, TrainingIndexPage


def programme_labels():
    """{translation key: title} of live programmes, in the active language where it exists."""
    language = (translation.get_language() or "vi").split("-")[0]
    labels = {}
    for page in ProgrammePage.objects.live().public().select_related("locale").order_by("pk"):
        key = str(page.translation_key)
        if key not in labels or page.locale.language_code == language:
            labels[key] = page.title
    return labels


class ProgrammePageProvider(PageProvider):
    """Training programmes: introduction, outcomes, audience, skills and curriculum."""

    name = "programme"
    kind = "programme"
    kind_label = Cohort._meta.get_field("programme_key").verbose_name  # "programme"
    model = ProgrammePage
    facet_labels = {"programme": programme_labels}
    ranking = 30

    def page_document(self, page):
        document = super().page_document(page)
        document.summary = page.introduction
        document.body = join(plain(page.outcomes), page.audience, page.prerequisites, stream_text(page.body))
        document.keywords = page.skills
        document.programme = str(page.translation_key)
        return document


class CohortProvider(SearchProvider):
    """Cohorts, one document per language of their programme's live pages."""

    name = "cohort"
    kind = "cohort"
    kind_label = Cohort._meta.verbose_name
    model = Cohort
    ranking = 35

    def live_objects(self):
        keys = ProgrammePage.objects.live().values("translation_key")
        return Cohort.objects.filter(programme_key__in=keys)

    def is_live(self, cohort):
        return ProgrammePage.objects.live().filter(translation_key=cohort.programme_key).exists()

    def watches(self):
        return [(ProgrammePage, lambda page: Cohort.objects.filter(programme_key=page.translation_key))]

    def documents(self, cohort):
        pages = ProgrammePage.objects.live().filter(translation_key=cohort.programme_key).select_related("locale")
        documents = []
        for page in pages:
            if not is_public(page):  # the cohort is shown on its programme page, behind the same restriction
                continue
            with translation.override(page.locale.language_code):
                documents.append(self.document(cohort, page))
        return documents

    def document(self, cohort, page):
        language = page.locale.language_code
        mode = cohort.get_mode_display()
        starts_label = Cohort._meta.get_field("starts_on").verbose_name
        return SearchDocument(
            language=language,
            title=f"{page.title} – {Cohort._meta.verbose_name} {cohort.code}",
            url=f"{page.url}#cohorts-heading",
            summary=f"{capfirst(starts_label)} {cohort.starts_on:%d/%m/%Y} · {mode}",
            body=join(getattr(cohort, f"place_{language}", ""), getattr(cohort, f"notes_{language}", ""), page.skills),
            code=cohort.code,
            keywords=join(page.title, mode),
            programme=str(cohort.programme_key),
            date=cohort.starts_on,
        )


register(ProgrammePageProvider())
register(CohortProvider())


class TrainingSectionProvider(SectionProvider):
    """The training landing page: where "courses", "khoá học" and "đào tạo" lead."""

    name = "training_section"
    kind_label = _("section")
    model = TrainingIndexPage
    keywords = _("training courses programmes cohorts trainees")


class CertificateLookupProvider(ServiceProvider):
    """The public certificate check (a view under the training section)."""

    name = "certificate_lookup"
    kind_label = _("online service")
    model = TrainingIndexPage
    url_name = "training:certificate_lookup"
    title = _("Verify a training certificate")
    summary = _("Enter the code printed on a certificate to check that the park issued it.")
    keywords = _("certificate verify check code QR")


register(TrainingSectionProvider())
register(CertificateLookupProvider())
