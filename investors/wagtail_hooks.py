"""Admin for incentive rules: a snippet viewset with filters, and a form with sector checkboxes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.widgets import page_chooser
from investors.incentives.sectors import SECTOR_CHOICES
from investors.models import IncentiveRule, PolicyPage


class IncentiveRuleForm(WagtailAdminModelForm):
    """Sectors as checkboxes over the known sector codes."""

    sectors = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=SECTOR_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty when the rule applies to every sector."),
    )


class IncentiveRuleViewSet(SnippetViewSet):
    """Incentive rules in the admin, under “Snippets”, filterable by benefit and policy."""

    model = IncentiveRule
    icon = "calculator"
    menu_label = _("Incentive rules")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["title", "benefit", "policy", "years", "package", "in_force_from", "in_force_until", "active"]
    list_filter = ["benefit", "active", "requires_park_location", "requires_park_status", "needs_legal_review"]
    search_fields = ["title", "package"]
    base_form_class = IncentiveRuleForm
    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("policy", widget=page_chooser(PolicyPage)),
                FieldRowPanel([FieldPanel("article"), FieldPanel("clause")]),
                FieldRowPanel([FieldPanel("in_force_from"), FieldPanel("in_force_until")]),
                FieldPanel("continues_after_end"),
                FieldPanel("superseded_by"),
                FieldPanel("needs_legal_review"),
            ],
            heading=_("Legal basis"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("benefit"),
                FieldRowPanel([FieldPanel("rate_percent"), FieldPanel("share_percent"), FieldPanel("years")]),
                FieldPanel("starts"),
                FieldPanel("package"),
            ],
            heading=_("Benefit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sectors"),
                FieldRowPanel([FieldPanel("min_capital_usd"), FieldPanel("min_employees")]),
                FieldPanel("requires_park_location"),
                FieldPanel("requires_park_status"),
                FieldPanel("requires_state_lease"),
                FieldPanel("requires_socialised_education"),
            ],
            heading=_("Conditions"),
        ),
        FieldRowPanel([FieldPanel("active"), FieldPanel("sort_order")]),
    ]


register_snippet(IncentiveRuleViewSet)


@hooks.register("register_admin_urls")
def register_policy_change_urls():
    from django.urls import path

    from investors.views.policy_changes import policy_changes

    return [path("policy-changes/", policy_changes, name="investors_policy_changes")]


@hooks.register("register_admin_menu_item")
def register_policy_change_menu_item():
    from django.urls import reverse

    from wagtail.admin.menu import MenuItem

    return MenuItem(_("Policy changes"), reverse("investors_policy_changes"), icon_name="warning", order=311)
