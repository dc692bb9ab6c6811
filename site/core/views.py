"""Operational endpoints (health, readiness, robots.txt) and error pages."""

from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import health


@require_GET
@never_cache
def healthz(request):
    """Liveness: the process answers. Never touches the database, so a slow database cannot kill it."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
@never_cache
def readyz(request):
    """Readiness as JSON: every registered check (core.health). 503 when a required one (the database)
    fails; others only report a degradation (a search outage: search falls back to the database)."""
    ready, report = health.readiness()
    body = {"status": "ok" if ready else "unavailable", **report}
    return JsonResponse(body, status=200 if ready else 503)


@require_GET
def robots_txt(request):
    """Allow crawling of public pages; keep crawlers out of the admin, accounts and applications."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /vi/account/",
        "Disallow: /en/account/",
        "Disallow: /vi/apply/",
        "Disallow: /en/apply/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without the request's context processors: one of them may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render())
