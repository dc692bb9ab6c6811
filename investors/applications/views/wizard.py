"""The applicant's multi-step form: company, project, land, documents, review and submit.

Every step is saved on the server; invalid input is kept in the draft (`draft_data`), only the step's
own fields and bounded in length, so nothing typed is lost. A POST without a signed-in user (an expired
session) writes nothing, no session either: the person is sent to sign in and told to enter the step again.
Every POST counts towards the "application_wizard" rate limit.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.consent import ask_again_if_needed, privacy_consent_required
from core.ratelimits import rate_limit

from .. import services
from ..forms import CompanyForm, DocumentForm, LandForm, ProjectForm, ReviewForm, as_querydict_data, storable
from ..models import ApplicationStatus
from ..services import NOTICE_VERSION, ApplicationError
from .access import own_application

STEPS = [
    ("company", gettext_lazy("Company")),
    ("project", gettext_lazy("Project")),
    ("land", gettext_lazy("Premises")),
    ("documents", gettext_lazy("Documents")),
    ("review", gettext_lazy("Review and submit")),
]
STEP_NAMES = [name for name, _label in STEPS]
FORMS = {"company": CompanyForm, "project": ProjectForm, "land": LandForm}


def step_url(application, step):
    return reverse("application_step", args=[application.public_id, step])


def _next_step(step):
    return STEP_NAMES[min(STEP_NAMES.index(step) + 1, len(STEP_NAMES) - 1)]


def _progress(current):
    index = STEP_NAMES.index(current)
    return [
        {"name": name, "label": label, "number": number, "current": name == current, "done": number - 1 < index}
        for number, (name, label) in enumerate(STEPS, start=1)
    ]


def _context(application, step, **extra):
    return {"application": application, "step": step, "steps": _progress(step), **extra}


@login_required
@privacy_consent_required
def apply_start(request):
    """Open the user's draft (or a new one), adding the parcel given as ?parcel=CODE or the office unit
    given as ?unit=CODE, or the project and
    incentives requested of the user's saved estimate given as ?estimate=ID."""
    saved = _own_saved_estimate(request)
    if saved is not None:
        application = services.start_application_from_estimate(request.user, saved)
        return redirect(step_url(application, "company"))
    application = services.start_draft(
        request.user, parcel_code=request.GET.get("parcel"), unit_code=request.GET.get("unit")
    )
    step = request.GET.get("step") if request.GET.get("step") in STEP_NAMES else "company"
    return redirect(step_url(application, step))


def _own_saved_estimate(request):
    from investors.models import SavedEstimate

    estimate_id = request.GET.get("estimate", "")
    if not estimate_id.isdigit():
        return None
    return SavedEstimate.objects.filter(pk=int(estimate_id), owner=request.user).first()


@rate_limit("application_wizard", method="POST")
def wizard_step(request, public_id, step):
    """One step of the wizard (GET shows it, POST saves it)."""
    if step not in STEP_NAMES:
        return redirect("apply_start")
    if not request.user.is_authenticated:
        if request.method == "POST":  # the message travels in its cookie: no session is created
            messages.warning(request, _("You were signed out, so this step was not saved. Sign in and enter it again."))
        return redirect_to_login(request.get_full_path())
    if request.method == "GET" and (ask_consent := ask_again_if_needed(request)):
        return ask_consent
    application = own_application(request, public_id)
    editable_documents = step == "documents" and application.status == ApplicationStatus.INFO_REQUESTED
    if application.status != ApplicationStatus.DRAFT and not editable_documents:
        return redirect("application_detail", public_id=application.public_id)
    if step == "documents":
        return documents_step(request, application)
    if step == "review":
        return review_step(request, application)
    return form_step(request, application, step)


def _form_kwargs(step, user=None):
    if step == "company":
        return {"user": user}
    return {"language": get_language()} if step == "land" else {}


def form_step(request, application, step):
    form_class, kwargs = FORMS[step], _form_kwargs(step, request.user)
    if request.method == "POST":
        form = form_class(request.POST, instance=application, **kwargs)
        if form.is_valid():
            application.draft_data.pop(step, None)
            form.save()
            if "leave" in request.POST:
                messages.success(request, _("Your draft is saved. You can continue it from your account."))
                return redirect("account_dashboard")
            return redirect(step_url(application, _next_step(step)))
        application.draft_data = {**application.draft_data, step: storable(request.POST, form)}
        application.save(update_fields=["draft_data", "updated_at"])
        if "leave" in request.POST:
            messages.warning(request, _("Your draft is saved, but some answers still need correcting."))
            return redirect("account_dashboard")
    else:
        stored = application.draft_data.get(step)
        form = form_class(as_querydict_data(stored), instance=application, **kwargs) if stored else None
        form = form or form_class(instance=application, **kwargs)
    return render(request, "applications/wizard_form.html", _context(application, step, form=form))


def documents_step(request, application):
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_document(application.pk, request.user, form.cleaned_data["file"], form.cleaned_data["kind"])
        except ApplicationError as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, _("The document was uploaded."))
            return redirect(step_url(application, "documents"))
    documents = application.documents.current()
    context = _context(application, "documents", form=form, documents=documents)
    return render(request, "applications/wizard_documents.html", context)


@require_POST
@rate_limit("application_wizard")
@login_required
def delete_document(request, public_id, document_id):
    application = own_application(request, public_id)
    try:
        services.remove_document(application.pk, request.user, document_id)
    except (ApplicationError, PermissionDenied) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The document was removed."))
    return redirect(step_url(application, "documents"))


def review_step(request, application):
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_application(application.pk, request.user, consent=form.cleaned_data["consent"])
        except ApplicationError as error:
            application.refresh_from_db()
            if application.status != ApplicationStatus.DRAFT:  # a second click of the same submission
                messages.info(request, _("This application has already been submitted."))
                return redirect("application_detail", public_id=application.public_id)
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your application has been submitted. We have sent you a confirmation."))
            return redirect("application_detail", public_id=application.public_id)
    context = _context(
        application,
        "review",
        form=form,
        missing=services.missing_items(application),
        documents=application.documents.current(),
        notice_version=NOTICE_VERSION,
    )
    return render(request, "applications/wizard_review.html", context)
