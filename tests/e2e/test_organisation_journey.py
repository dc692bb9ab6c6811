"""Organisation accounts in the browser, in both languages: an owner invites a colleague by e-mail, the
colleague accepts from the link and answers the park's information request on the organisation's file;
the timeline names the colleague. Axe checks every new page on the way."""

import re
from urllib.parse import urlparse

import pytest

from ._helpers_applications import button, field, t
from .test_accessibility import _blocking_violations

pytestmark = pytest.mark.e2e

INVITATION_LINK = re.compile(r"https?://\S+/organisation/invitations/\S+?/")


def _no_axe_problems(tab):
    problems = _blocking_violations(tab)
    assert not problems, problems


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_owner_invites_a_colleague_who_answers_an_information_request(page, demo, new_page, mailoutbox, language):
    from investors.applications import services
    from investors.applications.models import ApplicationStatus
    from tests.factories.applications import ApplicationFactory, move, officer
    from tests.factories.organisations import OrganisationFactory

    owner = demo.create_user(language=language, full_name="Trần Thị Bình")
    colleague = demo.create_user(language=language, full_name="Lê Văn Cường")
    organisation = OrganisationFactory(owner=owner)
    application = move(ApplicationFactory(applicant=owner, organisation=organisation), "submit", "start_screening")
    services.take_step("request_information", application.pk, officer(), "Send the land use plan.", internal=False)
    mailoutbox.clear()

    demo.sign_in(page, owner.email, language=language)
    page.goto(f"{demo.url}/{language}/account/organisation/")
    assert page.get_by_role("heading", level=1).inner_text() == t(language, "My organisation")
    _no_axe_problems(page)
    field(page, t(language, "Colleague's e-mail address")).fill(colleague.email)
    button(page, language, "Send invitation").click()
    page.wait_for_load_state()
    assert page.get_by_text(
        t(language, "An invitation has been sent to %(email)s.", email=colleague.email)
    ).is_visible()
    invitation = next(message for message in mailoutbox if message.to == [colleague.email])
    link = urlparse(INVITATION_LINK.search(invitation.body).group(0)).path

    tab = new_page("desktop")
    demo.sign_in(tab, colleague.email, language=language)
    tab.goto(demo.url + link)
    _no_axe_problems(tab)
    button(tab, language, "Accept the invitation").click()
    tab.wait_for_load_state()
    assert tab.get_by_text(
        t(language, "You are now a member of %(organisation)s.", organisation=organisation.name)
    ).is_visible()
    _no_axe_problems(tab)

    tab.goto(f"{demo.url}/{language}/apply/{application.public_id}/")
    field(tab, t(language, "Note")).fill("Bản đồ quy hoạch sử dụng đất đã được bổ sung.")
    button(tab, language, "Send my answer").click()
    tab.wait_for_load_state()
    assert tab.get_by_text(t(language, "Your answer has been sent to the park.")).is_visible()
    timeline = tab.locator(".timeline")
    assert timeline.get_by_text("Lê Văn Cường").first.is_visible()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RESUBMITTED
