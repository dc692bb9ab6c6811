"""Staff pass a second factor (an authenticator app code or a recovery code) before any admin page.

django-allauth's `mfa` app does the work: it enrols authenticator apps (TOTP) with recovery codes and,
at sign-in, asks users who have one for a code. What it does not do is *require* one. This module does,
for everyone who can open the Wagtail admin:

- no authenticator yet: the admin sends them to allauth's enrolment page (first sign-in of new staff);
- an authenticator, but this session never proved it (signed in some other way, or before two-factor
  existed): the admin asks for a code first;
- signed in but not allowed in the admin (investors, trainees): a page saying so, never a redirect loop.

allauth records each step of a sign-in in the session ("password", then "mfa"); a session counts as
two-factor when it holds an "mfa" record for the signed-in user.
"""

import time
from importlib import import_module

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from allauth.account import app_settings as account_settings
from allauth.account.internal.flows.login import get_authentication_records, record_authentication
from allauth.mfa.models import Authenticator

ADMIN_ACCESS = "wagtailadmin.access_admin"
# The staff groups every installation has (created by accounts migration 0002).
STAFF_GROUPS = ["Editor", "Legal reviewer", "Investment officer", "Land officer", "Training coordinator", "Director"]


def requires_two_factor(user):
    """True for superusers, anyone the admin lets in, and every member of a staff group."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.has_perm(ADMIN_ACCESS):
        return True
    return Group.objects.filter(user=user, name__in=STAFF_GROUPS).exists()


def passed_second_factor(request):
    """Whether this session's sign-in included a second factor for the signed-in user."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def authenticated_just_now(request):
    """Whether the session's last sign-in step (password, code, enrolment) is under five minutes old.

    allauth asks for the password again before two-factor changes (enrolling, viewing recovery codes)
    unless the user *re*-authenticated in the last five minutes. New staff, sent from sign-in straight
    to enrolment and then to their recovery codes, would type the password they had just typed twice
    more; a sign-in step that recent counts as well (see AccountAdapter.is_reauthentication_required).
    """
    user = request.user
    records = get_authentication_records(request, user) if user.is_authenticated else []
    return bool(records) and time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT


def has_authenticator_app(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def record_enrolment(sender, request, user, authenticator, **kwargs):
    """allauth's `authenticator_added`: activating an app means typing a code from it, a second factor.

    Recorded as allauth records a code typed at sign-in, so the new staff member goes on to the admin
    without typing a second code.
    """
    if request is not None and authenticator.type == Authenticator.Type.TOTP and request.user == user:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)


class StaffTwoFactorMiddleware:
    """Guards every /admin/ URL (except the sign-in redirect and sign-out) as the module docstring says."""

    OPEN_ADMIN_PATHS = ("login/", "logout/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = None
        if self.guards(request.path_info) and request.user.is_authenticated:
            # /admin/ carries no language prefix: answer in the language the person chose for the site.
            with translation.override(getattr(request.user, "preferred_language", None) or get_language()):
                response = self.gate(request)
        return response or self.get_response(request)

    def guards(self, path):
        admin = reverse("wagtailadmin_home")
        return path.startswith(admin) and not path[len(admin) :].startswith(self.OPEN_ADMIN_PATHS)

    def gate(self, request):
        """None to let the request through, else the answer: enrolment, a code, or "not for you"."""
        user = request.user
        if not user.has_perm(ADMIN_ACCESS):
            return no_admin_access(request)
        if passed_second_factor(request):
            return None
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return HttpResponseForbidden()
        if has_authenticator_app(user):
            messages.info(request, _("Enter a code from your authenticator app to open the admin."))
            return redirect_with_next("mfa_reauthenticate", request)
        messages.info(
            request,
            _(
                "Staff accounts need two-factor authentication. Scan the QR code with an authenticator app "
                "on your phone and type the code it shows; then keep the recovery codes somewhere safe."
            ),
        )
        return redirect_with_next("mfa_activate_totp", request)


def redirect_with_next(url_name, request):
    return HttpResponseRedirect(f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}")


def no_admin_access(request):
    """Signed in, but not staff: say so (the admin's own answer is a redirect to sign-in, a loop)."""
    return render(request, "account/admin_no_access.html", status=403)


def reset_two_factor(user):
    """Delete the user's authenticator app and recovery codes (a lost, perhaps stolen, phone).

    Every session the user has open is ended too, so whoever holds the phone loses the admin at once;
    the next sign-in leads to enrolment. Returns (authenticators removed, sessions ended).
    """
    removed, _per_model = Authenticator.objects.filter(user=user).delete()
    return removed, end_sessions(user)


def end_sessions(user):
    """Delete every unexpired session signed in as `user`; returns how many were ended."""
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    model = store_class.get_model_class()
    ended = 0
    for row in model.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(row.get_decoded().get(SESSION_KEY)) == str(user.pk):
            store_class(row.session_key).delete()
            ended += 1
    return ended
