"""What an applicant's pages cost: the account page lists applications a page at a time, newest first, at the
same cost for 3 or 60 files; a file's page costs the same for a short or a long thread."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from investors.applications.models import ApplicationStatus
from investors.applications.slots import ACCOUNT_APPLICATIONS_PER_PAGE
from tests.factories.accounts import UserFactory
from tests.factories.applications import ApplicationFactory

pytestmark = pytest.mark.django_db


def files_of(user, count):
    return [
        ApplicationFactory(
            applicant=user,
            status=ApplicationStatus.SUBMITTED,
            reference=f"DLSP-2026-{user.pk:03d}{number:04d}",
            submitted_at=timezone.now(),
        )
        for number in range(count)
    ]


def account_page_queries(client, site_tree, count):
    user = UserFactory()
    files_of(user, count)
    client.force_login(user)
    client.get("/en/account/")  # the first page of a session also looks up the site and the session's user
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/account/")
    assert response.status_code == 200
    return len(queries)


def test_the_account_page_costs_the_same_queries_for_3_or_60_applications(client, site_tree):
    assert account_page_queries(client, site_tree, 3) == account_page_queries(client, site_tree, 60)


def test_a_firm_with_many_files_pages_through_them_newest_first(client, site_tree):
    user = UserFactory()
    files = files_of(user, ACCOUNT_APPLICATIONS_PER_PAGE + 5)
    client.force_login(user)
    first = client.get("/en/account/").text
    assert files[-1].reference in first and files[0].reference not in first
    assert f"Applications 1–{ACCOUNT_APPLICATIONS_PER_PAGE} of {len(files)}, newest first." in first
    last = client.get("/en/account/?page=2").text
    assert files[0].reference in last and files[-1].reference not in last
    assert "Page 2 of 2" in last
    vietnamese = client.get("/vi/account/?page=2").text
    assert f"trong tổng số {len(files)}" in vietnamese


def test_a_few_files_show_without_page_links(client, site_tree):
    user = UserFactory()
    files = files_of(user, 3)
    client.force_login(user)
    page = client.get("/en/account/").text
    assert all(application.reference in page for application in files)
    assert 'class="pagination"' not in page


def file_page_queries(client, exchanges):
    from investors.applications import services
    from tests.factories.applications import officer, pdf_upload, submitted_application

    application = submitted_application()
    staff = officer()
    for number in range(exchanges):
        services.post_message(application.pk, staff, f"Question {number}", internal=False)
        services.post_message(
            application.pk, application.applicant, f"Answer {number}", uploads=[pdf_upload(f"answer-{number}.pdf")]
        )
    client.force_login(application.applicant)
    url = f"/en/apply/{application.public_id}/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and f"answer-{exchanges - 1}.pdf" in response.text
    return len(queries)


def test_a_file_page_costs_the_same_queries_for_a_short_or_a_long_thread(client, site_tree):
    assert file_page_queries(client, 1) == file_page_queries(client, 12)
