"""The home app's demo content: the bilingual page tree, news, settings, footer and demo accounts.

Every text is marked as demo content so nobody mistakes it for an official statement.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale, Page, Site

from core.seeding import DEMO_MARK, demo_image, ensure_bilingual, ensure_child, ensure_translation
from home.models import (
    ContactPage,
    ContactSettings,
    DeskOfficer,
    FooterText,
    HomePage,
    LegalPages,
    NewsIndexPage,
    NewsPage,
    OpeningPeriod,
    StandardPage,
)

from .legal_texts import ACCESSIBILITY_PAGE, PRIVACY_PAGE, TERMS_PAGE
from .texts import (
    ABOUT_PAGE,
    CONTACT_PAGE,
    DESK_HOURS,
    DESK_OFFICERS,
    KEY_FIGURES_EN,
    KEY_FIGURES_VI,
    NEWS,
    paragraph,
)

DEMO_PASSWORD = "dalat-demo-2026"  # noqa: S105 - dev-only demo accounts, listed in the README
# Every demo staff account's authenticator-app secret (base32), listed in the README: add it to an app
# (or compute the code, RFC 6238) to pass the admin's two-factor step. Dev and test settings only.
DEMO_TOTP_SECRET = "DALATDEMOSTAFFTOTPSECRETTWOFACTR"  # noqa: S105
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
            hero_image_alt="Rừng thông bên hồ ở Đà Lạt lúc bình minh (ảnh minh họa)",
            hero_cta_label="Khám phá khu công viên",
            key_figures=[("key_figures", KEY_FIGURES_VI)],
            body=[paragraph(f"<p>{DEMO_MARK} Nội dung trên trang này là dữ liệu minh họa.</p>")],
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
        key_figures=[("key_figures", KEY_FIGURES_EN)],
        body=[paragraph(f"<p>{DEMO_MARK} The content on this page is demonstration data.</p>")],
    )
    return {"vi": home_vi, "en": home_en}


def ensure_about_and_contact(home_vi):
    """About and Contact in both languages, and the one-stop desk; returns the About pages (vi, en)."""
    about = ensure_bilingual(home_vi, StandardPage, vi=ABOUT_PAGE["vi"], en=ABOUT_PAGE["en"])
    ensure_contact_page(home_vi)
    ensure_desk()
    return about


def ensure_contact_page(home_vi):
    """The contact page in both languages, at the slugs it always had (lien-he, contact).

    Databases seeded before the contact page had its own type hold a demo StandardPage there: it is
    replaced (both languages; the menu step puts the new page back in its place). A contact page that is
    not the demo's (its introduction lacks the demo mark) is left alone for its editors to move over."""
    old = home_vi.get_children().filter(slug=CONTACT_PAGE["vi"]["slug"]).specific().first()
    if isinstance(old, StandardPage) and old.introduction.startswith(DEMO_MARK):
        for translation in old.get_translations(inclusive=True).specific():
            translation.delete()
        home_vi.refresh_from_db()  # its tree counters changed
    vi = dict(CONTACT_PAGE["vi"])
    en = {"latitude": vi["latitude"], "longitude": vi["longitude"], **CONTACT_PAGE["en"]}
    if home_vi.get_children().filter(slug=vi["slug"]).not_type(ContactPage).exists():
        return None
    return ensure_bilingual(home_vi, ContactPage, vi=vi, en=en)


def ensure_desk():
    """The one-stop desk's demo officers (by name) and opening hours (only where none are set)."""
    for position, (name, role, handles, phone, email, languages) in enumerate(DESK_OFFICERS):
        DeskOfficer.objects.get_or_create(
            name=name,
            defaults={
                "role_vi": role[0], "role_en": role[1], "handles_vi": handles[0], "handles_en": handles[1],
                "phone": phone, "email": email, "languages": languages, "sort_order": position,
            },
        )  # fmt: skip
    if not OpeningPeriod.objects.exists():
        OpeningPeriod.objects.bulk_create(
            OpeningPeriod(weekday=day, opens=opens, closes=closes) for day, opens, closes in DESK_HOURS
        )


def ensure_legal_pages(home_vi):
    """Privacy notice, terms of use and accessibility statement in both languages, linked from the footer."""
    pages = {
        name: ensure_bilingual(home_vi, StandardPage, vi=texts["vi"], en=texts["en"])[0]
        for name, texts in (("privacy", PRIVACY_PAGE), ("terms", TERMS_PAGE), ("accessibility", ACCESSIBILITY_PAGE))
    }
    legal = LegalPages.load()
    if legal.privacy_page_id is None:
        legal.privacy_page = pages["privacy"]
        legal.terms_page = pages["terms"]
        legal.accessibility_page = pages["accessibility"]
        legal.save()


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
            body=[paragraph(f"<p>{DEMO_MARK} {summary_vi}</p>")],
        )
        ensure_translation(
            article,
            "en",
            slug_en,
            title=title_en,
            summary=summary_en,
            body=[paragraph(f"<p>{DEMO_MARK} {summary_en}</p>")],
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
            "<p>Dữ liệu minh họa.</p>",
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
        # As if they had signed up: they accepted the privacy notice in force (accounts.consent).
        user.privacy_consents.create(notice_version=LegalPages.load().privacy_notice_version)
    enrol_demo_staff_in_two_factor()


def enrol_demo_staff_in_two_factor():
    """Give each demo staff account the README's authenticator secret, so the admin's second step works."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    staff = get_user_model().objects.filter(
        email__in=[account[0] for account in DEMO_ACCOUNTS if account[2] or account[3]]
    )
    for user in staff.exclude(authenticator__type=Authenticator.Type.TOTP):
        TOTP.activate(user, DEMO_TOTP_SECRET)


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
MENU_ORDER = [
    "uu-dai-dau-tu",
    "huong-dan-dau-tu",
    "quy-dat",
    "van-phong",
    "dao-tao",
    "minh-bach",
    "tin-tuc",
    "gioi-thieu",
    "lien-he",
]


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
    ensure_legal_pages(home_vi)
    ensure_settings_and_footer()
    ensure_staff_permissions(context.homes)
    if settings.DEMO_ACCOUNTS_ENABLED:
        ensure_demo_accounts()
