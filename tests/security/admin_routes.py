"""Every admin view the project adds to Wagtail, found from Wagtail's own registries, never listed by hand.

A view belongs to the project when its model's app lives in this repository (not in site-packages):
the viewsets and snippets (with their choosers) of those models, their bulk actions, the settings
they register, and the admin URLs that the project's own `register_admin_urls` hooks add. A route
whose URL needs a value this module cannot supply fails loudly, so a new view is never skipped.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.urls import URLResolver, reverse

from wagtail import hooks
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.contrib.settings.registry import registry as settings_registry

# The permission a view needs, by its URL name; anything else needs some permission on the model.
ACTION_OF_VIEW = {"add": "add", "create": "add", "edit": "change", "copy": "add", "delete": "delete"}
ROUTE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")


@dataclass(frozen=True)
class AdminRoute:
    """One URL to request: the named route, the model whose data it shows, and the object it is about.

    `any_staff` marks views Wagtail opens to every admin user by design: choosers (an editor picks a
    record for another form) and bulk-action confirmations (they list what the user may not act on)."""

    url: str
    name: str
    model: type
    action: str
    instance: object = None
    permission_policy: object = None
    any_staff: bool = False

    def __str__(self):
        return f"{self.name} {self.url}"


def project_app_labels():
    """Labels of the apps whose code lives in this repository."""
    base = Path(settings.BASE_DIR).resolve()
    labels = set()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(base) and "site-packages" not in path.parts:
            labels.add(config.label)
    return labels


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def _parameters(route):
    return [a or b for a, b in ROUTE_PARAMETER.findall(route)]


def _value(parameter, instance):
    """The URL value for `parameter` of a route about `instance`; fails for a parameter it does not know."""
    if parameter == "pk":
        return instance.pk
    if parameter == "revision_id":
        return getattr(instance, "latest_revision_id", None)
    if parameter in ("revision_id_a", "revision_id_b"):
        return "earliest" if parameter.endswith("a") else "latest"
    if parameter == "session_pk":
        return instance.sessions.order_by("pk").first().pk
    raise LookupError(f"No value known for the URL parameter “{parameter}”: teach tests/security/admin_routes.py")


def _routes_of(namespace, patterns, model, objects_for, policy, any_staff=False):
    for route, pattern in _walk(patterns):
        name = f"{namespace}:{pattern.name}" if namespace else pattern.name
        parameters = _parameters(route)
        action = ACTION_OF_VIEW.get(pattern.name, "")
        if not parameters:
            yield AdminRoute(reverse(name), name, model, action, None, policy, any_staff)
            continue
        for instance in objects_for(model):
            kwargs = {parameter: _value(parameter, instance) for parameter in parameters}
            if None in kwargs.values():
                continue  # e.g. a revision route for an object without revisions
            yield AdminRoute(reverse(name, kwargs=kwargs), name, model, action, instance, policy, any_staff)


def viewset_routes(objects_for, labels):
    """Routes of every registered viewset (snippets, choosers, model viewsets, users) of a project model."""
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if not isinstance(model, type) or model._meta.app_label not in labels:
            continue
        policy = getattr(viewset, "permission_policy", None)
        patterns = viewset.get_urlpatterns()
        chooser = isinstance(viewset, ChooserViewSet)
        yield from _routes_of(viewset.url_namespace, patterns, model, objects_for, policy, any_staff=chooser)
        if getattr(viewset, "list_export", None):
            for export in ("csv", "xlsx"):
                url = f"{viewset.menu_url}?export={export}"
                yield AdminRoute(url, f"{viewset.url_namespace} export {export}", model, "", None, policy)


def hook_routes(objects_for, labels, models_by_route):
    """Admin URLs added by the project's own `register_admin_urls` hooks."""
    for hook in hooks.get_hooks("register_admin_urls"):
        module = apps.get_containing_app_config(hook.__module__)
        if module is None or module.label not in labels:
            continue
        for route, pattern in _walk(hook()):
            if pattern.name not in models_by_route:
                raise LookupError(f"Say which model {pattern.name} ({route}) shows: teach the admin views test")
            model = models_by_route[pattern.name]
            yield from _routes_of("", [pattern], model, objects_for, None)


def bulk_action_routes(objects_for, labels):
    """The confirmation page of every bulk action on a project model, for its objects."""
    for label in sorted(labels):
        for model in apps.get_app_config(label).get_models():
            meta = model._meta
            for action in bulk_action_registry.get_bulk_actions_for_model(meta.app_label, meta.model_name):
                url = reverse("wagtail_bulk_action", args=(meta.app_label, meta.model_name, action.action_type))
                ids = "&".join(f"id={instance.pk}" for instance in objects_for(model))
                name = f"bulk {action.action_type}"
                yield AdminRoute(f"{url}?{ids}", name, model, action.action_type, any_staff=True)


def settings_routes(labels):
    """The edit page of every site setting a project app registers."""
    for model in settings_registry:
        if model._meta.app_label in labels:
            url = reverse("wagtailsettings:edit", args=(model._meta.app_label, model._meta.model_name))
            yield AdminRoute(url, f"settings {model._meta.label}", model, "change")


def all_routes(objects_for, models_by_route):
    """Every project admin route, each with the objects it is about."""
    labels = project_app_labels()
    return [
        AdminRoute(reverse("wagtailadmin_home"), "wagtailadmin_home", None, ""),
        *viewset_routes(objects_for, labels),
        *hook_routes(objects_for, labels, models_by_route),
        *bulk_action_routes(objects_for, labels),
        *settings_routes(labels),
    ]
