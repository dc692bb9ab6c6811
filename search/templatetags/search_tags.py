"""Query-string helpers for facet links: toggle one value, remove one filter, keep everything else."""

from urllib.parse import urlencode

from django import template

register = template.Library()


def _params(request):
    return [(key, value) for key, values in request.GET.lists() for value in values if key != "page"]


@register.simple_tag(takes_context=True)
def toggle_facet(context, param, value):
    """The query string with `param=value` added, or removed when already chosen (back to page 1)."""
    params = _params(context["request"])
    if (param, value) in params:
        params.remove((param, value))
    else:
        params.append((param, value))
    return "?" + urlencode(params)


@register.simple_tag(takes_context=True)
def without_filters(context):
    """The query string with only the search words."""
    query = context["request"].GET.get("q", "")
    return "?" + urlencode({"q": query})
