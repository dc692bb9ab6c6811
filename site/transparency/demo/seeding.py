"""Demo content of transparency: Resolution 16-style targets and the page in both languages."""

import datetime
from decimal import Decimal

from core.seeding import DEMO_MARK, ensure_bilingual
from transparency.models import Direction, Target, TransparencyPage
from transparency.registry import Unit

SOURCE_VI = (
    "Nghị quyết số 16-NQ/TU ngày 07/10/2008 của Ban Thường vụ Tỉnh ủy Lâm Đồng (mục tiêu được điều chỉnh cho Khu)"
)
SOURCE_EN = "Resolution No. 16-NQ/TU of 7 October 2008, Lâm Đồng Provincial Party Standing Committee (targets adapted)"

# metric key, value, unit, direction, deadline, (name, description) in Vietnamese, then in English
TARGETS = [
    ("applications.online_share", "90", Unit.PERCENT, Direction.AT_LEAST, (2027, 12, 31),
     ("Trên 90% hồ sơ đầu tư được xử lý trực tuyến toàn trình",
      "Nghị quyết 16 đặt mục tiêu trên 90% giao dịch giữa cơ quan nhà nước với người dân và doanh nghiệp được "
      "thực hiện qua cổng thông tin điện tử. Khu áp dụng cho hồ sơ đầu tư: từ nộp hồ sơ đến "
      "nhận kết quả đều trực tuyến."),
     ("Over 90% of investment applications handled fully online",
      "Resolution 16 set the goal of over 90% of transactions between the state, citizens and businesses going "
      "through the e-portal. The park applies it to investment applications: every step from submission to result "
      "online.")),
    ("applications.on_time_share", "95", Unit.PERCENT, Direction.AT_LEAST, (2026, 12, 31),
     ("95% hồ sơ được giải quyết đúng thời hạn luật định",
      "Mỗi bước xử lý có thời hạn tính bằng ngày làm việc; hồ sơ đúng hạn là hồ sơ không vượt tổng thời hạn các bước."),
     ("95% of applications decided within the statutory time",
      "Every step has a statutory duration in working days; a file is on time when it does not exceed their sum.")),
    ("applications.processing_median", "20", Unit.WORKING_DAYS, Direction.AT_MOST, (2026, 12, 31),
     ("Thời gian xử lý trung vị không quá 20 ngày làm việc",
      "Nửa số hồ sơ được quyết định trong vòng 20 ngày làm việc, không tính thời gian chờ nhà đầu tư bổ sung."),
     ("Median processing time of at most 20 working days",
      "Half of the files decided within 20 working days, not counting the time spent waiting for the investor.")),
    ("training.certified", "500", Unit.PEOPLE, Direction.AT_LEAST, (2030, 12, 31),
     ("Cấp chứng chỉ cho 500 chuyên gia CNTT",
      "Nghị quyết 16 giao Khu nhiệm vụ đào tạo chuyên gia CNTT đáp ứng nhu cầu địa phương và xuất khẩu phần mềm."),
     ("Certify 500 IT specialists",
      "Resolution 16 tasks the park with training IT specialists for local needs and software export.")),
    ("training.registered", "1000", Unit.PEOPLE, Direction.AT_LEAST, (2030, 12, 31),
     ("1.000 lượt học viên tham gia các khóa đào tạo",
      "Số lượt đăng ký có chỗ học trong các khóa đào tạo chuyên gia CNTT của Khu."),
     ("1,000 trainee places taken in the park's courses",
      "Registrations holding a seat in the park's IT-specialist courses.")),
    ("land.occupancy", "70", Unit.PERCENT, Direction.AT_LEAST, (2030, 12, 31),
     ("70% diện tích đất được đưa vào sử dụng",
      "Tỉnh dành quỹ đất có vị trí thuận lợi để kêu gọi đầu tư; mục tiêu là 70% diện tích được cho thuê hoặc giữ chỗ."),
     ("70% of the park's land put to use",
      "The province set aside well-placed land to attract investment; the goal is 70% of the area leased or "
      "reserved.")),
]  # fmt: skip


def ensure_targets():
    """The demo targets, looked up by their Vietnamese name; returns how many were created."""
    created = 0
    for order, (key, value, unit, direction, deadline, vi, en) in enumerate(TARGETS, start=1):
        _target, was_created = Target.objects.get_or_create(
            name_vi=vi[0],
            defaults={
                "name_en": en[0],
                "description_vi": f"{DEMO_MARK} {vi[1]}",
                "description_en": f"{DEMO_MARK} {en[1]}",
                "metric_key": key,
                "target_value": Decimal(value),
                "unit": unit,
                "direction": direction,
                "deadline": datetime.date(*deadline),
                "source_vi": SOURCE_VI,
                "source_en": SOURCE_EN,
                "sort_order": order * 10,
            },
        )
        created += was_created
    return created


def seed_transparency(context):
    """Seed step: targets and the transparency page (`/vi/minh-bach/`, `/en/transparency/`)."""
    created = ensure_targets()
    ensure_bilingual(
        context.homes["vi"],
        TransparencyPage,
        vi={
            "slug": "minh-bach",
            "title": "Minh bạch",
            "show_in_menus": True,
            "introduction": f"{DEMO_MARK} Các mục tiêu của Khu và số liệu đo được, tính tự động từ dữ liệu của cổng "
            "thông tin: hồ sơ đầu tư, quỹ đất và đào tạo.",
        },
        en={
            "slug": "transparency",
            "title": "Transparency",
            "introduction": f"{DEMO_MARK} The park's targets and the figures measured against them, computed "
            "automatically from the portal's own data: investment applications, land and training.",
        },
    )
    context.log(f"transparency: {created} targets created")
