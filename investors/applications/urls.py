"""Applicant routes under /<lang>/apply/ (the start page is named `apply_start`, as the land app expects)."""

from django.urls import path

from .views import account, documents, personal, wizard

urlpatterns = [
    path("", wizard.apply_start, name="apply_start"),
    path("my-data.json", personal.export, name="applications_personal_data"),
    path("delete-my-data/", personal.deletion_request, name="applications_deletion_request"),
    path("<uuid:public_id>/", account.detail, name="application_detail"),
    path("<uuid:public_id>/step/<slug:step>/", wizard.wizard_step, name="application_step"),
    path("<uuid:public_id>/documents/<int:document_id>/", account.download_document, name="application_document"),
    path(
        "<uuid:public_id>/documents/<int:document_id>/delete/",
        wizard.delete_document,
        name="application_document_delete",
    ),
    path(
        "<uuid:public_id>/documents/<int:document_id>/replace/",
        documents.replace_document,
        name="application_document_replace",
    ),
    path("<uuid:public_id>/withdraw/", account.withdraw, name="application_withdraw"),
    path("<uuid:public_id>/resubmit/", account.resubmit, name="application_resubmit"),
    path("<uuid:public_id>/messages/", account.post_message, name="application_message"),
    path("<uuid:public_id>/letter/", account.decision_letter, name="application_letter"),
    path("<uuid:public_id>/letter.pdf", account.decision_letter_pdf, name="application_letter_pdf"),
]
