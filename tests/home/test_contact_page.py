"""The contact page: the one-stop desk's named officers, opening hours with "open now" in Đà Lạt time and
public holidays closed, a map drawn on the page with the address and a link out, the enquiry form; the
demo contact page seeded as a standard page becomes a contact page at the same addresses."""

import datetime
import zoneinfo

from django.test import Client

import pytest

from core.seeding import DEMO_MARK, SeedContext
from home.demo.seeding import seed_site
from home.models import ContactPage, DeskHours, DeskOfficer, OpeningPeriod, StandardPage
from tests.factories.accounts import StaffFactory, sign_in_staff

pytestmark = pytest.mark.django_db

DA_LAT = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour, minute=0, tz=DA_LAT):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


def test_the_contact_page_shows_officers_hours_map_and_form_in_vietnamese(client, site_tree):
    response = client.get("/vi/lien-he/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nguyễn Thị Mai" in page and "Trưởng bộ phận một cửa" in page
    assert 'href="tel:+842633000001"' in page and "+84 263 3000 001" in page
    assert 'href="mailto:motcua@demo.dalatpark.vn"' in page
    assert "Tiếng Việt, Tiếng Anh" in page  # the languages the officer speaks, named in Vietnamese
    assert "Giờ làm việc" in page and "Thứ Hai" in page and "07:30–11:30, 13:30–16:30" in page
    assert "ngày lễ" in page  # closed on public holidays
    assert '<svg class="contact-map__svg"' in page and 'role="img"' in page and '<title id="contact-map-title">' in page
    assert "Phường Xuân Hương – Đà Lạt" in page
    assert "https://www.openstreetmap.org/?mlat=11.949000&amp;mlon=108.453000" in page
    assert 'action="/vi/visits/enquiry/"' in page and 'name="message"' in page and 'value="/vi/lien-he/"' in page


def test_the_contact_page_speaks_english_at_its_english_address(client, site_tree):
    page = client.get("/en/contact/").content.decode()
    assert "Head of the one-stop desk" in page and "Trưởng bộ phận một cửa" not in page
    assert "Vietnamese, English" in page
    assert "Opening hours" in page and "Monday" in page and "Sunday" in page and "Closed" in page
    assert "closed on Vietnamese public holidays" in page
    assert "Lâm Đồng Province, Vietnam" in page
    assert 'action="/en/visits/enquiry/"' in page


def test_the_contact_page_is_never_kept_in_the_page_cache(site_tree):
    # "Open now" must be true when read: the response forbids storing it, so the page cache bypasses it.
    response = Client().get("/en/contact/")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert Client().get("/en/contact/")["X-Cache"] != "hit"


def test_an_officer_away_for_long_is_not_listed(client, site_tree):
    DeskOfficer.objects.filter(name="Trần Quốc Huy").update(active=False)
    assert "Trần Quốc Huy" not in client.get("/en/contact/").content.decode()


def weekday_hours():
    return DeskHours(
        [
            OpeningPeriod(weekday=day, opens=datetime.time(*opens), closes=datetime.time(*closes))
            for day in range(5)
            for opens, closes in (((7, 30), (11, 30)), ((13, 30), (16, 30)))
        ]
    )


def test_open_now_is_decided_in_da_lat_time_not_utc():
    hours = weekday_hours()
    # Monday 30 November 2026, 02:00 UTC is 09:00 in Đà Lạt: open until 11:30.
    status = hours.status(datetime.datetime(2026, 11, 30, 2, 0, tzinfo=datetime.UTC))
    assert status["open"] is True and status["closes_at"] == datetime.time(11, 30)
    # 00:00 UTC is 07:00 in Đà Lạt: not yet open; it opens at 07:30 the same day.
    status = hours.status(datetime.datetime(2026, 11, 30, 0, 0, tzinfo=datetime.UTC))
    assert status["open"] is False and status["next_opening"] == at(2026, 11, 30, 7, 30)


def test_the_lunch_break_and_the_weekend_are_closed_with_the_next_opening():
    hours = weekday_hours()
    lunch = hours.status(at(2026, 11, 30, 12, 0))
    assert lunch["open"] is False and lunch["next_opening"] == at(2026, 11, 30, 13, 30)
    friday_evening = hours.status(at(2026, 12, 4, 16, 30))
    assert friday_evening["open"] is False and friday_evening["next_opening"] == at(2026, 12, 7, 7, 30)


def test_a_vietnamese_public_holiday_is_closed_whatever_the_hours_say():
    hours = weekday_hours()
    # Wednesday 2 September 2026 is National Day: closed, named, and the next opening comes after it.
    status = hours.status(at(2026, 9, 2, 9, 0))
    assert status["open"] is False and status["holiday"]
    assert status["next_opening"] > at(2026, 9, 2, 16, 30)
    # New Year's Day 2027 is a Friday: closed, and the desk opens again on Monday 4 January.
    new_year = hours.status(at(2027, 1, 1, 9, 0))
    assert new_year["open"] is False and new_year["next_opening"] == at(2027, 1, 4, 7, 30)


def test_the_page_says_open_or_closed_from_the_hours(client, site_tree, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: at(2026, 11, 30, 9, 0))  # a Monday morning
    assert "The one-stop desk is open now." in client.get("/en/contact/").content.decode()
    assert "Bộ phận một cửa đang mở cửa." in client.get("/vi/lien-he/").content.decode()
    monkeypatch.setattr("django.utils.timezone.now", lambda: at(2026, 11, 29, 9, 0))  # a Sunday
    page = client.get("/en/contact/").content.decode()
    assert "The one-stop desk is closed now." in page and "Monday 30/11/2026, 07:30" in page


def test_the_demo_contact_page_seeded_as_a_standard_page_becomes_a_contact_page_at_the_same_addresses(site_tree):
    ContactPage.objects.all().delete()
    home_vi, home_en = site_tree["vi"], site_tree["en"]
    old_vi = StandardPage(slug="lien-he", title="Liên hệ", introduction=f"{DEMO_MARK} Cũ", locale=home_vi.locale)
    home_vi.refresh_from_db()
    home_vi.add_child(instance=old_vi)
    old_en = old_vi.copy_for_translation(home_en.locale)
    old_en.slug = "contact"
    old_en.save()
    seed_site(SeedContext())
    seed_site(SeedContext())  # idempotent
    pages = ContactPage.objects.order_by("locale__language_code")
    assert [(page.locale.language_code, page.url_path.rstrip("/").rsplit("/", 1)[-1]) for page in pages] == [
        ("en", "contact"),
        ("vi", "lien-he"),
    ]
    assert not StandardPage.objects.filter(slug__in=["lien-he", "contact"]).exists()
    assert pages[0].translation_key == pages[1].translation_key
    assert DeskOfficer.objects.count() == 4 and OpeningPeriod.objects.count() == 10


def test_a_contact_page_editors_wrote_themselves_is_never_replaced_by_the_demo(site_tree):
    ContactPage.objects.all().delete()
    home_vi = site_tree["vi"]
    home_vi.refresh_from_db()
    own = StandardPage(slug="lien-he", title="Liên hệ", introduction="Văn bản thật", locale=home_vi.locale)
    home_vi.add_child(instance=own)
    seed_site(SeedContext())
    assert StandardPage.objects.filter(pk=own.pk).exists()
    assert not ContactPage.objects.filter(locale=home_vi.locale).exists()


def test_editors_keep_the_officers_and_hours_and_an_impossible_period_is_refused(client):
    editor = StaffFactory(groups=["Editor"])
    sign_in_staff(client, editor)
    response = client.post(
        "/admin/desk/officers/new/",
        {"name": "Hoàng Văn An", "role_vi": "Chuyên viên", "role_en": "", "handles_vi": "Hồ sơ", "handles_en": "",
         "phone": "0263 382 1234", "email": "an@example.com", "languages": ["vi", "ja"], "active": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    officer = DeskOfficer.objects.get(name="Hoàng Văn An")
    assert str(officer.phone) == "+842633821234" and officer.languages == ["vi", "ja"]
    response = client.post("/admin/desk/hours/new/", {"weekday": "5", "opens": "11:00", "closes": "08:00"})
    assert response.status_code == 200 and not OpeningPeriod.objects.exists()
    assert "Giờ đóng cửa phải sau giờ mở cửa." in response.content.decode()  # the admin speaks Vietnamese


@pytest.mark.parametrize("path", ["/admin/desk/officers/", "/admin/desk/hours/", "/admin/desk/hours/new/"])
def test_the_desk_admin_is_closed_to_visitors_and_to_staff_without_permission(client, path):
    assert client.get(path).status_code == 302  # anonymous: to the sign-in page
    sign_in_staff(client, StaffFactory(groups=["Training coordinator"]))
    assert client.get(path).status_code in (302, 403)


def test_the_contact_page_takes_the_same_number_of_queries_for_4_or_40_officers(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/contact/")  # warm caches
    with CaptureQueriesContext(connection) as few:
        client.get("/en/contact/")
    for number in range(36):
        DeskOfficer.objects.create(name=f"Cán bộ {number}", role_vi="Chuyên viên", handles_vi="Hồ sơ", languages=["vi"])
    with CaptureQueriesContext(connection) as many:
        page = client.get("/en/contact/").content.decode()
    assert "Cán bộ 35" in page
    assert len(many) == len(few)
