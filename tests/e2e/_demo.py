"""The seeded-once demo as browser tests see it: paths in both languages, sign-in and user helpers."""

import re
import time
import uuid
from dataclasses import dataclass, field, fields

DEMO_PASSWORD = "dalat-demo-2026"  # noqa: S105 - the README's demo accounts (dev and test settings only)
DEMO_TOTP_SECRET = "DALATDEMOSTAFFTOTPSECRETTWOFACTR"  # noqa: S105 - the README's demo staff authenticator secret
TOTP_STEP = 30
DEMO_DOMAIN = "demo.dalatpark.vn"
NOT_PATHS = {"language", "parcel_code", "cohort_code", "certificate_code"}
FIRST_PAGES = ["home", "about", "news_index", "news_article", "search", "sign_in", "sign_up"]


@dataclass
class DemoPaths:
    """Paths of the seeded pages in one language, plus the codes they were built from."""

    language: str
    home: str
    about: str
    news_index: str
    news_article: str
    search: str
    sign_in: str
    sign_up: str
    account: str
    land_list: str
    parcel: str
    site_plan: str
    compare: str
    policies: str
    policy: str
    estimator: str
    programmes: str
    programme: str
    cohort: str
    apply: str
    certificate: str
    transparency: str
    parcel_code: str = field(default="")
    cohort_code: str = field(default="")
    certificate_code: str = field(default="")

    def items(self):
        """(name, path) of every page, codes left out."""
        return [(item.name, getattr(self, item.name)) for item in fields(self) if item.name not in NOT_PATHS]

    def first_pages(self):
        """The pages the older tests walked: home, about, news, search, sign-in and sign-up."""
        return FirstPages({name: getattr(self, name) for name in FIRST_PAGES})


class FirstPages(dict):
    """A dict that also answers attribute access (`paths.home`), as the older `demo_site` did."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError as error:
            raise AttributeError(name) from error


@dataclass
class Demo:
    """What the `demo` fixture returns."""

    url: str
    paths: dict

    def __getitem__(self, language):
        return self.paths[language]

    def sign_in(self, tab, who="investor", language="en", password=DEMO_PASSWORD):
        """Sign `who` ("officer", a demo account's first part, or any e-mail) in through the site's form."""
        tab.goto(self.paths[language].sign_in)
        tab.locator("main input[name=login]").fill(_email(who))
        tab.locator("main input[name=password]").fill(password)
        tab.locator("main form button[type=submit]").first.click()
        tab.wait_for_load_state()
        if "/login/" in tab.url:
            raise AssertionError(f"{_email(who)} could not sign in: still on {tab.url}")

    def sign_in_admin(self, tab, who="officer", password=DEMO_PASSWORD, secret=DEMO_TOTP_SECRET):
        """Open the admin as staff do: the site's sign-in form it leads to, then the authenticator code
        (computed from the README's demo secret); leaves the tab on the admin dashboard."""
        tab.goto("/admin/")
        tab.locator("main input[name=login]").fill(_email(who))
        tab.locator("main input[name=password]").fill(password)
        tab.locator("main form button[type=submit]").first.click()
        tab.wait_for_url(re.compile(r"/account/2fa/authenticate/$"))
        tab.locator("main input[name=code]").fill(fresh_totp_code(_email(who), secret))
        tab.locator("main form button[type=submit]").first.click()
        tab.wait_for_url(re.compile(r"/admin/$"))

    def create_user(self, **options):
        """A new investor with a verified, unique e-mail address (see create_verified_user)."""
        return create_verified_user(**options)


def _email(who):
    return who if "@" in who else f"{who}@{DEMO_DOMAIN}"


_last_time_step = {}


def fresh_totp_code(email, secret):
    """The authenticator code for `secret` now; waits for the next 30 seconds if `email` used this one.

    A code is accepted once (allauth refuses a replay), and journeys sign the same demo account in
    more than once.
    """
    from tests.factories.accounts import totp_code

    step = int(time.time() // TOTP_STEP)
    if _last_time_step.get(email) == step:
        time.sleep((step + 1) * TOTP_STEP - time.time() + 0.5)
        step += 1
    _last_time_step[email] = step
    return totp_code(secret, at=step * TOTP_STEP)


def unique_email(prefix="investor"):
    """An address no other test uses."""
    return f"{prefix}.{uuid.uuid4().hex[:10]}@example.vn"


def create_verified_user(email=None, password=DEMO_PASSWORD, full_name="Nguyễn Văn Test", language="vi", groups=()):
    """A user who may sign in at once (verified primary address); `user.raw_password` holds the password."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from allauth.account.models import EmailAddress

    email = email or unique_email()
    user = get_user_model().objects.create_user(
        email=email, password=password, full_name=full_name, preferred_language=language, is_staff=bool(groups)
    )
    if groups:
        user.groups.set(Group.objects.filter(name__in=groups))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    from accounts.consent import record_consent

    record_consent(user)  # accepted the privacy notice at sign-up
    user.raw_password = password
    return user


def collect_paths():
    """{"vi": DemoPaths, "en": DemoPaths} read from the seeded database."""
    from django.utils import translation

    from home.models import HomePage

    paths = {}
    for language in ("vi", "en"):
        home = HomePage.objects.live().get(locale__language_code=language)
        with translation.override(language):
            paths[language] = _paths_for(home, language)
    return paths


def _paths_for(home, language):
    from django.urls import reverse

    from home.models import NewsIndexPage, NewsPage, StandardPage
    from transparency.models import TransparencyPage

    news_index = NewsIndexPage.objects.live().child_of(home).first()
    about = StandardPage.objects.live().child_of(home).get(slug="gioi-thieu" if language == "vi" else "about")
    land, policies, training, certificate = _land(home), _policies(home), _training(home), _certificate_code()
    return DemoPaths(
        language=language,
        home=home.url,
        about=about.url,
        news_index=news_index.url,
        news_article=NewsPage.objects.live().child_of(news_index).order_by("-date").first().url,
        search=reverse("search") + "?q=" + ("Đà Lạt" if language == "vi" else "park"),
        sign_in=reverse("account_login"),
        sign_up=reverse("account_signup"),
        account=reverse("account_dashboard"),
        apply=reverse("apply_start"),
        certificate=reverse("training:certificate_verify", kwargs={"code": certificate}),
        transparency=TransparencyPage.objects.live().descendant_of(home).first().url,
        certificate_code=certificate,
        **land,
        **policies,
        **training,
    )


def _land(home):
    from land.models import LandIndexPage, Parcel, ParcelStatus

    index = LandIndexPage.objects.live().child_of(home).first()
    parcel = Parcel.objects.public().filter(status=ParcelStatus.AVAILABLE).in_code_order().first()
    return {
        "land_list": index.url,
        "parcel": index.parcel_url(parcel.code),
        "parcel_code": parcel.code,
        "site_plan": index.url + index.reverse_subpage("site_plan"),
        "compare": index.url + index.reverse_subpage("compare"),
    }


def _policies(home):
    from investors.models import PolicyIndexPage

    index = PolicyIndexPage.objects.live().child_of(home).first()
    return {
        "policies": index.url,
        "policy": index.policies().first().url,
        "estimator": index.url + index.reverse_subpage("estimate"),
    }


def _training(home):
    from django.utils import timezone

    from training.models import Cohort, ProgrammePage, TrainingIndexPage

    index = TrainingIndexPage.objects.live().child_of(home).first()
    now = timezone.now()
    for cohort in Cohort.objects.upcoming(now).with_counts():
        programme = ProgrammePage.objects.live().child_of(index).filter(translation_key=cohort.programme_key).first()
        if programme and cohort.window_state(now) == "open":
            register = programme.reverse_subpage("register", kwargs={"code": cohort.code})
            return {
                "programmes": index.url,
                "programme": programme.url,
                "cohort": programme.url + register,
                "cohort_code": cohort.code,
            }
    raise LookupError("the demo has no cohort open for registration")


def _certificate_code():
    from training.models import Certificate

    return Certificate.objects.filter(revoked_at__isnull=True).order_by("issued_at").values_list("code", flat=True)[0]
