"""The applicant's pages for one application: detail with timeline and thread, actions, downloads."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

import segno

from core.ratelimits import rate_limit

from .. import services
from ..forms import MessageForm, NoteForm, OptionalNoteForm
from ..letters import issue_missing_letter, verification_url
from ..models import DecisionLetter
from ..services import ApplicationError
from ..timeline import timeline
from ..workflow import TRANSITIONS
from .access import own_application, visible_document


@login_required
def detail(request, public_id, resubmit_form=None):
    """Status, service clock, timeline, thread and the applicant's possible actions."""
    application = own_application(request, public_id)
    if application.status == "draft":
        return redirect("application_step", public_id=application.public_id, step="company")
    resubmit_form = (resubmit_form or NoteForm()) if application.status == "info_requested" else None
    thread = application.messages.filter(internal=False).select_related("author").prefetch_related("attachments")
    context = {
        "application": application,
        "clock": application.clock(),
        "timeline": timeline(application, include_internal=False),
        "thread": thread,
        "documents": application.documents.current(),
        "missing_documents": services.missing_documents(application) if resubmit_form else [],
        "message_form": MessageForm(),
        "resubmit_form": resubmit_form,
        "withdraw_form": OptionalNoteForm() if application.status in TRANSITIONS["withdraw"].sources else None,
    }
    return render(request, "applications/detail.html", context)


def _act(request, application, action):
    try:
        action()
    except (ApplicationError, PermissionDenied) as error:
        messages.error(request, str(error))
        return False
    return True


@require_POST
@login_required
def withdraw(request, public_id):
    application = own_application(request, public_id)
    form = OptionalNoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    if _act(request, application, lambda: services.withdraw(application.pk, request.user, note)):
        messages.success(request, _("Your application has been withdrawn."))
    return redirect("application_detail", public_id=public_id)


@require_POST
@login_required
def resubmit(request, public_id):
    application = own_application(request, public_id)
    form = NoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write what you changed or added."))
    elif _act(request, application, lambda: services.resubmit(application.pk, request.user, form.cleaned_data["note"])):
        messages.success(request, _("Your answer has been sent to the park."))
    else:  # refused (a required document is missing): show why, with the answer still in the box
        return detail(request, public_id, resubmit_form=form)
    return redirect("application_detail", public_id=public_id)


@require_POST
@login_required
@rate_limit("application_message")
def post_message(request, public_id):
    application = own_application(request, public_id)
    form = MessageForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
    else:
        uploads = [form.cleaned_data["attachment"]] if form.cleaned_data.get("attachment") else []
        send = lambda: services.post_message(application.pk, request.user, form.cleaned_data["body"], uploads=uploads)  # noqa: E731
        if _act(request, application, send):
            messages.success(request, _("Your message has been sent."))
    return redirect("application_detail", public_id=public_id)


@login_required
def download_document(request, public_id, document_id):
    """Stream a document as an attachment, to its applicant or to reviewers only."""
    document = visible_document(request, public_id, document_id)
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=document.original_name, content_type=document.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _issued_letter(request, public_id):
    application = own_application(request, public_id)
    if not application.is_decided:
        raise Http404
    letter = DecisionLetter.objects.filter(application=application).first()
    if letter is None:  # decided before PDF letters existed: issued once, now
        letter = issue_missing_letter(application.pk)
    return application, letter


@login_required
def decision_letter(request, public_id):
    """The decision letter as printable HTML: the body exactly as issued in the PDF, with its check code."""
    application, letter = _issued_letter(request, public_id)
    url = verification_url(letter.code, letter.language)
    context = {
        "application": application,
        "letter": letter,
        "body": mark_safe(letter.body_html),  # noqa: S308 - rendered by our template, values escaped
        "verify_url": url,
        "qr": qr_svg(url, _("QR code of the verification page")),
    }
    return render(request, "applications/decision_letter.html", context)


def qr_svg(url, title):
    """An inline SVG QR code of `url` (no external file; allowed by the CSP)."""
    return mark_safe(segno.make(url, error="m").svg_inline(scale=3, title=title))  # noqa: S308 - segno's own SVG


@login_required
def decision_letter_pdf(request, public_id):
    """The stored PDF letter, byte for byte the one whose SHA-256 the verification page shows."""
    application, letter = _issued_letter(request, public_id)
    try:
        handle = letter.pdf.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    filename = f"{application.reference}-{letter.outcome}.pdf"
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type="application/pdf")
    response["Cache-Control"] = "private, no-store"
    return response
