"""Deleting in the admin never fails on records that must be kept: it is refused, saying what keeps it.

Wagtail refuses a deletion when its reference index lists a protected reference, but that index is
updated by a background task, and some models (users) are not indexed at all; the database's PROTECT
foreign keys would then surface as a server error. These hooks ask Django's deletion collector first
(it follows every PROTECT and RESTRICT key without deleting anything) for single and bulk deletions of
snippets and users; model viewsets use `KeepProtectedRecordsMixin` on their delete view.
"""

from django.contrib import messages
from django.db import router
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request


def blocking_records(instances):
    """The records that keep `instances` from being deleted (through PROTECT or RESTRICT keys), or []."""
    instances = list(instances)
    if not instances:
        return []
    collector = Collector(using=router.db_for_write(type(instances[0])))
    try:
        collector.collect(instances)
    except ProtectedError as error:
        return list(error.protected_objects)
    except RestrictedError as error:
        return list(error.restricted_objects)
    return []


def refusal(instances):
    """A translated sentence saying why `instances` cannot be deleted, or None when they can."""
    blockers = blocking_records(instances)
    if not blockers:
        return None
    kinds = ", ".join(sorted({str(capfirst(record._meta.verbose_name_plural)) for record in blockers}))
    names = ", ".join(f"“{instance}”" for instance in instances[:5])
    return _("%(names)s cannot be deleted: %(count)s records that must be kept refer to it (%(kinds)s).") % {
        "names": names,
        "count": len(blockers),
        "kinds": kinds,
    }


def refuse_if_protected(request, instances, fallback_url):
    """A redirect carrying the reason when `instances` cannot be deleted; None when they can."""
    message = refusal(list(instances))
    if message is None:
        return None
    messages.error(request, message)
    return redirect(fallback_url)


class KeepProtectedRecordsMixin:
    """For a model viewset's DeleteView: confirming the deletion of a protected record says why it cannot be."""

    def run_before_hook(self):
        return refuse_if_protected(self.request, [self.object], self.get_success_url()) or super().run_before_hook()


@hooks.register("before_delete_snippet")
def keep_protected_snippets(request, instances):
    if not instances:
        return None
    viewset = type(instances[0]).snippet_viewset
    return refuse_if_protected(request, instances, reverse(viewset.get_url_name("list")))


@hooks.register("before_delete_user")
def keep_protected_users(request, user):
    return refuse_if_protected(request, [user], "wagtailusers_users:index")


@hooks.register("before_bulk_action")
def keep_protected_records_in_bulk(request, action_type, objects, action):
    if action_type != "delete":
        return None
    fallback = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    return refuse_if_protected(request, objects, fallback)
