"""The `seed_demo` command's machinery: a registry of per-app steps and idempotent helpers.

Each app registers a step in its AppConfig.ready(); `seed_demo` runs them in order inside one
transaction. Steps must be idempotent: they look objects up by a natural key (slug, code, e-mail)
and create only what is missing, so running the command twice changes nothing.
"""

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)

DEMO_MARK = "[DEMO]"


@dataclass(frozen=True)
class SeedStep:
    """One app's contribution to the demo content."""

    name: str
    run: Callable  # (SeedContext) -> None
    order: int = 100


@dataclass
class SeedContext:
    """What steps share: the scale factor, the home page per language, and a log."""

    scale: int = 1
    homes: dict = field(default_factory=dict)  # language code -> HomePage
    log: Callable = logger.info

    def page_in(self, language_code, slug):
        """A page by slug under the home page of `language_code` (None if absent)."""
        home = self.homes[language_code]
        return Page.objects.descendant_of(home).filter(slug=slug).specific().first()


_steps: dict[str, SeedStep] = {}


def register_step(name, run, order=100):
    """Register (or replace, by name) an app's seeding step."""
    _steps[name] = SeedStep(name=name, run=run, order=order)


def steps():
    """Registered steps in the order they run."""
    return sorted(_steps.values(), key=lambda step: (step.order, step.name))


def ensure_child(parent, page_class, slug, **fields):
    """The child of `parent` with `slug`, created and published with `fields` if missing."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing
    page = page_class(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_translation(page, language_code, slug, **fields):
    """The translation of `page` into `language_code`, created and published with `fields` if missing."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    translation.slug = slug
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation


def ensure_bilingual(parent_vi, page_class, vi, en):
    """A page in Vietnamese under `parent_vi` and its English translation.

    `vi` and `en` are dicts of field values, each with its own `slug`.
    """
    vi = dict(vi)
    en = dict(en)
    page_vi = ensure_child(parent_vi, page_class, vi.pop("slug"), **vi)
    page_en = ensure_translation(page_vi, "en", en.pop("slug"), **en)
    return page_vi, page_en


@lru_cache(maxsize=64)
def _drawn_jpeg(drawer, size):
    """JPEG bytes of a picture drawn by `drawer`; cached because tests seed many times per process."""
    from PIL import Image, ImageDraw

    canvas = Image.new("RGB", size, (230, 238, 232))
    drawer(ImageDraw.Draw(canvas), *size)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def demo_image(title, drawer, size=(1600, 900)):
    """A Wagtail image drawn by `drawer(draw, width, height)` with Pillow, created once by title."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    file_name = title.lower().replace(" ", "-")[:60] + ".jpg"
    image = image_model(title=title, file=ImageFile(io.BytesIO(_drawn_jpeg(drawer, tuple(size))), name=file_name))
    image.save()
    return image
