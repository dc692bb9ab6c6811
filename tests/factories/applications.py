"""Factories for investment applications: a complete draft, documents, and files moved along the workflow."""

import io
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

import factory
from PIL import Image

from investors.applications import services
from investors.applications.models import DocumentKind, InvestmentApplication

from .accounts import StaffFactory, UserFactory

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes(size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 80)).save(buffer, format="PNG")
    return buffer.getvalue()


def pdf_upload(name="document.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A draft with every field of the company, project and land steps filled in (no documents yet)."""

    class Meta:
        model = InvestmentApplication

    applicant = factory.SubFactory(UserFactory)
    company_name = factory.Sequence(lambda n: f"Highland Software {n} Co., Ltd.")
    country = "VN"
    registration_number = factory.Sequence(lambda n: f"58{n:08d}")
    company_address = "12 Trần Phú, Đà Lạt"
    representative_name = "Nguyễn Văn An"
    contact_email = factory.LazyAttribute(lambda a: a.applicant.email)
    contact_phone = "+84 263 382 0000"
    sector = "software_production"
    project_title = "Highland development centre"
    description = "A software development centre for 150 engineers."
    capital_usd = Decimal("2500000")
    staff_total = 150
    local_hires_pct = 70
    it_specialists = 100
    required_area_m2 = Decimal("3000")
    intended_use = "Software offices"


def add_required_documents(application):
    for kind in (DocumentKind.REGISTRATION, DocumentKind.PROPOSAL, DocumentKind.FINANCIAL):
        services.add_document(application.pk, application.applicant, pdf_upload(f"{kind}.pdf"), kind)


def ensure_review_group(name):
    """The staff group with its admin and application permissions (a flushed test database lacks them)."""
    from django.contrib.auth.models import Group, Permission

    group, created = Group.objects.get_or_create(name=name)
    if created or not group.permissions.exists():
        codenames = [
            "access_admin",
            "view_investmentapplication",
            "review_deletion_request",
            "change_parcel_status",
            "assign_application",
            "screen_application" if name == "Investment officer" else "decide_application",
        ]
        if name == "Director":  # directors lead the review panel (migration 0007)
            codenames.append("assign_reviewers")
        group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    return group


def officer(**kwargs):
    ensure_review_group("Investment officer")
    return StaffFactory(groups=["Investment officer"], **kwargs)


def director(**kwargs):
    ensure_review_group("Director")
    return StaffFactory(groups=["Director"], **kwargs)


def move(application, *steps, officer_user=None, director_user=None):
    """Take `steps` (transition names) in order with suitable actors; returns the refreshed application."""
    officer_user = officer_user or officer()
    director_user = director_user or director()
    for step in steps:
        if step == "submit":
            if not application.documents.exists():
                add_required_documents(application)
            services.submit_application(application.pk, application.applicant, consent=True)
        elif step in ("resubmit", "withdraw"):
            getattr(services, step)(application.pk, application.applicant, "Done.")
        else:
            actor = director_user if step in ("approve", "reject") else officer_user
            # Decisions give their reasons to the applicant; other staff notes take the safe default (internal).
            internal = False if step in ("approve", "reject") else None
            services.take_step(step, application.pk, actor, f"Note for {step}.", internal=internal)
    application.refresh_from_db()
    return application


def submitted_application(**kwargs):
    return move(ApplicationFactory(**kwargs), "submit")
