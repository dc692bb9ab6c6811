"""StreamField blocks of the policy pages."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


def clause_anchor(article, clause=None):
    """The language-neutral fragment id of a clause, e.g. "art-16-1"; the same in every translation."""
    return f"art-{article}-{clause}" if clause else f"art-{article}"


def clause_label(article, clause=None):
    """The clause's citation in the active language, e.g. "Article 16(1)" / "Điều 16 khoản 1"."""
    if clause:
        return _("Article %(article)s(%(clause)s)") % {"article": article, "clause": clause}
    return _("Article %(article)s") % {"article": article}


class ClauseBlock(blocks.StructBlock):
    """One numbered clause of a policy's legal basis; incentive rules cite it by article and clause."""

    article = blocks.IntegerBlock(
        label=_("Article"), min_value=1, help_text=_("The article number in the legal document.")
    )
    clause = blocks.IntegerBlock(
        label=_("Clause"), required=False, min_value=1, help_text=_("The clause number inside the article, if any.")
    )
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=200, help_text=_("What the clause is about, in a few words.")
    )
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ol", "ul"], help_text=_("The clause in plain language.")
    )

    class Meta:
        icon = "doc-full"
        template = "investors/blocks/clause.html"
        label = _("Clause")
        preview_value = {
            "article": 16,
            "clause": 1,
            "heading": "Tax exemption and reduction",
            "text": "<p>Four years of exemption and 50% reduction for the following nine years.</p>",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = clause_anchor(value["article"], value["clause"])
        context["label"] = clause_label(value["article"], value["clause"])
        return context


class ClauseStreamBlock(blocks.StreamBlock):
    """The ordered clauses of a policy."""

    clause = ClauseBlock()
