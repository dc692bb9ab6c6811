"""The site's one e-mail outbox: each e-mail is claimed before it is sent, so it goes exactly once;
a failed send is retried with growing delays and stays visible to staff, who can resend it."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from unittest import mock

from django.core import mail
from django.db import connection
from django.utils import timezone

import pytest

from core import outbox
from core.models import EmailStatus, OutgoingEmail
from core.outbox import sending
from tests.factories.accounts import StaffFactory, UserFactory, sign_in_staff


@pytest.fixture(autouse=True)
def test_renderer():
    outbox.register_renderer("outboxtest", lambda email: outbox.RenderedEmail(f"Hello {email.pk}", "Body"))


def queued(**fields):
    return OutgoingEmail.objects.create(
        kind="outboxtest.hello", recipient=fields.pop("recipient", None) or UserFactory(), **fields
    )


@pytest.mark.django_db
def test_an_email_is_sent_once_however_many_times_it_is_delivered_or_resent():
    email = queued()
    assert outbox.deliver(email.pk) == "sent"
    assert outbox.deliver(email.pk) == "skipped"
    assert outbox.resend() == (0, 0)
    assert outbox.retry_due() == (0, 0)
    email.refresh_from_db()
    assert (email.status, email.attempts, email.subject) == (EmailStatus.SENT, 1, f"Hello {email.pk}")
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_queued_mail_leaves_only_after_the_commit(django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        email = outbox.queue_email("outboxtest.hello", user, about=user)
        assert mail.outbox == []
    assert len(callbacks) == 1 and [m.to for m in mail.outbox] == [[user.email]]
    email.refresh_from_db()
    assert (email.about_type, email.about_id, email.status) == ("accounts.user", user.pk, EmailStatus.SENT)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_taking_the_same_email_at_once_send_it_once():
    email = queued()
    sends, barrier = [], threading.Barrier(4)

    def slow_send(message, fail_silently=False):
        sends.append(message.to)
        time.sleep(0.3)  # the row stays "sending" while the others try to claim it
        return 1

    def worker(_number):
        try:
            barrier.wait()
            return outbox.deliver(email.pk)
        finally:
            connection.close()

    with mock.patch("django.core.mail.EmailMultiAlternatives.send", slow_send), ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(worker, range(4)))
    assert sorted(outcomes) == ["sent", "skipped", "skipped", "skipped"]
    assert len(sends) == 1


@pytest.mark.django_db
def test_a_failed_send_is_retried_later_with_growing_delays_then_left_for_staff():
    email = queued(created_at=timezone.now() - timedelta(minutes=5))  # its task never ran
    delays = []
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("relay down")):
        for _attempt in range(len(sending.RETRY_DELAYS) + 1):
            OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
            started = timezone.now()
            assert outbox.retry_due() == (0, 1)
            email.refresh_from_db()
            delays.append(round((email.next_attempt_at - started).total_seconds()) if email.next_attempt_at else None)
            assert outbox.retry_due() == (0, 0), "not again before the delay"
    assert delays == [*sending.RETRY_DELAYS, None]
    assert (email.status, email.attempts, email.last_error) == (EmailStatus.FAILED, 6, "relay down")
    assert outbox.resend() == (1, 0), "staff's resend still sends it"


@pytest.mark.django_db
def test_mail_a_dead_worker_left_behind_is_sent_by_the_retry_job():
    never_handed_over = queued(created_at=timezone.now() - timedelta(minutes=5))
    abandoned = queued(status=EmailStatus.SENDING, claimed_at=timezone.now() - timedelta(minutes=30), attempts=1)
    in_hand = queued(status=EmailStatus.SENDING, claimed_at=timezone.now(), attempts=1)
    just_queued = queued()
    assert outbox.retry_due() == (2, 0)
    statuses = dict(OutgoingEmail.objects.values_list("pk", "status"))
    assert statuses[never_handed_over.pk] == statuses[abandoned.pk] == EmailStatus.SENT
    assert statuses[in_hand.pk] == EmailStatus.SENDING, "a worker still sending it keeps it"
    assert statuses[just_queued.pk] == EmailStatus.PENDING, "its own task will take it"


@pytest.mark.django_db
def test_staff_see_failed_emails_in_the_admin_and_resend_one(client):
    recipient = UserFactory(email="lan.nguyen@example.vn")
    failed = queued(recipient=recipient, status=EmailStatus.FAILED, attempts=6, last_error="relay down")
    queued(status=EmailStatus.SENT, attempts=1)
    sign_in_staff(client, StaffFactory(is_superuser=True))

    listing = client.get("/admin/outbox/")
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "lan.nguyen@example.vn" in page and "relay down" in page
    assert len(listing.context["object_list"]) == 1, "the listing opens on the failures"

    response = client.post(f"/admin/outbox/resend/{failed.pk}/")
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == EmailStatus.SENT and [m.to for m in mail.outbox] == [["lan.nguyen@example.vn"]]


@pytest.mark.django_db
def test_staff_without_the_outbox_permission_cannot_resend(client):
    failed = queued(status=EmailStatus.FAILED, attempts=1)
    sign_in_staff(client, StaffFactory(groups=["Editor"]))
    assert client.post(f"/admin/outbox/resend/{failed.pk}/").status_code in (302, 403)
    failed.refresh_from_db()
    assert failed.status == EmailStatus.FAILED and mail.outbox == []


OUTBOX_READERS = ["Investment officer", "Training coordinator", "Legal reviewer", "Director"]


@pytest.mark.django_db
@pytest.mark.parametrize("group", OUTBOX_READERS)
def test_staff_groups_owed_emails_see_the_outbox_in_the_settings_menu(client, group):
    failed = queued(recipient=UserFactory(email="hoa.tran@example.vn"), status=EmailStatus.FAILED, attempts=6)
    sign_in_staff(client, StaffFactory(groups=[group]))
    listing = client.get("/admin/outbox/")
    assert listing.status_code == 200
    assert "hoa.tran@example.vn" in listing.content.decode()
    assert "/admin/outbox/" in client.get("/admin/").content.decode(), "no menu entry"
    assert client.get(f"/admin/outbox/inspect/{failed.pk}/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Editor", "Land officer"])
def test_staff_groups_that_send_no_emails_are_refused_the_outbox(client, group):
    """Refused the Wagtail way: back on the dashboard, told they lack permission, no address shown."""
    failed = queued(recipient=UserFactory(email="hoa.tran@example.vn"), status=EmailStatus.FAILED, attempts=6)
    sign_in_staff(client, StaffFactory(groups=[group]))
    for path in ("/admin/outbox/", f"/admin/outbox/inspect/{failed.pk}/", f"/admin/outbox/resend/{failed.pk}/"):
        refused = client.get(path, follow=True)
        assert refused.redirect_chain == [("/admin/", 302)], path
        assert [m.level_tag for m in refused.context["messages"]] == ["error"], path
        assert "hoa.tran@example.vn" not in refused.content.decode()
        assert "/admin/outbox/" not in refused.content.decode(), "the menu offers the outbox"


@pytest.mark.django_db
def test_officers_resend_a_failed_email_but_the_director_only_reads_the_outbox(client):
    failed = queued(recipient=UserFactory(email="hoa.tran@example.vn"), status=EmailStatus.FAILED, attempts=6)
    sign_in_staff(client, StaffFactory(groups=["Director"]))
    assert client.post(f"/admin/outbox/resend/{failed.pk}/")["Location"] == "/admin/"  # refused
    failed.refresh_from_db()
    assert failed.status == EmailStatus.FAILED and mail.outbox == []

    sign_in_staff(client, StaffFactory(groups=["Investment officer"]))
    assert client.post(f"/admin/outbox/resend/{failed.pk}/").status_code == 302
    failed.refresh_from_db()
    assert failed.status == EmailStatus.SENT and [m.to for m in mail.outbox] == [["hoa.tran@example.vn"]]
