"""The database side of search: the fallback index, its vocabulary, and the Elasticsearch retry queue."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One indexed document in one language: the database search path and the source of Elasticsearch documents.

    Filled from the providers by the same signals and rebuilds as Elasticsearch, so the database can
    answer with the same results whenever Elasticsearch is not configured or not reachable.
    """

    doc_id = models.CharField(_("document id"), max_length=120, unique=True)
    provider = models.CharField(_("provider"), max_length=40)
    object_key = models.CharField(_("object key"), max_length=64)
    kind = models.CharField(_("type"), max_length=40, db_index=True)
    language = models.CharField(_("language"), max_length=8, db_index=True)
    title = models.CharField(_("title"), max_length=500)
    url = models.CharField(_("address"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body text"), blank=True)
    code = models.CharField(_("code"), max_length=80, blank=True)
    keywords = models.TextField(_("keywords"), blank=True)
    title_exact = models.CharField(_("lower-case title"), max_length=500)
    title_folded = models.CharField(_("folded title"), max_length=500)
    summary_folded = models.TextField(_("folded summary"), blank=True)
    text_folded = models.TextField(_("folded text"), help_text=_("Every searchable word, folded and spaced."))
    code_folded = models.CharField(_("folded code"), max_length=120, blank=True)
    category = models.CharField(_("policy category"), max_length=40, blank=True)
    zone = models.CharField(_("zone"), max_length=40, blank=True)
    land_use = models.CharField(_("land use"), max_length=40, blank=True)
    parcel_status = models.CharField(_("parcel status"), max_length=40, blank=True)
    programme = models.CharField(_("programme"), max_length=64, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    year = models.CharField(_("year"), max_length=4, blank=True)
    area = models.DecimalField(_("area (m²)"), max_digits=12, decimal_places=1, null=True, blank=True)
    price = models.DecimalField(_("price (USD)"), max_digits=12, decimal_places=2, null=True, blank=True)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["provider", "object_key"])]

    def __str__(self):
        return self.doc_id


class SearchTerm(models.Model):
    """A folded word that occurs in the indexed text: the vocabulary for spelling suggestions."""

    term = models.CharField(_("term"), max_length=60, unique=True)
    length = models.PositiveSmallIntegerField(_("length"), db_index=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.term


class PendingIndexUpdate(models.Model):
    """An object whose Elasticsearch documents could not be written; `search_index --retry` catches up."""

    provider = models.CharField(_("provider"), max_length=40)
    object_key = models.CharField(_("object key"), max_length=64)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last attempt"), auto_now=True)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["provider", "object_key"], name="pending_update_once")]

    def __str__(self):
        return f"{self.provider}:{self.object_key}"


class QueryDailyOutcome(models.Model):
    """What one search query led to on one day: searches, searches with no result, first-result clicks.

    Joined to Wagtail's `Query` (search promotions), whose `QueryDailyHits` counts the same searches
    for Wagtail's own "popular queries". Nothing about the visitor is kept: no IP address, no user,
    no session — only the normalised query text and counters.
    """

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="daily_outcomes",
        verbose_name=_("query"),
    )
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    no_results = models.PositiveIntegerField(_("searches with no result"), default=0)
    first_clicks = models.PositiveIntegerField(_("clicks on the first result"), default=0)

    class Meta:
        verbose_name = _("daily search outcome")
        verbose_name_plural = _("daily search outcomes")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="query_outcome_once_a_day")]

    def __str__(self):
        return f"{self.query} {self.date}"
