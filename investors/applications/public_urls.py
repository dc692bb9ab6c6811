"""Public routes under /<lang>/decisions/: the verification page printed as a QR code on each letter."""

from django.urls import path

from .views import public

urlpatterns = [path("<str:code>/", public.decision_verify, name="decision_verify")]
