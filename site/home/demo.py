"""The home app's demo content: the bilingual page tree, news, settings, footer and demo accounts.

Every text is marked as demo content so nobody mistakes it for an official statement.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale, Page, Site

from .models import ContactSettings, FooterText, HomePage, NewsIndexPage, NewsPage, StandardPage
from .seeding import DEMO_MARK, demo_image, ensure_bilingual, ensure_child, ensure_translation

DEMO_PASSWORD = "dalat-demo-2026"  # noqa: S105 - dev-only demo accounts, listed in the README
DEMO_ACCOUNTS = [
    # e-mail, full name, groups, is_superuser
    ("admin@demo.dalatpark.vn", "Quản trị viên Demo", [], True),
    ("editor@demo.dalatpark.vn", "Nguyễn Thị Lan (Biên tập)", ["Editor"], False),
    ("legal@demo.dalatpark.vn", "Trần Văn Minh (Pháp chế)", ["Legal reviewer"], False),
    ("officer@demo.dalatpark.vn", "Lê Hoàng Nam (Chuyên viên đầu tư)", ["Investment officer"], False),
    ("land@demo.dalatpark.vn", "Phạm Thu Hà (Quản lý đất đai)", ["Land officer"], False),
    ("training@demo.dalatpark.vn", "Võ Quốc Bảo (Điều phối đào tạo)", ["Training coordinator"], False),
    ("director@demo.dalatpark.vn", "Đặng Văn Sơn (Giám đốc)", ["Director"], False),
    ("investor@demo.dalatpark.vn", "Alice Investor", [], False),
    ("trainee@demo.dalatpark.vn", "Huỳnh Minh Thư", [], False),
]


def _paragraph(html):
    return ("paragraph", html)


def _heading(text):
    return ("heading", {"text": text, "level": "h2"})


def draw_pine_lake(draw, width, height):
    """A stylised Đà Lạt landscape: dawn sky, hills, pine forest and a lake."""
    for y in range(height):
        shade = y / height
        draw.line([(0, y), (width, y)], fill=(int(198 - 60 * shade), int(222 - 40 * shade), int(214 - 30 * shade)))
    draw.polygon(
        [
            (0, height * 0.55),
            (width * 0.3, height * 0.32),
            (width * 0.6, height * 0.5),
            (width, height * 0.3),
            (width, height),
            (0, height),
        ],
        fill=(74, 110, 96),
    )
    for index in range(40):
        x = (index * 97) % width
        base = height * (0.62 + (index % 5) * 0.03)
        tree_height = height * (0.12 + (index % 3) * 0.03)
        draw.polygon(
            [(x, base - tree_height), (x - tree_height * 0.25, base), (x + tree_height * 0.25, base)], fill=(24, 64, 48)
        )
    draw.rectangle([(0, height * 0.78), (width, height)], fill=(60, 110, 140))
    for y in range(int(height * 0.8), height, 14):
        draw.line([(width * 0.1, y), (width * 0.9, y)], fill=(90, 140, 170), width=2)


def ensure_locales():
    """Vietnamese (default) and English locales."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def ensure_home_pages():
    """The Vietnamese home page as the default site's root, and its English translation."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = Page.get_first_root_node()
    home_vi = HomePage.objects.filter(locale__language_code="vi").first()
    if home_vi is None:
        hero = demo_image("Demo: Đà Lạt pine forest and lake", draw_pine_lake)
        home_vi = HomePage(
            title="Khu Công viên phần mềm Đà Lạt",
            slug="trang-chu",
            locale=Locale.objects.get(language_code="vi"),
            hero_title="Nơi phần mềm Việt lớn lên giữa rừng thông",
            hero_text=(
                f"{DEMO_MARK} Khí hậu mát mẻ quanh năm, nguồn nhân lực trẻ và chính sách ưu đãi dài hạn "
                "cho doanh nghiệp sản xuất, gia công phần mềm và nội dung số tại thành phố Đà Lạt."
            ),
            hero_image=hero,
            hero_image_alt="Rừng thông bên hồ ở Đà Lạt lúc bình minh (ảnh minh hoạ)",
            hero_cta_label="Khám phá khu công viên",
            key_figures=[("key_figures", _key_figures_vi())],
            body=[_paragraph(f"<p>{DEMO_MARK} Nội dung trên trang này là dữ liệu minh hoạ.</p>")],
        )
        root.add_child(instance=home_vi)
        home_vi.save_revision().publish()
    if site is None:
        # The public address (host and port) is the one the admin links to.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.create(
            hostname=address.hostname or "localhost",
            port=address.port or (443 if address.scheme == "https" else 80),
            root_page=home_vi,
            is_default_site=True,
            site_name="Da Lat Software Park",
        )
    elif site.root_page_id != home_vi.pk:
        # Replace Wagtail's initial "Welcome" page as the root of the default site.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = address.hostname or site.hostname
        site.port = address.port or (443 if address.scheme == "https" else 80)
        old_root = site.root_page
        site.root_page = home_vi
        site.site_name = "Da Lat Software Park"
        site.save()
        if not isinstance(old_root.specific, HomePage) and not old_root.get_children().exists():
            old_root.delete()
    home_en = ensure_translation(
        home_vi,
        "en",
        "home",
        title="Da Lat Software Park",
        hero_title="Where Vietnamese software grows among the pines",
        hero_text=(
            f"{DEMO_MARK} A cool climate all year round, young talent and long-term incentives for companies "
            "that build software, outsource development and create digital content in Đà Lạt."
        ),
        hero_image_alt="Pine forest beside a lake in Đà Lạt at dawn (illustration)",
        hero_cta_label="Discover the park",
        key_figures=[("key_figures", _key_figures_en())],
        body=[_paragraph(f"<p>{DEMO_MARK} The content on this page is demonstration data.</p>")],
    )
    return {"vi": home_vi, "en": home_en}


def _key_figures_vi():
    return {
        "title": "Khu công viên trong số liệu",
        "figures": [
            {"value": "67", "unit": "ha", "label": "diện tích quy hoạch"},
            {"value": "1.500", "unit": "m", "label": "độ cao so với mực nước biển"},
            {"value": "4", "unit": "năm", "label": "miễn thuế thu nhập doanh nghiệp"},
            {"value": "500", "unit": "học viên/năm", "label": "chuyên gia CNTT được đào tạo"},
        ],
    }


def _key_figures_en():
    return {
        "title": "The park in figures",
        "figures": [
            {"value": "67", "unit": "ha", "label": "planned area"},
            {"value": "1,500", "unit": "m", "label": "above sea level"},
            {"value": "4", "unit": "years", "label": "corporate income tax exemption"},
            {"value": "500", "unit": "trainees/year", "label": "IT specialists trained"},
        ],
    }


def ensure_about_and_contact(home_vi):
    """About and Contact in both languages; returns the About pages (vi, en)."""
    about = ensure_bilingual(
        home_vi,
        StandardPage,
        vi={
            "slug": "gioi-thieu",
            "title": "Giới thiệu",
            "show_in_menus": True,
            "introduction": (
                f"{DEMO_MARK} Khu Công viên phần mềm Đà Lạt được hình thành theo Nghị quyết số 16 của Ban "
                "Thường vụ Tỉnh ủy Lâm Đồng (07/10/2008) về phát triển và ứng dụng công nghệ thông tin."
            ),
            "body": [
                _heading("Tầm nhìn"),
                _paragraph(
                    "<p>Xây dựng một khu công viên phần mềm tập trung tại thành phố Đà Lạt để sản xuất, gia công "
                    "phần mềm, phát triển nội dung số và đào tạo chuyên gia công nghệ thông tin, đáp ứng nhu cầu "
                    "của địa phương và hướng tới xuất khẩu phần mềm.</p>"
                ),
                _heading("Vì sao chọn Đà Lạt"),
                _paragraph(
                    "<ul><li>Khí hậu ôn hoà quanh năm, chi phí vận hành trung tâm dữ liệu thấp.</li>"
                    "<li>Quỹ đất có vị trí thuận lợi, hạ tầng điện, cáp quang và nước được quy hoạch sẵn.</li>"
                    "<li>Cơ chế, chính sách ưu đãi cho nhà đầu tư trong và ngoài nước.</li>"
                    "<li>Nguồn nhân lực từ các trường đại học, cao đẳng trên địa bàn tỉnh.</li></ul>"
                ),
            ],
        },
        en={
            "slug": "about",
            "title": "About the park",
            "introduction": (
                f"{DEMO_MARK} Da Lat Software Park was founded under Resolution No. 16 of the Lâm Đồng Provincial "
                "Party Standing Committee (7 October 2008) on developing and applying information technology."
            ),
            "body": [
                _heading("Our vision"),
                _paragraph(
                    "<p>A concentrated software park in the city of Đà Lạt for software production and "
                    "outsourcing, digital content and the training of IT specialists, serving local needs and "
                    "aiming at software export.</p>"
                ),
                _heading("Why Đà Lạt"),
                _paragraph(
                    "<ul><li>A mild climate all year round and low cooling costs for data centres.</li>"
                    "<li>Well-placed land with planned power, fibre and water.</li>"
                    "<li>Preferential mechanisms for domestic and foreign investors.</li>"
                    "<li>Graduates from the province's universities and colleges.</li></ul>"
                ),
            ],
        },
    )
    ensure_bilingual(
        home_vi,
        StandardPage,
        vi={
            "slug": "lien-he",
            "title": "Liên hệ",
            "show_in_menus": True,
            "introduction": f"{DEMO_MARK} Ban Quản lý Khu Công viên phần mềm Đà Lạt luôn sẵn sàng hỗ trợ nhà đầu tư.",
            "body": [
                _heading("Bộ phận một cửa"),
                _paragraph(
                    "<p>Tiếp nhận và trả kết quả hồ sơ đầu tư trực tuyến từ thứ Hai đến thứ Sáu, "
                    "7 giờ 30 đến 16 giờ 30 (trừ ngày lễ).</p>"
                ),
            ],
        },
        en={
            "slug": "contact",
            "title": "Contact",
            "introduction": f"{DEMO_MARK} The park's management board is ready to help investors.",
            "body": [
                _heading("One-stop desk"),
                _paragraph(
                    "<p>Online investment files are received and answered Monday to Friday, "
                    "7:30 to 16:30 (public holidays excepted).</p>"
                ),
            ],
        },
    )
    return about


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
            "Khai giảng khoá đào tạo lập trình viên web",
            "Khoá học miễn phí đầu tiên dành cho 40 học viên đã khai giảng tại Trung tâm đào tạo của khu.",
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


def ensure_news(home_vi):
    index_vi, index_en = ensure_bilingual(
        home_vi,
        NewsIndexPage,
        vi={
            "slug": "tin-tuc",
            "title": "Tin tức",
            "show_in_menus": True,
            "introduction": "Tin tức và sự kiện của khu.",
        },
        en={"slug": "news", "title": "News", "introduction": "News and events from the park."},
    )
    for date, (slug_vi, title_vi, summary_vi), (slug_en, title_en, summary_en) in NEWS:
        article = ensure_child(
            index_vi,
            NewsPage,
            slug_vi,
            title=title_vi,
            date=date,
            summary=summary_vi,
            body=[_paragraph(f"<p>{DEMO_MARK} {summary_vi}</p>")],
        )
        ensure_translation(
            article,
            "en",
            slug_en,
            title=title_en,
            summary=summary_en,
            body=[_paragraph(f"<p>{DEMO_MARK} {summary_en}</p>")],
        )


def ensure_settings_and_footer():
    contact = ContactSettings.load()
    if not contact.hotline:
        contact.hotline = "+84 263 3000 000"
        contact.email = "investment@dalatpark.vn"
        contact.facebook_url = "https://www.facebook.com/dalatsoftwarepark"
        contact.save()
    footers = {
        "vi": (
            "Ban Quản lý Khu Công viên phần mềm Đà Lạt\nPhường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng",
            "<p>Dữ liệu minh hoạ.</p>",
        ),
        "en": (
            "Da Lat Software Park Management Board\nXuân Hương – Đà Lạt Ward, Lâm Đồng Province",
            "<p>Demonstration data.</p>",
        ),
    }
    original = None
    for code, (address, note) in footers.items():
        locale = Locale.objects.get(language_code=code)
        footer = FooterText.objects.filter(locale=locale).first()
        if footer is None:
            kwargs = {"translation_key": original.translation_key} if original else {}
            footer = FooterText.objects.create(locale=locale, address=address, note=note, **kwargs)
        original = original or footer


def ensure_demo_accounts():
    """Demo users for each role; only where settings.DEMO_ACCOUNTS_ENABLED (development)."""
    from allauth.account.models import EmailAddress

    user_model = get_user_model()
    for email, full_name, groups, is_superuser in DEMO_ACCOUNTS:
        if user_model.objects.filter(email=email).exists():
            continue
        user = user_model.objects.create_user(
            email=email,
            password=DEMO_PASSWORD,
            full_name=full_name,
            is_staff=bool(groups) or is_superuser,
            is_superuser=is_superuser,
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)


# Page permissions on each home page (and so the whole tree below it), by staff group.
PAGE_PERMISSIONS = {
    "Editor": ["add_page", "change_page"],
    "Legal reviewer": ["add_page", "change_page", "publish_page"],
    "Director": ["add_page", "change_page", "publish_page"],
}
COLLECTION_PERMISSIONS = ["add_image", "choose_image", "add_document", "choose_document"]


def ensure_staff_permissions(homes):
    """Let staff groups edit the page tree and use images and documents.

    Editors draft and submit for moderation; publishing is for reviewers and the Director.
    """
    from django.contrib.auth.models import Permission

    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

    root_collection = Collection.get_first_root_node()
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for home in homes.values():
            for codename in codenames:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        for codename in COLLECTION_PERMISSIONS:
            permission = Permission.objects.get(codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


# Main navigation order (Vietnamese slugs); pages not listed keep their place after these.
MENU_ORDER = ["uu-dai-dau-tu", "quy-dat", "dao-tao", "minh-bach", "tin-tuc", "gioi-thieu", "lien-he"]


def order_menu(context):
    """Put the home page's children in MENU_ORDER in every language (runs after the apps' steps).

    Each language follows the Vietnamese order through the pages' translation keys.
    """
    home_vi = HomePage.objects.get(pk=context.homes["vi"].pk)
    by_slug = {child.slug: child for child in home_vi.get_children()}
    wanted = [by_slug[slug].translation_key for slug in MENU_ORDER if slug in by_slug]
    for home in HomePage.objects.filter(pk__in=[home.pk for home in context.homes.values()]):
        _order_children(home, wanted)


def _order_children(parent, translation_keys):
    for position, key in enumerate(translation_keys):
        children = list(parent.get_children())
        page = next((child for child in children if child.translation_key == key), None)
        if page is None or children.index(page) == position:
            continue
        page.move(children[position], pos="left")


def seed_site(context):
    """The home app's step: locales, home pages, about/contact, news, settings and accounts."""
    ensure_locales()
    context.homes = ensure_home_pages()
    home_vi = context.homes["vi"]
    about_vi, _about_en = ensure_about_and_contact(home_vi)
    for home in context.homes.values():
        home.refresh_from_db()  # tree counters changed when children were added
        if home.hero_cta_page_id is None:
            home.hero_cta_page = about_vi.get_translation(home.locale)
            home.save_revision().publish()
    ensure_news(home_vi)
    ensure_settings_and_footer()
    ensure_staff_permissions(context.homes)
    if settings.DEMO_ACCOUNTS_ENABLED:
        ensure_demo_accounts()
