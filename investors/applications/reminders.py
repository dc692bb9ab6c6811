"""Daily reminders and escalation on the service clock (run by `manage.py send_reminders`).

On each working day (weekdays minus Vietnamese public holidays, clock.is_working_day):
- each investment officer gets one e-mail listing their files (assigned to them, or not yet assigned)
  whose step is due within REMINDER_WINDOW working days, and those already overdue;
- each director gets one e-mail listing every overdue file across the team (escalation);
- each applicant with an open information request due within REMINDER_WINDOW working days is reminded;
- an information request past its deadline lapses: the file is closed (withdrawn) by the park, the
  timeline says why, and the applicant and the officer are told (docs/applications.md, "Reminders").

Every mail is claimed first as a unique (person, day, kind) ReminderClaim row, inserted in its own
savepoint: a second run the same day, or a run on another host at the same moment, finds the row and
sends nothing. Mails go through the app's notice outbox (notifications.queue_digest/queue_notice).
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from .clock import is_working_day
from .models import ApplicationStatus, InvestmentApplication, NoticeKind, ReminderClaim, StatusChange
from .notifications import officers_to_notify, queue_digest, queue_notice
from .workflow import DECIDE, SCREEN, staff_holding

logger = logging.getLogger(__name__)

REMINDER_WINDOW = 2  # working days
OFFICER_STEPS = (ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.RESUBMITTED)
STAFF_STEPS = (*OFFICER_STEPS, ApplicationStatus.APPRAISAL)


@dataclass
class ReminderRun:
    """What one run did (printed by the command)."""

    day: object
    working_day: bool = True
    officer_digests: int = 0
    escalations: int = 0
    applicant_reminders: int = 0
    lapsed: int = 0


def claim(recipient, day, kind):
    """Insert the (recipient, day, kind) row; False when it already exists (already sent today)."""
    try:
        with transaction.atomic():
            ReminderClaim.objects.create(recipient=recipient, day=day, kind=kind)
    except IntegrityError:
        return False
    return True


def _with_clocks(queryset, today):
    return [(application, application.clock(today=today)) for application in queryset]


def due_or_overdue(clock):
    return clock is not None and clock.remaining <= REMINDER_WINDOW


def _send_digest(recipient, day, kind, applications):
    """Claim, then queue, one digest; returns 1 when sent now, 0 when already sent today or empty."""
    if not applications:
        return 0
    with transaction.atomic():
        if not claim(recipient, day, kind):
            return 0
        queue_digest(recipient, kind, applications)
    return 1


def officer_digests(today):
    """One e-mail per officer: their files due within the window or overdue."""
    rows = _with_clocks(InvestmentApplication.objects.filter(status__in=OFFICER_STEPS), today)
    urgent = [(application, clock) for application, clock in rows if due_or_overdue(clock)]
    sent = 0
    for officer in staff_holding(SCREEN):
        mine = [a for a, _clock in urgent if a.assigned_officer_id in (None, officer.pk)]
        sent += _send_digest(officer, today, NoticeKind.OFFICER_DIGEST, mine)
    return sent


def escalations(today):
    """One e-mail per director: every overdue staff step across the team."""
    rows = _with_clocks(InvestmentApplication.objects.filter(status__in=STAFF_STEPS), today)
    overdue = [application for application, clock in rows if clock is not None and clock.overdue]
    return sum(_send_digest(director, today, NoticeKind.ESCALATION, overdue) for director in staff_holding(DECIDE))


def applicant_reminders(today):
    """One e-mail per applicant whose information request is due within the window (not yet lapsed)."""
    rows = _with_clocks(InvestmentApplication.objects.filter(status=ApplicationStatus.INFO_REQUESTED), today)
    by_applicant = {}
    for application, clock in rows:
        if clock is not None and 0 <= clock.remaining <= REMINDER_WINDOW:
            by_applicant.setdefault(application.applicant, []).append(application)
    return sum(
        _send_digest(applicant, today, NoticeKind.INFO_REMINDER, files) for applicant, files in by_applicant.items()
    )


def lapse_information_request(application_id, today):
    """Close a file whose information request is past its deadline (the stated rule); logged and told.

    Re-checked under the row lock, so an answer that arrives at the same moment wins: a resubmitted
    file is left alone."""
    with transaction.atomic():
        application = InvestmentApplication.objects.select_for_update().get(pk=application_id)
        clock = application.clock(today=today)
        if application.status != ApplicationStatus.INFO_REQUESTED or clock is None or not clock.overdue:
            return False
        language = getattr(application.applicant, "preferred_language", "") or "vi"
        with override(language):
            note = _(
                "The information requested was not received by %(deadline)s, the deadline of the request, "
                "so the park has closed this file. You may apply again at any time."
            ) % {"deadline": clock.deadline.strftime("%d/%m/%Y")}
        previous = application.status
        application.status = ApplicationStatus.WITHDRAWN
        application.step_started_at = timezone.now()
        application.save(update_fields=["status", "step_started_at", "updated_at"])
        StatusChange.objects.create(
            application=application,
            from_status=previous,
            to_status=application.status,
            actor=None,
            note=note,
            internal=False,
        )
        queue_notice(application, application.applicant, NoticeKind.INFO_LAPSED)
        for officer in officers_to_notify(application):
            queue_notice(application, officer, NoticeKind.INFO_LAPSED)
    logger.info("Information request of %s lapsed on %s; file closed", application.reference, today)
    return True


def lapse_overdue_requests(today):
    candidates = InvestmentApplication.objects.filter(status=ApplicationStatus.INFO_REQUESTED)
    return sum(
        lapse_information_request(application.pk, today)
        for application, clock in _with_clocks(candidates, today)
        if clock is not None and clock.overdue
    )


def send_reminders(today=None):
    """The daily job: lapse overdue requests, then remind and escalate. Safe to run more than once."""
    today = today or timezone.localdate()
    run = ReminderRun(day=today)
    if not is_working_day(today):
        run.working_day = False
        return run
    run.lapsed = lapse_overdue_requests(today)
    run.officer_digests = officer_digests(today)
    run.escalations = escalations(today)
    run.applicant_reminders = applicant_reminders(today)
    return run


MORNING_HOUR = 7  # local time (TIME_ZONE): the scheduler's hourly runs send nothing earlier


def morning_reminders(now=None):
    """The scheduler's job: `send_reminders` once the working day has begun, else nothing."""
    now = timezone.localtime(now)
    if now.hour < MORNING_HOUR:
        return None
    return send_reminders(now.date())
