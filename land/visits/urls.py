"""Public routes under /<lang>/visits/."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.visits, name="visits"),
    path("booking/<str:token>/", views.booking, name="visit_booking"),
    path("enquiry/", views.contact_enquiry, name="contact_enquiry"),
    path("enquiry/office/<str:code>/", views.unit_enquiry, name="unit_enquiry"),
    path("enquiry/<str:code>/", views.enquiry, name="parcel_enquiry"),
]
