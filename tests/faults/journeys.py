"""What a trainee, an investor and an officer do on the live site, pressing again after an error page.

Each journey returns what the person saw at the end, so a test can compare it with the database.
"""

import functools
import time

from tests.factories.applications import PDF_BYTES

REGISTRATION = {
    "education": "Cử nhân Công nghệ thông tin",
    "current_job": "Lập trình viên",
    "motivation": "Tôi muốn học điện toán đám mây để làm việc tại khu công viên phần mềm.",
}
COMPANY = {
    "company_name": "Công ty TNHH Phần mềm Đồi Thông",
    "country": "VN",
    "registration_number": "5800999111",
    "company_address": "2 Trần Hưng Đạo, Đà Lạt",
    "representative_name": "Lê Thị Hoa",
    "contact_email": "hoa@example.com",
    "contact_phone": "+84 263 382 0222",
}
PROJECT = {
    "sector": "software_production",
    "project_title": "Highland cloud studio",
    "description": "Cloud software for tourism businesses of the province.",
    "capital_usd": "900000",
    "staff_total": "40",
    "local_hires_pct": "70",
    "it_specialists": "30",
    "operation_start": "2027-06-01",
}
DOCUMENTS = ("registration", "proposal", "financial")


def registration_url(info, language="en"):
    training = info["training"]
    return f"{training['urls'][language]}register/{training['code']}/"


def register(visitor, info, deadline):
    """Register for the cohort; 'confirmed' (the dashboard), 'already' (an earlier press went through) or 'gave up'."""

    def settled(answer):
        return answer.status == 302 or (answer.status == 200 and "already registered" in answer.body)

    answer = visitor.until(settled, lambda: visitor.post("register", registration_url(info), REGISTRATION), deadline)
    if answer.status == 302 and "/account/" in answer.location:
        return "confirmed"
    return "already" if answer.status == 200 and "already registered" in answer.body else "gave up"


def _redirected(answer):
    return answer.status == 302


def apply(visitor, parcel, deadline):
    """Walk the wizard and submit; returns the detail page's path when the submission was confirmed, else None."""
    start = visitor.until(_redirected, lambda: visitor.get("apply", f"/en/apply/?parcel={parcel}"), deadline)
    if start.status != 302:
        return None
    base = start.location.rsplit("step/", 1)[0]
    steps = [("company", COMPANY, None), ("project", PROJECT, None), ("land", {"parcel_codes": [parcel]}, None)]
    steps += [
        ("documents", {"kind": kind}, {"file": (f"{kind}.pdf", PDF_BYTES, "application/pdf")}) for kind in DOCUMENTS
    ]
    for step, data, files in steps:
        send = functools.partial(visitor.post, "apply", f"{base}step/{step}/", data, files)
        if visitor.until(_redirected, send, deadline).status != 302:
            return None
    review = visitor.until(
        _redirected, lambda: visitor.post("apply", f"{base}step/review/", {"consent": "on"}), deadline
    )
    confirmed = review.status == 302 and "/step/" not in review.location and "/apply/" in review.location
    return review.location if confirmed else None


def take_step(officer, application_id, step, note, deadline=None):
    """An officer moves a file on from the review page in the Wagtail admin."""
    url = f"/admin/applications/inbox/review/{application_id}/"
    audience = "applicant" if step in ("request_information", "approve", "reject") else "internal"
    data = {"action": "transition", "step": step, "note": note, "audience": audience}
    return officer.until(_redirected, lambda: officer.post("review", url, data), deadline or time.monotonic() + 30)
