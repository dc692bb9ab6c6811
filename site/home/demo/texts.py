"""Texts of the home app's demo content, in Vietnamese and English, kept apart from the code that seeds them."""

import datetime
from decimal import Decimal

from core.seeding import DEMO_MARK


def paragraph(html):
    """A rich-text block of BodyBlock."""
    return ("paragraph", html)


def heading(text):
    """A section heading block of BodyBlock."""
    return ("heading", {"text": text, "level": "h2"})


KEY_FIGURES_VI = {
    "title": "Khu công viên trong số liệu",
    "figures": [
        {"value": "67", "unit": "ha", "label": "diện tích quy hoạch"},
        {"value": "1.500", "unit": "m", "label": "độ cao so với mực nước biển"},
        {"value": "4", "unit": "năm", "label": "miễn thuế thu nhập doanh nghiệp"},
        {"value": "500", "unit": "học viên/năm", "label": "chuyên gia CNTT được đào tạo"},
    ],
}


KEY_FIGURES_EN = {
    "title": "The park in figures",
    "figures": [
        {"value": "67", "unit": "ha", "label": "planned area"},
        {"value": "1,500", "unit": "m", "label": "above sea level"},
        {"value": "4", "unit": "years", "label": "corporate income tax exemption"},
        {"value": "500", "unit": "trainees/year", "label": "IT specialists trained"},
    ],
}


ABOUT_PAGE = {
    "vi": {
        "slug": "gioi-thieu",
        "title": "Giới thiệu",
        "show_in_menus": True,
        "introduction": (
            f"{DEMO_MARK} Khu Công viên phần mềm Đà Lạt được hình thành theo Nghị quyết số 16 của Ban "
            "Thường vụ Tỉnh ủy Lâm Đồng (07/10/2008) về phát triển và ứng dụng công nghệ thông tin."
        ),
        "body": [
            heading("Tầm nhìn"),
            paragraph(
                "<p>Xây dựng một khu công viên phần mềm tập trung tại thành phố Đà Lạt để sản xuất, gia công "
                "phần mềm, phát triển nội dung số và đào tạo chuyên gia công nghệ thông tin, đáp ứng nhu cầu "
                "của địa phương và hướng tới xuất khẩu phần mềm.</p>"
            ),
            heading("Vì sao chọn Đà Lạt"),
            paragraph(
                "<ul><li>Khí hậu ôn hòa quanh năm, chi phí vận hành trung tâm dữ liệu thấp.</li>"
                "<li>Quỹ đất có vị trí thuận lợi, hạ tầng điện, cáp quang và nước được quy hoạch sẵn.</li>"
                "<li>Cơ chế, chính sách ưu đãi cho nhà đầu tư trong và ngoài nước.</li>"
                "<li>Nguồn nhân lực từ các trường đại học, cao đẳng trên địa bàn tỉnh.</li></ul>"
            ),
        ],
    },
    "en": {
        "slug": "about",
        "title": "About the park",
        "introduction": (
            f"{DEMO_MARK} Da Lat Software Park was founded under Resolution No. 16 of the Lâm Đồng Provincial "
            "Party Standing Committee (7 October 2008) on developing and applying information technology."
        ),
        "body": [
            heading("Our vision"),
            paragraph(
                "<p>A concentrated software park in the city of Đà Lạt for software production and "
                "outsourcing, digital content and the training of IT specialists, serving local needs and "
                "aiming at software export.</p>"
            ),
            heading("Why Đà Lạt"),
            paragraph(
                "<ul><li>A mild climate all year round and low cooling costs for data centres.</li>"
                "<li>Well-placed land with planned power, fibre and water.</li>"
                "<li>Preferential mechanisms for domestic and foreign investors.</li>"
                "<li>Graduates from the province's universities and colleges.</li></ul>"
            ),
        ],
    },
}


CONTACT_PAGE = {
    "vi": {
        "slug": "lien-he",
        "title": "Liên hệ",
        "show_in_menus": True,
        "introduction": (
            f"{DEMO_MARK} Bộ phận một cửa của Ban Quản lý Khu Công viên phần mềm Đà Lạt tiếp nhận hồ sơ, "
            "trả lời câu hỏi và hẹn lịch tham quan cho nhà đầu tư."
        ),
        "address": "Ban Quản lý Khu Công viên phần mềm Đà Lạt\nPhường Xuân Hương – Đà Lạt\nTỉnh Lâm Đồng, Việt Nam",
        "directions": (
            f"{DEMO_MARK} Từ hồ Xuân Hương đi về phía đông bắc theo đường chính vào khu; bộ phận một cửa ở tầng "
            "trệt tòa nhà điều hành, có chỗ đậu xe trước cổng. Địa chỉ và tọa độ là dữ liệu minh họa."
        ),
        "latitude": Decimal("11.949000"),
        "longitude": Decimal("108.453000"),
    },
    "en": {
        "slug": "contact",
        "title": "Contact",
        "introduction": (
            f"{DEMO_MARK} The one-stop desk of the Da Lat Software Park Management Board receives files, answers "
            "questions and arranges visits for investors."
        ),
        "address": "Da Lat Software Park Management Board\nXuân Hương – Đà Lạt Ward\nLâm Đồng Province, Vietnam",
        "directions": (
            f"{DEMO_MARK} From Xuân Hương Lake head north-east along the main road into the park; the one-stop desk "
            "is on the ground floor of the administration building, with parking at the gate. The address and "
            "coordinates are demonstration data."
        ),
    },
}

# The one-stop desk's officers: name, (role vi, role en), (handles vi, handles en), phone, e-mail, languages.
DESK_OFFICERS = [
    (
        "Nguyễn Thị Mai",
        ("Trưởng bộ phận một cửa", "Head of the one-stop desk"),
        (
            "Thủ tục đầu tư, chứng nhận đăng ký đầu tư, tình trạng hồ sơ trực tuyến.",
            "Investment procedures, the investment registration certificate, the status of online files.",
        ),
        "+842633000001",
        "motcua@demo.dalatpark.vn",
        ["vi", "en"],
    ),
    (
        "Trần Quốc Huy",
        ("Chuyên viên đất đai và văn phòng", "Land and office space officer"),
        (
            "Lô đất, văn phòng cho thuê, chi phí thuê, lịch tham quan khu.",
            "Land parcels, office units for rent, the cost of occupancy, site visits.",
        ),
        "+842633000002",
        "datdai@demo.dalatpark.vn",
        ["vi", "en", "fr"],
    ),
    (
        "Lê Thị Thu Trang",
        ("Chuyên viên hỗ trợ nhà đầu tư nước ngoài", "Foreign investor support officer"),
        (
            "Nhà đầu tư nước ngoài: đăng ký doanh nghiệp, giấy phép lao động cho chuyên gia, ưu đãi đầu tư.",
            "Foreign investors: enterprise registration, work permits for experts, investment incentives.",
        ),
        "+842633000003",
        "fdi@demo.dalatpark.vn",
        ["vi", "en", "ja"],
    ),
    (
        "Phạm Minh Đức",
        ("Chuyên viên đào tạo và nhân lực", "Training and workforce officer"),
        (
            "Khóa đào tạo công nghệ thông tin, tuyển dụng học viên, hợp tác với doanh nghiệp.",
            "IT training courses, recruiting graduates, partnerships with companies.",
        ),
        "+842633000004",
        "daotao@demo.dalatpark.vn",
        ["vi", "en", "ko"],
    ),
]

# The desk's opening periods: Monday to Friday, morning and afternoon (weekday, opens, closes).
DESK_HOURS = [
    (day, opens, closes)
    for day in range(5)
    for opens, closes in ((datetime.time(7, 30), datetime.time(11, 30)), (datetime.time(13, 30), datetime.time(16, 30)))
]


NEWS = [
    (
        datetime.date(2026, 10, 7),
        (
            "hoi-thao-xuc-tien-dau-tu-2026",
            "Hội thảo xúc tiến đầu tư vào Khu Công viên phần mềm Đà Lạt",
            "Hơn 60 doanh nghiệp trong và ngoài nước tham dự hội thảo giới thiệu quỹ đất và chính sách ưu đãi.",
        ),
        (
            "investment-promotion-forum-2026",
            "Investment promotion forum for Da Lat Software Park",
            "More than 60 domestic and foreign companies attended the forum on land and incentives.",
        ),
    ),
    (
        datetime.date(2026, 9, 15),
        (
            "khai-giang-khoa-lap-trinh-vien-web",
            "Khai giảng khóa đào tạo lập trình viên web",
            "Khóa học miễn phí đầu tiên dành cho 40 học viên đã khai giảng tại Trung tâm đào tạo của khu.",
        ),
        (
            "web-developer-course-opens",
            "Web developer course opens",
            "The first scholarship course for 40 trainees opened at the park's training centre.",
        ),
    ),
    (
        datetime.date(2026, 8, 20),
        (
            "ho-so-dau-tu-truc-tuyen-toan-trinh",
            "Tiếp nhận hồ sơ đầu tư trực tuyến toàn trình",
            "Nhà đầu tư có thể nộp, bổ sung và nhận kết quả hồ sơ hoàn toàn trực tuyến.",
        ),
        (
            "full-online-investment-applications",
            "Investment applications now fully online",
            "Investors can submit, complete and receive the decision on their file entirely online.",
        ),
    ),
]
