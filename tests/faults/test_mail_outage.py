"""The mail relay is down: a trainee's registration and an application's transitions are still saved,
their e-mails are kept as failed, and once the relay is back the outbox's resend delivers each one once."""

import time

import pytest

from .journeys import apply, register, take_step
from .smtp import SmtpSink
from .traffic import Recorder, Visitor

pytestmark = pytest.mark.faults


def unsent(report):
    return sum(status != "sent" for notices in report["notices"].values() for _app, _kind, status in notices)


def test_a_mail_outage_loses_no_change_and_each_mail_is_resent_exactly_once(live_site):
    info, recorder = live_site.info, Recorder()
    deadline = time.monotonic() + 60
    trainee, investor = info["mail_trainee"], info["mail_applicant"]

    registered = register(Visitor(live_site, recorder, trainee["session"]), info, deadline)
    submitted = apply(Visitor(live_site, recorder, investor["session"]), info["parcels"][-1], deadline)
    application = next(a for a in live_site.ctl("report")["applications"][investor["email"]] if a["status"] != "draft")
    officer = Visitor(live_site, recorder, info["officer"]["session"])
    take_step(officer, application["id"], "start_screening", "Hồ sơ đủ, bắt đầu kiểm tra.")
    take_step(officer, application["id"], "request_information", "Please add the audited accounts for 2025.")
    during_outage = live_site.ctl("report")

    sink = SmtpSink(live_site.mail_port)
    try:
        resent = live_site.manage("resend_emails").stdout
        delivered = len(sink.messages)
        again = live_site.manage("resend_emails").stdout
    finally:
        sink.close()
    after = live_site.ctl("report")

    assert [a for a in recorder.of() if a.server_error] == [], "nobody saw an error page"
    assert registered == "confirmed"
    [seat] = during_outage["registrations"][trainee["email"]]  # confirmed, or waitlisted once the cohort is full
    assert submitted and [a["status"] for a in during_outage["applications"][investor["email"]]] == ["info_requested"]
    assert during_outage["notices"][trainee["email"]] == [["training", seat, "failed"]]
    assert sorted(during_outage["notices"][investor["email"]]) == [
        ["application", "info_requested", "failed"],
        ["application", "submitted", "failed"],
    ]
    assert "0 still failing" in resent
    assert delivered == unsent(during_outage) and unsent(after) == 0, "every kept e-mail went out"
    assert len(sink.messages) == delivered and "Sent 0 e-mail(s)" in again, "and only once"
    assert len(sink.to(trainee["email"])) == 1
    assert len(sink.to(investor["email"])) == 2
    assert any("information requested" in subject for subject in sink.to(investor["email"]))
