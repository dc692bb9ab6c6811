"""Named places in templates that other apps fill, so the shell never imports the domain apps.

Examples: the home page's featured sections (parcels, policies, programmes), the account dashboard's
sections (applications, registrations), the parcel page's talent pipeline. An app registers a
provider in its AppConfig.ready(); the `{% slot "name" %}` template tag renders every provider.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string


@dataclass(frozen=True)
class SlotProvider:
    """One contribution to a slot: a template and a function returning its context (or None to skip)."""

    key: str
    template: str
    get_context: Callable  # (request, **kwargs) -> dict | None
    order: int = 100


_slots: dict[str, dict[str, SlotProvider]] = {}

# A provider whose context holds this key set to True is an offer, not content of the user's own (e.g. "Apply to
# invest" on the account page of someone with no application): it is left out when another provider has something.
ONLY_IF_ALONE = "only_if_alone"


def register(slot, provider):
    """Add or replace (by key) a provider for `slot`."""
    _slots.setdefault(slot, {})[provider.key] = provider


def providers(slot):
    """The providers of `slot` in display order."""
    return sorted(_slots.get(slot, {}).values(), key=lambda provider: (provider.order, provider.key))


def render_slot(slot, request, **kwargs):
    """Render every provider of `slot`; a provider returning None contributes nothing, and one marked
    ONLY_IF_ALONE contributes only when no other provider does."""
    contributions = []
    for provider in providers(slot):
        context = provider.get_context(request, **kwargs)
        if context is not None:
            contributions.append((provider, context))
    if any(not context.get(ONLY_IF_ALONE) for _provider, context in contributions):
        contributions = [(provider, context) for provider, context in contributions if not context.get(ONLY_IF_ALONE)]
    return "".join(render_to_string(provider.template, context, request=request) for provider, context in contributions)
