"""Public training views: register for a cohort, cancel, verify and print certificates."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.consent import ask_again_if_needed
from core.ratelimits import rate_limit
from training import services
from training.certificates import qr_svg, verification_url
from training.forms import CancellationForm, CertificateLookupForm, RegistrationForm
from training.listing import cohort_rows
from training.models import Certificate, Registration, RegistrationStatus
from training.visitors import visitor_identity


def register_for_cohort(request, page, code):
    """GET: the eligibility form (or, for someone already holding a place, their status instead of the form, and a
    warning when the cohort's sessions overlap their other courses); POST: register and go to the dashboard."""
    cohort_query = page.cohorts().filter(code=code)
    if not cohort_query.exists():
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), "account_login")
    if ask_consent := ask_again_if_needed(request):
        return ask_consent
    row = cohort_rows(cohort_query, request.user)[0]
    form = RegistrationForm(request.POST or None)
    if row.my_registration is None and request.method == "POST" and form.is_valid():
        try:
            registration = services.register_trainee(
                row.cohort.pk, request.user, services.RegistrationAnswers(**form.cleaned_data)
            )
        except services.TrainingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _registered_message(registration))
            return redirect("account_dashboard")
    context = {
        "page": page,
        "row": row,
        "cohort": row.cohort,
        "form": form,
        "clashes": services.session_clashes(row.cohort, request.user),
    }
    return render(request, "training/register.html", context)


def _registered_message(registration):
    if registration.status == RegistrationStatus.CONFIRMED:
        return _("Your seat in %(code)s is confirmed. We have sent you an e-mail.") % {"code": registration.cohort.code}
    return _("%(code)s is full: you are number %(position)s on the waitlist. We will e-mail you if a seat frees.") % {
        "code": registration.cohort.code,
        "position": registration.waitlist_position(),
    }


@require_http_methods(["GET", "POST"])
def cancel_registration(request, pk):
    """The trainee cancels their own registration (others get 404, whoever they are)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), "account_login")
    registration = get_object_or_404(Registration.objects.select_related("cohort"), pk=pk, trainee=request.user)
    form = CancellationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_registration(registration.pk, request.user, form.cleaned_data["reason"])
        except services.TrainingError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Your registration for %(code)s is cancelled.") % {"code": registration.cohort.code}
            )
        return redirect("account_dashboard")
    return render(request, "training/cancel.html", {"registration": registration, "form": form})


@rate_limit("certificate_lookup")
def certificate_lookup(request):
    """A form to type a certificate code; redirects to its verification page."""
    form = CertificateLookupForm(request.GET or None)
    if request.GET and form.is_valid():
        return redirect("training:certificate_verify", code=form.cleaned_data["code"])
    return render(request, "training/certificate_lookup.html", {"form": form})


def _certificate(code):
    if not (code.isascii() and code.isalnum()):  # no code has other characters; PostgreSQL refuses NUL
        return None
    return (
        Certificate.objects.select_related("registration__cohort", "registration__trainee")
        .filter(code=code.upper())
        .first()
    )


@rate_limit("certificate_lookup")
def certificate_verify(request, code):
    """Public: valid or revoked with holder, programme, cohort and date; unknown codes are 404. Each view is
    counted once per visitor and day."""
    certificate = _certificate(code)
    services.record_verification(code, certificate, visitor_identity(request))
    if certificate is None:
        return render(request, "training/certificate_unknown.html", {"code": code[:40]}, status=404)
    cohort = certificate.registration.cohort
    context = {"certificate": certificate, "cohort": cohort, "programme": cohort.programme_page()}
    return render(request, "training/certificate_verify.html", context)


def certificate_print(request, code):
    """The printable certificate with its QR code; only for its holder and training staff."""
    certificate = _certificate(code)
    user = request.user
    allowed = certificate is not None and (
        certificate.registration.trainee_id == user.pk or user.has_perm("training.view_certificate")
    )
    if not allowed:
        raise Http404
    cohort = certificate.registration.cohort
    url = verification_url(request, certificate.code)
    context = {
        "certificate": certificate,
        "cohort": cohort,
        "programme": cohort.programme_page(),
        "verify_url": url,
        "qr_svg": qr_svg(url, _("QR code linking to the verification page")),
        "printed_on": timezone.localdate(),
        "verify_path": reverse("training:certificate_verify", args=[certificate.code]),
    }
    return render(request, "training/certificate_print.html", context)
