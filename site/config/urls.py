"""URL map: operational endpoints and admin without a language prefix; everything public under /vi/ or /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import sign_in_through_allauth
from core import views as core_views
from home.sitemap import BilingualSitemap

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}, name="sitemap"),
    # One sign-in for everyone (allauth's): Wagtail's admin sign-in page only redirects there.
    path("admin/login/", sign_in_through_allauth),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Apps add their language-prefixed routes here (before Wagtail's catch-all page serving).
urlpatterns += i18n_patterns(
    path("account/", include("accounts.urls")),
    path("search/", include("search.urls")),
    path("", include("training.urls")),
    path("apply/", include("investors.applications.urls")),
    path("decisions/", include("investors.applications.public_urls")),
    path("track/", include("investors.applications.tracking_urls")),
    path("", include("land.urls")),
    path("visits/", include("land.visits.urls")),
    path("", include("transparency.urls")),
    path("", include("ratings.urls")),
    path("_util/login/", sign_in_through_allauth),  # Wagtail's sign-in for restricted pages, likewise
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

# Over-limit answers from allauth (sign-up, sign-in) use the same translated 429 page as the rest.
handler429 = "core.ratelimits.too_many_requests"
