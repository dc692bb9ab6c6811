"""StreamField blocks of the policy pages."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from investors.incentives.sectors import SECTOR_CHOICES


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


class StepCondition:
    """The answers of the personalised checklist a procedure step can depend on (stable codes)."""

    ANY = ""
    DOMESTIC, FOREIGN = "domestic", "foreign"
    LAND, OFFICE = "land", "office"
    WITH_FOREIGN_STAFF = "yes"


class ProcedureStepBlock(blocks.StructBlock):
    """One statutory step of investing in the park: who decides, on what legal basis, with which
    documents, how long and at what cost, where it is done online, and for which investors it applies."""

    title = blocks.CharBlock(label=_("Step"), max_length=200, help_text=_("E.g. Investment registration certificate."))
    summary = blocks.TextBlock(label=_("What it is"), required=False, help_text=_("One or two sentences."))
    authority = blocks.CharBlock(
        label=_("Who decides"),
        max_length=250,
        help_text=_("The park's management board or the provincial or national body that decides."),
    )
    legal_basis = blocks.CharBlock(
        label=_("Legal basis"), max_length=300, help_text=_("Law, decree and article, e.g. Law on Investment, Art. 38.")
    )
    documents = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        label=_("Documents"),
        default=[],
        help_text=_("The documents the investor prepares, one per line."),
    )
    time_limit = blocks.CharBlock(
        label=_("Time limit"), max_length=200, help_text=_("E.g. 15 days from a complete file; or to be confirmed.")
    )
    fee = blocks.CharBlock(label=_("Fee"), max_length=200, help_text=_("E.g. none; VND 50,000; or to be confirmed."))
    portal_url = blocks.URLBlock(
        label=_("Public-service portal"),
        required=False,
        help_text=_("The national or provincial portal page where this step is done online, if any."),
    )
    portal_label = blocks.CharBlock(
        label=_("Portal name"), max_length=120, required=False, help_text=_("E.g. National Public Service Portal.")
    )
    to_be_confirmed = blocks.BooleanBlock(
        label=_("Facts to be confirmed"),
        required=False,
        help_text=_("Tick while a time limit, fee or article has not been checked against the official text."),
    )
    investor_origin = blocks.ChoiceBlock(
        label=_("Applies to investors"),
        choices=[
            (StepCondition.ANY, _("Domestic and foreign")),
            (StepCondition.DOMESTIC, _("Domestic only")),
            (StepCondition.FOREIGN, _("Foreign only")),
        ],
        default=StepCondition.ANY,
        required=False,
    )
    premises = blocks.ChoiceBlock(
        label=_("Applies to premises"),
        choices=[
            (StepCondition.ANY, _("Land or office")),
            (StepCondition.LAND, _("Land only")),
            (StepCondition.OFFICE, _("Office space only")),
        ],
        default=StepCondition.ANY,
        required=False,
    )
    foreign_staff = blocks.BooleanBlock(
        label=_("Only with foreign staff"),
        required=False,
        help_text=_("Tick when the step concerns only investors who employ foreign experts."),
    )
    sectors = blocks.MultipleChoiceBlock(
        label=_("Only for sectors"),
        choices=SECTOR_CHOICES,
        required=False,
        help_text=_("Leave empty when the step applies to every sector."),
    )

    class Meta:
        icon = "list-ol"
        template = "investors/blocks/procedure_step.html"
        label = _("Procedure step")


class ProcedureStreamBlock(blocks.StreamBlock):
    """The ordered steps of the How to invest page."""

    step = ProcedureStepBlock()
