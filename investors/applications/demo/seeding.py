"""Demo applications from the demo investor, in every state, with documents, threads and a timeline.

Runs only where settings.DEMO_ACCOUNTS_ENABLED. Idempotent: an application is looked up by the demo
investor and its company name; `--scale N` adds N-1 numbered copies of each.
"""

import datetime
import io
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from core.models import EmailStatus, OutgoingEmail
from core.seeding import DEMO_MARK
from investors.applications import services
from investors.applications.models import DocumentKind, InvestmentApplication
from land import services as land_services

INVESTOR = "investor@demo.dalatpark.vn"
OFFICER = "officer@demo.dalatpark.vn"
DIRECTOR = "director@demo.dalatpark.vn"

# (company, country, sector, project, capital USD, staff, path of steps)
SPECS = [
    (
        "Công ty TNHH Phần mềm Langbiang",
        "VN",
        "software_production",
        "Trung tâm phát triển phần mềm Langbiang",
        4_500_000,
        180,
        ["submit", "start_screening", "start_appraisal", "approve"],
    ),
    (
        "Sakura Digital Studio Co., Ltd.",
        "JP",
        "digital_content",
        "Sakura animation and game-art studio",
        2_800_000,
        95,
        ["submit", "start_screening", "request_information"],
    ),
    (
        "Công ty CP Dữ liệu Mê Kông",
        "VN",
        "data_centre",
        "Trung tâm dữ liệu xanh Đà Lạt",
        12_000_000,
        60,
        ["submit", "start_screening", "request_information", "resubmit", "start_appraisal"],
    ),
    (
        "Lion City Outsourcing Pte. Ltd.",
        "SG",
        "software_services",
        "Near-shore delivery centre",
        1_900_000,
        250,
        ["submit", "start_screening"],
    ),
    (
        "Công ty CP Đào tạo CNTT Cao Nguyên",
        "VN",
        "it_training",
        "Học viện kỹ sư phần mềm Cao Nguyên",
        850_000,
        40,
        ["submit"],
    ),
    (
        "Pacific Analytics Inc.",
        "US",
        "software_services",
        "Data analytics consulting hub",
        600_000,
        25,
        ["submit", "start_screening", "start_appraisal", "reject"],
    ),
    (
        "Busan Games Co., Ltd.",
        "KR",
        "digital_content",
        "Mobile game localisation studio",
        1_200_000,
        70,
        ["submit", "withdraw"],
    ),
    (
        "Công ty TNHH Giải pháp Xuân Hương",
        "VN",
        "software_production",
        "Nền tảng du lịch thông minh Xuân Hương",
        700_000,
        30,
        [],
    ),
]

NOTES = {
    "start_screening": ("Đã nhận hồ sơ, bắt đầu kiểm tra tính đầy đủ.", "File received; checking completeness."),
    "request_information": (
        "Đề nghị bổ sung báo cáo tài chính đã kiểm toán năm gần nhất.",
        "Please add the audited financial statements of the last year.",
    ),
    "resubmit": ("Đã bổ sung báo cáo tài chính kiểm toán.", "Audited financial statements added."),
    "start_appraisal": ("Hồ sơ đầy đủ, chuyển thẩm định.", "File complete; moving to appraisal."),
    "approve": (
        "Chấp thuận; nhà đầu tư ký hợp đồng thuê đất trong 60 ngày.",
        "Approved; the investor signs the land lease within 60 days.",
    ),
    "reject": (
        "Dự án chưa đáp ứng tỷ lệ lao động CNTT tối thiểu của khu.",
        "The project does not meet the park's minimum share of IT staff.",
    ),
    "withdraw": ("", "We have chosen another location."),
}


def sample_pdf(title):
    """A one-page PDF drawn with Pillow (no downloads)."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (620, 877), "white")
    ImageDraw.Draw(page).text((40, 40), f"{DEMO_MARK} {title}", fill="black")
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return buffer.getvalue()


def _fill(application, spec, number):
    company, country, sector, project, capital, staff, _path = spec
    domestic = country == "VN"
    application.country = country
    application.registration_number = f"{'58' if domestic else 'REG-'}{1000123 + number:08d}"
    application.company_address = "12 Trần Phú, Phường 3, Đà Lạt, Lâm Đồng" if domestic else "1 Marina Boulevard"
    application.representative_name = "Alice Investor"
    application.representative_title = "Tổng giám đốc" if domestic else "Chief Executive Officer"
    application.sector = sector
    application.project_title = project
    application.description = (
        f"{DEMO_MARK} Dự án đầu tư vào Khu Công viên phần mềm Đà Lạt."
        if domestic
        else f"{DEMO_MARK} An investment project in Da Lat Software Park."
    )
    application.capital_usd = Decimal(capital)
    application.capital_schedule = "40% năm đầu, 60% năm thứ hai" if domestic else "40% in year one, 60% in year two"
    application.staff_total = staff
    application.local_hires_pct = 70
    application.it_specialists = int(staff * 0.6)
    application.operation_start = datetime.date(2027, 6, 1)
    application.required_area_m2 = Decimal("4000")
    application.intended_use = "Văn phòng phần mềm" if domestic else "Software offices"
    application.save()


def _documents(application, investor):
    for kind in (DocumentKind.REGISTRATION, DocumentKind.PROPOSAL, DocumentKind.FINANCIAL):
        upload = SimpleUploadedFile(f"{kind}.pdf", sample_pdf(f"{application.company_name} – {kind}"))
        services.add_document(application.pk, investor, upload, kind)


def _run_path(application, spec, users, domestic):
    for step in spec[6]:
        vi, en = NOTES.get(step, ("", ""))
        note = vi if domestic else en
        if step == "submit":
            services.submit_application(application.pk, users["investor"], consent=True)
        elif step in ("resubmit", "withdraw"):
            getattr(services, step)(application.pk, users["investor"], note)
        else:
            actor = users["director"] if step in ("approve", "reject") else users["officer"]
            # Decisions give their reasons to the applicant; the officers' working notes stay internal.
            services.take_step(
                step, application.pk, actor, note, internal=False if step in ("approve", "reject") else None
            )
        if step == "request_information":
            services.post_message(application.pk, users["officer"], note, internal=False)
        if step == "resubmit":
            services.post_message(application.pk, users["investor"], note)


def _backdate(application):
    """Spread the timeline over the past weeks so the service clock shows realistic figures."""
    changes = list(application.status_changes.order_by("created_at", "pk"))
    start = timezone.now() - datetime.timedelta(days=7 * len(changes) + 3)
    for index, change in enumerate(changes):
        moment = start + datetime.timedelta(days=7 * index)
        type(change).objects.filter(pk=change.pk).update(created_at=moment)
    if changes:
        InvestmentApplication.objects.filter(pk=application.pk).update(
            step_started_at=start + datetime.timedelta(days=7 * (len(changes) - 1)), submitted_at=start
        )


def _seed_one(spec, users, number, suffix):
    company = spec[0] + suffix
    investor = users["investor"]
    if InvestmentApplication.objects.filter(applicant=investor, company_name=company).exists():
        return False
    application = InvestmentApplication.objects.create(
        applicant=investor, company_name=company, contact_email=investor.email, contact_phone="+84 263 382 1234"
    )
    _fill(application, spec, number)
    if "approve" in spec[6]:
        choices = land_services.parcel_choices(("available",))
        application.parcel_codes = [choices[-1][0]] if choices else []
        application.save(update_fields=["parcel_codes"])
    _documents(application, investor)
    _run_path(application, spec, users, spec[1] == "VN")
    _backdate(application)
    OutgoingEmail.objects.filter(about_type="applications.investmentapplication", about_id=application.pk).update(
        status=EmailStatus.SENT, sent_at=timezone.now()
    )
    return True


# (Vietnamese name, English name, weight, Vietnamese guidance, English guidance)
CRITERIA = [
    (
        "Vốn đầu tư trên mỗi m² đất",
        "Investment per m² of land",
        25,
        "Vốn đăng ký chia cho diện tích đề nghị; càng cao càng sử dụng đất hiệu quả.",
        "Registered capital divided by the requested area; higher means denser use of the land.",
    ),
    (
        "Số lao động trên mỗi hecta",
        "Jobs per hectare",
        25,
        "Lao động dự kiến chia cho diện tích; ưu tiên lao động địa phương và kỹ sư CNTT.",
        "Planned staff divided by the area; local hires and IT engineers count most.",
    ),
    (
        "Trình độ công nghệ",
        "Technology level",
        20,
        "Sản phẩm, quy trình và bằng sáng chế; phần mềm và dữ liệu có giá trị gia tăng cao.",
        "Products, processes and patents; high value-added software and data work.",
    ),
    (
        "Cam kết đào tạo",
        "Training commitment",
        15,
        "Chương trình đào tạo, thực tập và hợp tác với các khóa học của khu.",
        "Training, internships and cooperation with the park's courses.",
    ),
    (
        "Hệ số sử dụng đất",
        "Plot ratio",
        15,
        "Tổng diện tích sàn so với diện tích lô đất, trong giới hạn quy hoạch của phân khu.",
        "Total floor area over the plot area, within the zone's planning limit.",
    ),
]


def seed_review_panel(context):
    """The published allocation criteria and the default decision-letter templates (idempotent)."""
    from investors.applications.letters import DEFAULT_TEMPLATES
    from investors.applications.models import AllocationCriterion, DecisionTemplate

    for order, (name_vi, name_en, weight, guidance_vi, guidance_en) in enumerate(CRITERIA):
        AllocationCriterion.objects.get_or_create(
            name_vi=name_vi,
            defaults={
                "name_en": name_en,
                "weight": weight,
                "guidance_vi": guidance_vi,
                "guidance_en": guidance_en,
                "sort_order": order,
            },
        )
    for kind, (body_vi, body_en) in DEFAULT_TEMPLATES.items():
        DecisionTemplate.objects.get_or_create(kind=kind, defaults={"body_vi": body_vi, "body_en": body_en})


def seed_applications(context):
    """Allocation criteria and letter templates; demo applications of investor@demo.dalatpark.vn (dev only)."""
    seed_review_panel(context)
    if not settings.DEMO_ACCOUNTS_ENABLED:
        return
    users = {
        key: get_user_model().objects.filter(email=email).first()
        for key, email in (("investor", INVESTOR), ("officer", OFFICER), ("director", DIRECTOR))
    }
    if None in users.values():
        context.log("applications: demo accounts missing; skipped")
        return
    created = 0
    for copy in range(max(1, context.scale)):
        suffix = "" if copy == 0 else f" ({copy + 1})"
        for number, spec in enumerate(SPECS):
            created += _seed_one(spec, users, copy * len(SPECS) + number, suffix)
    context.log(f"applications: {created} created")
