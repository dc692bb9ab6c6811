"""Wagtail's own checks for the training page types."""

from unittest import mock

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from tests.factories.accounts import StaffFactory, sign_in_staff
from tests.factories.training import CohortFactory, TraineeFactory
from tests.factories.training import programme as make_programme
from training.models import ProgrammePage, TrainingIndexPage


class TrainingPageTypesTests(WagtailPageTestCase):
    def setUp(self):
        # Wagtail's helpers sign in with the first backend, django-axes here, which cannot load users.
        patcher = mock.patch("wagtail.test.utils.page_tests.AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend")
        patcher.start()
        self.addCleanup(patcher.stop)
        from core.seeding import SeedContext
        from home.demo.seeding import seed_site

        context = SeedContext()
        seed_site(context)
        self.homes = context.homes
        self.programme_vi, self.programme_en = make_programme(self.homes)
        CohortFactory.for_programme(self.programme_vi, code="PAGE-01")

    def test_the_training_index_lives_under_the_home_page_and_holds_programmes(self):
        self.assertAllowedParentPageTypes(TrainingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TrainingIndexPage, {ProgrammePage})
        self.assertAllowedParentPageTypes(ProgrammePage, {TrainingIndexPage})
        self.assertAllowedSubpageTypes(ProgrammePage, set())

    def test_an_editor_can_create_a_programme_under_the_training_index(self):
        self.assertCanCreateAt(TrainingIndexPage, ProgrammePage)
        self.assertCanNotCreateAt(HomePage, ProgrammePage)
        self.assertCanNotCreateAt(Page, TrainingIndexPage)

    def test_both_language_versions_render_and_route_to_the_registration_form(self):
        trainee = TraineeFactory()
        for page in (self.programme_vi, self.programme_en):
            self.assertPageIsRenderable(page)
            self.assertPageIsRenderable(page, "register/PAGE-01/", user=trainee)
            self.assertPageIsRenderable(page, "register/PAGE-01/", accept_redirect=True)
            self.assertPageIsRenderable(page, "register/UNKNOWN/", user=trainee, accept_404=True)
        self.assertPageIsRenderable(self.programme_en.get_parent().specific)

    def test_the_programme_page_is_editable_in_the_admin(self):
        post_data = nested_form_data(
            {
                "title": "Software engineering",
                "slug": self.programme_en.slug,
                "introduction": "Build web applications.",
                "outcomes": rich_text("<p>Ship a web application.</p>"),
                "audience": "Developers",
                "prerequisites": "",
                "skills": "Python, SQL",
                "duration_weeks": 10,
                "hours": 200,
                "language_of_instruction": "en",
                "body": streamfield([]),
            }
        )
        superuser = StaffFactory(is_superuser=True)
        sign_in_staff(self.client, superuser)  # Wagtail's helper signs in again as the same user: session kept
        self.assertPageIsEditable(self.programme_en, post_data=post_data, user=superuser)
