"""StreamField blocks shared by every page type of the platform."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline in order."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_("Use a subsection only under a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        preview_value = {"text": "Đà Lạt Software Park", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image with required alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_with_caption.html"


class CallToActionBlock(blocks.StructBlock):
    """A short pitch with one button to a page or address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=pgettext_lazy("web link", "Address"),
        required=False,
        max_length=300,
        help_text=_("Used when no page is chosen."),
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        preview_value = {
            "title": "Invest in Đà Lạt",
            "text": "Cool climate, skilled people, incentives that last.",
            "button_label": "Apply online",
            "url": "/en/apply/",
        }


class KeyFigureBlock(blocks.StructBlock):
    """One headline number with its unit and meaning."""

    value = blocks.CharBlock(label=_("Value"), max_length=30)
    unit = blocks.CharBlock(label=_("Unit"), max_length=30, required=False)
    label = blocks.CharBlock(label=_("Meaning"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    """A row of headline numbers such as hectares, incentives and graduates."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        template = "blocks/key_figures.html"
        preview_value = {
            "title": "The park in figures",
            "figures": [
                {"value": "67", "unit": "ha", "label": "planned land"},
                {"value": "4", "unit": "years", "label": "corporate income tax exemption"},
            ],
        }


class DocumentListBlock(blocks.StructBlock):
    """Downloadable documents such as decrees, forms and brochures."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_list.html"


class FaqItemBlock(blocks.StructBlock):
    """One question with its answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"])


class FaqBlock(blocks.StructBlock):
    """Frequently asked questions, each opening on demand (native details/summary)."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "blocks/faq.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "hr", "blockquote"]


class BodyBlock(blocks.StreamBlock):
    """The body of standard, news and domain pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"), features=RICH_TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph.html"
    )
    image = ImageWithCaptionBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    documents = DocumentListBlock()
    faq = FaqBlock()
