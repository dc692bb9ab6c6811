"""The applicant's document actions outside the upload form: replacing a document with a new version."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..forms import ReplaceDocumentForm
from ..services import ApplicationError
from .access import own_application


@require_POST
@login_required
def replace_document(request, public_id, document_id):
    """Upload a new version of one document; the earlier version is kept for the park's review."""
    application = own_application(request, public_id)
    form = ReplaceDocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
    else:
        try:
            services.replace_document(application.pk, request.user, document_id, form.cleaned_data["file"])
        except (ApplicationError, PermissionDenied) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The new version was uploaded; the earlier one is kept."))
    return redirect(reverse("application_step", args=[application.public_id, "documents"]))
