"""Policy-change alerts: marking a policy superseded or amended tells every investor whose saved
estimate, open application or approved project relies on it, once, and lists the files for staff."""

import datetime

from django.core import mail

import pytest

from investors.models import PolicyAlert, SavedEstimate
from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def relying_files(software_policy):
    rule = software_policy.incentive_rules.get(title="exempt")
    estimate_owner, applicant, approved_owner, rejected_owner = (UserFactory() for _ in range(4))
    estimate = SavedEstimate.objects.create(
        owner=estimate_owner, title="Highland centre", computed_on=datetime.date(2026, 11, 1), total_saving_usd=1
    )
    estimate.rules.set([rule])
    files = {"open": ApplicationFactory(applicant=applicant, status="screening", reference="DL-2026-0001")}
    files["approved"] = ApplicationFactory(applicant=approved_owner, status="approved", reference="DL-2026-0002")
    files["rejected"] = ApplicationFactory(applicant=rejected_owner, status="rejected", reference="DL-2026-0003")
    for application in files.values():
        application.requested_rules.set([rule])
    return {"estimate_owner": estimate_owner, "applicant": applicant, "approved_owner": approved_owner, **files}


def _publish(policy, django_capture_on_commit_callbacks, **changes):
    for field, value in changes.items():
        setattr(policy, field, value)
    with django_capture_on_commit_callbacks(execute=True):
        policy.save_revision().publish()


def test_marking_a_policy_superseded_alerts_each_relying_investor_by_email_and_account_notice(
    client, software_policy, relying_files, django_capture_on_commit_callbacks
):
    _publish(
        software_policy, django_capture_on_commit_callbacks, status="superseded", change_note="Replaced by Law 67/2025."
    )

    recipients = sorted(message.to[0] for message in mail.outbox)
    expected = sorted(relying_files[name].email for name in ("estimate_owner", "applicant", "approved_owner"))
    assert recipients == expected  # the rejected file is not alerted
    assert all(software_policy.document_number in message.subject for message in mail.outbox)
    assert any(
        "Highland centre" in message.body and "Replaced by Law 67/2025." in message.body for message in mail.outbox
    )
    client.force_login(relying_files["estimate_owner"])
    dashboard = client.get("/en/account/").content.decode()
    assert "Changes to the law your files rely on" in dashboard and "Highland centre" in dashboard

    _publish(software_policy, django_capture_on_commit_callbacks, title=software_policy.title + " ")
    assert PolicyAlert.objects.count() == 3  # publishing again announces nothing new


def test_an_amendment_date_alerts_again_and_staff_see_the_affected_files(
    client, software_policy, relying_files, django_capture_on_commit_callbacks
):
    _publish(software_policy, django_capture_on_commit_callbacks, amended_on=datetime.date(2026, 11, 20))

    assert len(mail.outbox) == 3
    sign_in_staff(client, StaffFactory(is_superuser=True))
    page = client.get("/admin/policy-changes/").content.decode()
    assert "DL-2026-0001" in page and "DL-2026-0002" in page and "Highland centre" in page
    assert "DL-2026-0003" not in page
