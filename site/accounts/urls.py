from django.urls import include, path

from . import organisation_views, views

urlpatterns = [
    path("", views.dashboard, name="account_dashboard"),
    path("profile/", views.profile, name="account_profile"),
    path("privacy-consent/", views.privacy_consent, name="account_privacy_consent"),
    path("organisation/", organisation_views.organisation, name="account_organisation"),
    path(
        "organisation/invitations/<str:token>/",
        organisation_views.invitation,
        name="account_organisation_invitation",
    ),
    path("my-data.json", views.export_personal_data, name="account_personal_data"),
    path("", include("allauth.urls")),
]
