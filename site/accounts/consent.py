"""Consent to the privacy notice: which version is current, who accepted it, and asking again.

The current version is the `privacy_notice_version` of the home app's "privacy, terms and accessibility"
setting. Sign-up records it; when editors change it, signed-in people are asked to accept the new
version before the actions that hand the park personal data (applying, registering for a course):
those views call `ask_again_if_needed` or use `privacy_consent_required`.
"""

import functools

from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from home.models import LegalPages

from .models import PrivacyConsent


def current_notice_version():
    """The version of the privacy notice in force."""
    return LegalPages.load().privacy_notice_version


def privacy_page():
    """The privacy notice page in the active language, or None when editors have not chosen one."""
    page = LegalPages.load().privacy_page
    return page.specific.localized if page is not None and page.live else None


def has_accepted_current_notice(user):
    return PrivacyConsent.objects.filter(user=user, notice_version=current_notice_version()).exists()


def record_consent(user, version=None):
    """Record that `user` accepts `version` (default: the current one); accepting twice changes nothing."""
    version = version or current_notice_version()
    try:
        with transaction.atomic():
            PrivacyConsent.objects.get_or_create(user=user, notice_version=version)
    except IntegrityError:  # the same person accepting in two tabs at once
        pass
    return version


def ask_again_if_needed(request):
    """A redirect to the consent page when the signed-in user has not accepted the current notice, else None."""
    user = request.user
    if not user.is_authenticated or has_accepted_current_notice(user):
        return None
    return redirect(f"{reverse('account_privacy_consent')}?{urlencode({'next': request.get_full_path()})}")


def privacy_consent_required(view):
    """Decorator: signed-in users accept the current privacy notice before the view runs."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        return ask_again_if_needed(request) or view(request, *args, **kwargs)

    return wrapper
