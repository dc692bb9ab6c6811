from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.dashboard, name="account_dashboard"),
    path("profile/", views.profile, name="account_profile"),
    path("", include("allauth.urls")),
]
