"""The `{% slot "name" %}` tag: renders what the apps registered for a named place (see core.slots)."""

from django import template
from django.utils.safestring import mark_safe

from core import slots

register = template.Library()


@register.simple_tag(takes_context=True)
def slot(context, name, **kwargs):
    """Render what the apps registered for the slot `name` (see core.slots)."""
    return mark_safe(slots.render_slot(name, context.get("request"), **kwargs))  # noqa: S308 - rendered templates
