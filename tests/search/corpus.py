"""A small bilingual corpus for search tests: policies, parcels, programmes, a cohort and news,
on top of the home app's own About, Contact and news pages."""

import datetime
from decimal import Decimal

from django.utils import timezone

from core.seeding import ensure_bilingual
from home.models import NewsIndexPage, NewsPage
from investors.models import PolicyIndexPage, PolicyPage
from land.demo.seeding import seed_pages
from land.models import LandUse, ParcelStatus
from search.indexing import rebuild_database
from tests.factories.land import ParcelFactory, ZoneFactory
from tests.factories.training import CohortFactory, programme

POLICIES = [
    (
        "tax",
        "218/2013/NĐ-CP",
        ("Ưu đãi thuế thu nhập doanh nghiệp", "Corporate income tax incentives"),
        ("Thuế suất 10% trong 15 năm cho doanh nghiệp phần mềm.", "A 10% rate for 15 years for software firms."),
    ),
    (
        "land",
        "46/2014/NĐ-CP",
        ("Miễn tiền thuê đất", "Land rent exemption"),
        ("Miễn tiền thuê đất cho dự án công nghệ thông tin.", "No land rent for information technology projects."),
    ),
    (
        "import",
        "134/2016/NĐ-CP",
        ("Miễn thuế nhập khẩu thiết bị", "Import duty exemption for equipment"),
        ("Thiết bị tạo tài sản cố định được miễn thuế.", "Equipment forming fixed assets is duty free."),
    ),
    (
        "procedures",
        "31/2021/NĐ-CP",
        ("Thủ tục đầu tư trực tuyến", "Online investment procedures"),
        ("Nộp hồ sơ và nhận kết quả qua mạng.", "File and receive decisions online."),
    ),
    (
        "labour",
        "152/2020/NĐ-CP",
        ("Thu hút chuyên gia công nghệ thông tin", "Attracting IT experts"),
        ("Thủ tục giấy phép lao động nhanh cho chuyên gia.", "Fast work permits for foreign experts."),
    ),
]


def _policies(homes):
    index_vi, _index_en = ensure_bilingual(
        homes["vi"],
        PolicyIndexPage,
        vi={"slug": "uu-dai", "title": "Ưu đãi"},
        en={"slug": "incentives", "title": "Incentives"},
    )
    pages = {}
    for number, (category, document, (title_vi, title_en), (summary_vi, summary_en)) in enumerate(POLICIES):
        common = {"category": category, "document_number": document, "issuing_body": "Chính phủ"}
        pages[category] = ensure_bilingual(
            index_vi,
            PolicyPage,
            vi={"slug": f"chinh-sach-{number}", "title": title_vi, "summary": summary_vi, **common},
            en={"slug": f"policy-{number}", "title": title_en, "summary": summary_en, "issuing_body": "The Government"},
        )
    return pages


def _parcels(homes):
    seed_pages(homes)
    zone_a = ZoneFactory(code="A", name_vi="Khu A – Văn phòng phần mềm", name_en="Zone A – Software offices")
    zone_b = ZoneFactory(
        code="B",
        name_vi="Khu B – Trung tâm dữ liệu",
        name_en="Zone B – Data centres",
        purpose_vi="Trung tâm dữ liệu",
        purpose_en="Data centres",
    )
    return {
        "A-12": ParcelFactory(zone=zone_a, code="A-12", area_m2=Decimal("12000")),
        "A-3": ParcelFactory(zone=zone_a, code="A-3", land_use=LandUse.TRAINING_SERVICES),
        "B-7": ParcelFactory(
            zone=zone_b,
            code="B-7",
            land_use=LandUse.DATA_CENTRE,
            status=ParcelStatus.RESERVED,
            summary_vi="Lô đất cho trung tâm dữ liệu xanh, điện hai nguồn.",
            summary_en="A parcel for a green data centre with dual power feeds.",
        ),
    }


def _training(homes):
    web = programme(homes, title_en="Web developer", title_vi="Lập trình viên web", skills="Python, Django, JavaScript")
    data = programme(homes, title_en="Data engineer", title_vi="Kỹ sư dữ liệu", skills="SQL, Spark")
    cohort = CohortFactory.for_programme(web[0], code="WEB-2026-09")
    return {"web": web, "data": data, "cohort": cohort}


def _news(homes):
    index_vi = NewsIndexPage.objects.filter(locale__language_code="vi").first()
    today = timezone.localdate()
    return ensure_bilingual(
        index_vi,
        NewsPage,
        vi={
            "slug": "khoi-cong-du-lieu",
            "title": "Khởi công trung tâm dữ liệu xanh",
            "date": today,
            "summary": "Trung tâm dữ liệu đầu tiên của công viên phần mềm được khởi công.",
            "body": [],
        },
        en={
            "slug": "data-centre-ground-broken",
            "title": "Ground broken on the green data centre",
            "summary": "The park's first data centre is under construction.",
            "date": today,
            "body": [],
        },
    )


def build_corpus(homes):
    """Create the corpus and index it in the database; returns the objects by name."""
    corpus = {"policies": _policies(homes), "parcels": _parcels(homes), "news": _news(homes)}
    corpus.update(_training(homes))
    corpus["old_date"] = datetime.date(2019, 5, 1)
    rebuild_database(log=lambda message: None)
    return corpus
