"""What training adds to the home page, the account dashboard and the parcel pages (talent pipeline)."""

import datetime

from django.test import RequestFactory
from django.utils import timezone

from core.slots import render_slot
from tests.factories.training import CohortFactory, RegistrationFactory
from tests.factories.training import programme as make_programme
from training.pipeline import talent_pipeline


def test_the_pipeline_counts_graduates_in_the_next_six_months_by_programme_and_skill(site_tree):
    web_vi, _web_en = make_programme(site_tree, skills="Python, SQL")
    data_vi, _data_en = make_programme(site_tree, title_en="Data and AI", title_vi="Dữ liệu", skills="Python, Pandas")
    today = timezone.localdate()
    soon = CohortFactory.for_programme(web_vi, ends_on=today + datetime.timedelta(days=60), seats=10)
    data = CohortFactory.for_programme(data_vi, ends_on=today + datetime.timedelta(days=90), seats=10)
    too_late = CohortFactory.for_programme(data_vi, ends_on=today + datetime.timedelta(days=300), seats=10)
    RegistrationFactory.create_batch(3, cohort=soon)
    RegistrationFactory.create_batch(2, cohort=data)
    RegistrationFactory(cohort=data, status="waitlisted")
    RegistrationFactory(cohort=data, status="cancelled")
    RegistrationFactory.create_batch(4, cohort=too_late)
    pipeline = talent_pipeline(months=6, today=today)
    assert pipeline.total == 5
    assert dict(pipeline.skills) == {"Python": 5, "SQL": 3, "Pandas": 2}


def test_each_parcel_page_shows_the_pipeline_in_the_readers_language(site_tree):
    web_vi, _web_en = make_programme(site_tree, skills="Python, SQL")
    cohort = CohortFactory.for_programme(web_vi, ends_on=timezone.localdate() + datetime.timedelta(days=40))
    RegistrationFactory.create_batch(2, cohort=cohort)
    request = RequestFactory().get("/en/land/a-12/")
    from django.utils.translation import override

    with override("en"):
        html = render_slot("parcel_talent_pipeline", request, parcel=object())
    assert "Talent pipeline" in html
    assert "Software engineering" in html
    with override("vi"):
        assert "Nguồn nhân lực sắp tốt nghiệp" in render_slot("parcel_talent_pipeline", request, parcel=object())


def test_the_home_page_features_upcoming_cohorts_with_seats_left(client, site_tree):
    web_vi, _web_en = make_programme(site_tree)
    CohortFactory.for_programme(web_vi, code="OPEN-01", seats=2)
    full = CohortFactory.for_programme(web_vi, code="FULL-01", seats=1)
    RegistrationFactory(cohort=full)
    content = client.get("/en/").content.decode()
    assert "Upcoming training cohorts" in content
    assert "OPEN-01" in content
    assert "FULL-01" not in content


def test_the_pipeline_is_compact_a_table_by_programme_and_only_the_eight_commonest_skills_as_bars(site_tree):
    from django.utils.translation import override

    skills = ", ".join(f"Skill {number:02d}" for number in range(1, 13))
    web_vi, _web_en = make_programme(site_tree, skills=skills)
    cohort = CohortFactory.for_programme(web_vi, ends_on=timezone.localdate() + datetime.timedelta(days=40))
    RegistrationFactory.create_batch(2, cohort=cohort)
    with override("en"):
        html = render_slot("parcel_talent_pipeline", RequestFactory().get("/en/land/a-12/"), parcel=object())
    assert html.count("<meter") == 8
    assert "4 more skills" in html
    assert '<table class="training-pipeline__table">' in html
