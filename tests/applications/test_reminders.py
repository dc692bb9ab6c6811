"""The daily reminder job on a frozen clock: one digest per person and day, escalation, lapsed requests."""

import datetime
from zoneinfo import ZoneInfo

from django.core import mail
from django.core.management import call_command

import pytest

from investors.applications.models import ApplicationStatus, InvestmentApplication
from investors.applications.reminders import send_reminders
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory, director, move, officer

pytestmark = pytest.mark.django_db(transaction=True)

TODAY = datetime.date(2026, 12, 7)  # a Monday, no Vietnamese holiday near it
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def started_on(application, day):
    moment = datetime.datetime.combine(day, datetime.time(10), tzinfo=HANOI)
    InvestmentApplication.objects.filter(pk=application.pk).update(step_started_at=moment)
    application.refresh_from_db()
    return application


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


@pytest.fixture
def team():
    return officer(preferred_language="en"), officer(preferred_language="en"), director(preferred_language="en")


def test_each_officer_gets_one_digest_of_due_and_overdue_files_and_the_director_the_overdue_ones(team):
    first, second, boss = team
    due_soon = started_on(
        move(ApplicationFactory(), "submit", "start_screening", officer_user=first), datetime.date(2026, 12, 1)
    )
    overdue = started_on(
        move(ApplicationFactory(), "submit", "start_screening", officer_user=first), datetime.date(2026, 11, 16)
    )
    fresh = started_on(move(ApplicationFactory(), "submit", "start_screening", officer_user=first), TODAY)
    others = started_on(
        move(ApplicationFactory(), "submit", "start_screening", officer_user=second), datetime.date(2026, 11, 16)
    )
    assert due_soon.clock(today=TODAY).remaining == 1 and overdue.clock(today=TODAY).overdue
    mail.outbox.clear()

    run = send_reminders(TODAY)

    [digest] = mails_to(first)
    assert due_soon.reference in digest.body and overdue.reference in digest.body
    deadline = due_soon.clock(today=TODAY).deadline
    assert f"({deadline:%-d %b %Y})" in digest.body, "an English digest writes dates as 8 Dec 2026"
    assert fresh.reference not in digest.body and others.reference not in digest.body
    [second_digest] = mails_to(second)
    assert others.reference in second_digest.body and due_soon.reference not in second_digest.body
    [escalation] = mails_to(boss)
    assert overdue.reference in escalation.body and others.reference in escalation.body
    assert due_soon.reference not in escalation.body
    assert run.officer_digests == 2 and run.escalations >= 1


def test_running_the_job_twice_the_same_day_sends_each_mail_once(team):
    first, _second, boss = team
    started_on(move(ApplicationFactory(), "submit", "start_screening", officer_user=first), datetime.date(2026, 11, 16))
    mail.outbox.clear()
    call_command("send_reminders", "--date", TODAY.isoformat())
    call_command("send_reminders", "--date", TODAY.isoformat())
    assert len(mails_to(first)) == 1 and len(mails_to(boss)) == 1
    send_reminders(TODAY + datetime.timedelta(days=1))  # the next working day: a new digest
    assert len(mails_to(first)) == 2


def test_nothing_is_sent_on_a_weekend_or_a_public_holiday(team):
    first, _second, _boss = team
    started_on(move(ApplicationFactory(), "submit", "start_screening", officer_user=first), datetime.date(2026, 11, 16))
    mail.outbox.clear()
    assert not send_reminders(datetime.date(2026, 12, 5)).working_day  # Saturday
    assert not send_reminders(datetime.date(2026, 9, 2)).working_day  # National Day
    assert not mail.outbox


def test_an_applicant_is_reminded_before_their_deadline_and_a_lapsed_request_closes_the_file(team):
    first, _second, _boss = team
    waiting = move(
        ApplicationFactory(applicant=UserFactory(preferred_language="en")),
        "submit",
        "start_screening",
        "request_information",
        officer_user=first,
    )
    waiting = started_on(waiting, datetime.date(2026, 11, 25))
    lapsing = move(
        ApplicationFactory(applicant=UserFactory(preferred_language="en")),
        "submit",
        "start_screening",
        "request_information",
        officer_user=first,
    )
    lapsing = started_on(lapsing, datetime.date(2026, 11, 9))
    assert waiting.clock(today=TODAY).remaining == 2 and lapsing.clock(today=TODAY).overdue
    mail.outbox.clear()

    run = send_reminders(TODAY)

    [reminder] = mails_to(waiting.applicant)
    assert "Reminder" in reminder.subject and waiting.reference in reminder.body
    lapsing.refresh_from_db()
    assert lapsing.status == ApplicationStatus.WITHDRAWN and run.lapsed == 1
    logged = lapsing.status_changes.last()
    assert logged.actor is None and not logged.internal and "closed this file" in logged.note
    [closed] = mails_to(lapsing.applicant)
    assert "lapsed" in closed.subject
    send_reminders(TODAY)
    assert len(mails_to(waiting.applicant)) == 1


def test_the_scheduler_runs_the_job_hourly_and_it_sends_from_the_morning_on(team):
    from core import scheduler
    from investors.applications.reminders import morning_reminders

    first, _second, _boss = team
    started_on(move(ApplicationFactory(), "submit", "start_screening", officer_user=first), datetime.date(2026, 11, 16))
    mail.outbox.clear()

    job = scheduler.jobs()["application-reminders"]
    assert job.every == datetime.timedelta(hours=1)
    night = datetime.datetime.combine(TODAY, datetime.time(5, 30), tzinfo=HANOI)
    assert morning_reminders(night) is None and not mails_to(first), "nobody is mailed before 07:00"
    morning = datetime.datetime.combine(TODAY, datetime.time(7, 5), tzinfo=HANOI)
    assert morning_reminders(morning).officer_digests == 1 and len(mails_to(first)) == 1
    morning_reminders(morning + datetime.timedelta(hours=1))
    assert len(mails_to(first)) == 1, "the next hourly run the same day sends nothing again"
