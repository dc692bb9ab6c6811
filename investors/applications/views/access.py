"""Who may see what: an applicant sees their own files; investment officers and directors see all."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import ApplicationDocument, InvestmentApplication
from ..workflow import is_reviewer


def own_application(request, public_id):
    """The signed-in user's application with `public_id`, else 404 (never reveal another's file)."""
    return get_object_or_404(
        InvestmentApplication.objects.select_related("applicant", "assigned_officer"),
        public_id=public_id,
        applicant=request.user,
    )


def visible_document(request, public_id, document_id):
    """A document the user may download: their own (not on an internal note), or any for reviewers."""
    document = get_object_or_404(
        ApplicationDocument.objects.select_related("application", "message"),
        pk=document_id,
        application__public_id=public_id,
    )
    if is_reviewer(request.user):
        return document
    if document.application.applicant_id != request.user.pk:
        raise Http404
    if document.message is not None and document.message.internal:
        raise Http404
    return document
