"""Public routes under /<lang>/track/ (no sign-in): look a file up, ask for a new PIN."""

from django.urls import path

from .views import tracking

urlpatterns = [
    path("", tracking.track, name="track_application"),
    path("new-pin/", tracking.resend_pin, name="track_resend_pin"),
]
