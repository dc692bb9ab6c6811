"""Who may see what: the applicant and the current members of the application's organisation see the
file; investment officers and directors see all."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import ApplicationDocument, InvestmentApplication, applicant_or_member
from ..workflow import is_reviewer


def own_application(request, public_id):
    """The application with `public_id` if the signed-in user is its applicant or a current member of
    its organisation, else 404 (never reveal another's file)."""
    return get_object_or_404(
        InvestmentApplication.objects.select_related("applicant", "assigned_officer", "organisation").filter(
            applicant_or_member(request.user)
        ),
        public_id=public_id,
    )


def visible_document(request, public_id, document_id):
    """A document the user may download: one of a file they act for (not on an internal note), or any for
    reviewers."""
    document = get_object_or_404(
        ApplicationDocument.objects.select_related("application", "message"),
        pk=document_id,
        application__public_id=public_id,
    )
    if is_reviewer(request.user):
        return document
    if not document.application.acts_for(request.user):
        raise Http404
    if document.message is not None and document.message.internal:
        raise Http404
    return document
