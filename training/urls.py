"""Training routes outside the page tree (registration forms live on each ProgrammePage)."""

from django.urls import path

from .views import public

app_name = "training"

urlpatterns = [
    path("certificates/", public.certificate_lookup, name="certificate_lookup"),
    path("certificates/<str:code>/", public.certificate_verify, name="certificate_verify"),
    path("certificates/<str:code>/print/", public.certificate_print, name="certificate_print"),
    path("registrations/<int:pk>/cancel/", public.cancel_registration, name="cancel_registration"),
]
