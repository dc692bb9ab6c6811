"""Incentive rules: one machine-readable benefit each, citing the policy clause it comes from.

A rule is not translatable: its numbers serve both languages. Its description is generated from
those numbers in the reader's language, and it links the policy page in that language.
"""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from investors.blocks import clause_anchor, clause_label
from investors.incentives import Benefit, Requirement, Rule, Start
from investors.incentives.engine import STANDARD_CIT_RATE

from .policies import PolicyStatus

BENEFIT_CHOICES = [
    (Benefit.CIT_RATE.value, _("Preferential corporate income tax rate")),
    (Benefit.CIT_EXEMPTION.value, _("Corporate income tax exemption")),
    (Benefit.CIT_REDUCTION.value, _("Corporate income tax reduction")),
    (Benefit.LAND_RENT_EXEMPTION.value, _("Land rent exemption or reduction")),
    (Benefit.IMPORT_DUTY_EXEMPTION.value, _("Import duty exemption")),
    (Benefit.OTHER.value, _("Other benefit (not valued)")),
]
START_CHOICES = [
    (Start.FIRST_TAXABLE_INCOME.value, _("First year with taxable income (no later than the 4th year of revenue)")),
    (Start.FIRST_REVENUE.value, _("First year with revenue")),
    (Start.PROJECT_START.value, _("First year of the project or lease")),
    (Start.AFTER_CONSTRUCTION.value, _("After the construction-period exemption of the same package")),
]
OPEN_ENDED_YEARS = 99  # the longest term editors can enter; reads as "the whole period of operation"
TIMED_BENEFITS = {Benefit.CIT_RATE, Benefit.CIT_EXEMPTION, Benefit.CIT_REDUCTION, Benefit.LAND_RENT_EXEMPTION}


class IncentiveRuleQuerySet(models.QuerySet):
    def usable(self):
        """Active rules of live policies, superseded ones included: the engine applies each in the years
        it is in force (and beyond, under a transition provision), or as the law stood on a past date."""
        return self.filter(active=True, policy__live=True).select_related("policy", "policy__superseded_by")


class IncentiveRule(models.Model):
    """One benefit an investor may claim, its conditions, and the policy clause it comes from."""

    title = models.CharField(
        _("internal title"), max_length=200, help_text=_("For staff lists, e.g. “Software CIT rate”.")
    )
    policy = models.ForeignKey(
        "investors.PolicyPage",
        verbose_name=_("policy"),
        on_delete=models.CASCADE,
        related_name="incentive_rules",
        help_text=_("The policy (in its original language) whose clause grants this benefit."),
    )
    article = models.PositiveSmallIntegerField(_("article"), help_text=_("The article cited, as on the policy page."))
    clause = models.PositiveSmallIntegerField(_("clause"), null=True, blank=True, help_text=_("The clause, if any."))
    benefit = models.CharField(
        _("benefit"), max_length=30, choices=BENEFIT_CHOICES, help_text=_("What the rule grants.")
    )
    rate_percent = models.DecimalField(
        _("preferential CIT rate (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(STANDARD_CIT_RATE * 100)],
        help_text=_("Only for a preferential rate, e.g. 10."),
    )
    share_percent = models.DecimalField(
        _("share taken off (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("100"),
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("100"))],
        help_text=_("100 for an exemption, 50 for a 50% reduction."),
    )
    years = models.PositiveSmallIntegerField(
        _("years"),
        default=0,
        validators=[MaxValueValidator(OPEN_ENDED_YEARS)],
        help_text=_("How many years the benefit lasts; 99 for the whole period of operation."),
    )
    starts = models.CharField(
        _("counted from"),
        max_length=30,
        choices=START_CHOICES,
        default=Start.FIRST_REVENUE.value,
        help_text=_("When the years start; a reduction that follows an exemption of the same package starts after it."),
    )
    package = models.SlugField(
        _("incentive package"),
        max_length=60,
        blank=True,
        help_text=_(
            "Rules with the same package apply together (e.g. rate, exemption and reduction for software "
            "production). Where packages overlap, the investor gets the more favourable one only."
        ),
    )
    sectors = models.JSONField(_("sectors"), default=list, blank=True, help_text=_("Empty: every sector."))
    min_capital_usd = models.DecimalField(
        _("minimum capital (USD)"),
        max_digits=14,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("0 when there is no minimum."),
    )
    min_employees = models.PositiveIntegerField(
        _("minimum staff"), default=0, help_text=_("0 when there is no minimum.")
    )
    requires_park_location = models.BooleanField(
        _("only inside the park"), default=False, help_text=_("The project must be located in the software park.")
    )
    requires_park_status = models.BooleanField(
        _("only while the park is a designated zone"),
        default=False,
        help_text=_(
            "Applies only when the park's legal status (Settings → Park legal status) says it is designated as a "
            "concentrated digital technology zone."
        ),
    )
    requires_state_lease = models.BooleanField(
        _("only for rent owed to the State"),
        default=False,
        help_text=_("Land rent exemptions cover rent paid to the State, never a developer's sublease fee."),
    )
    requires_socialised_education = models.BooleanField(
        _("only for socialised education and training"),
        default=False,
        help_text=_("The training activity must meet the criteria for “socialised” education and training."),
    )
    in_force_from = models.DateField(
        _("in force from"),
        null=True,
        blank=True,
        help_text=_("The first day the rule applies; empty: the policy's effective date."),
    )
    in_force_until = models.DateField(
        _("in force until"),
        null=True,
        blank=True,
        help_text=_("The last day it applies; empty: open-ended (or the policy's expiry or replacement)."),
    )
    continues_after_end = models.BooleanField(
        _("granted incentives continue after the end"),
        default=False,
        help_text=_("Transition provision: a project started while the rule was in force keeps it for its full term."),
    )
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        help_text=_("The rule of the newer law that replaces this one."),
    )
    needs_legal_review = models.BooleanField(
        _("to be confirmed by the legal reviewer"),
        default=False,
        help_text=_("Tick while the figures are not verified against the official text; the estimate says so."),
    )
    version = models.PositiveIntegerField(
        _("version"), default=1, editable=False, help_text=_("Raised on every change; saved estimates record it.")
    )
    active = models.BooleanField(_("active"), default=True, help_text=_("Inactive rules are ignored by the estimator."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Order on estimate pages."))

    objects = IncentiveRuleQuerySet.as_manager()

    class Meta:
        verbose_name = _("incentive rule")
        verbose_name_plural = _("incentive rules")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.pk is not None:
            self.version = (type(self).objects.filter(pk=self.pk).values_list("version", flat=True).first() or 0) + 1
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.in_force_from and self.in_force_until and self.in_force_until < self.in_force_from:
            errors["in_force_until"] = _("The rule cannot end before it starts.")
        if self.benefit == Benefit.CIT_RATE and self.rate_percent is None:
            errors["rate_percent"] = _("A preferential rate rule needs its rate.")
        if self.benefit in TIMED_BENEFITS and not self.years:
            errors["years"] = _("This benefit lasts a number of years; enter at least 1.")
        if self.policy_id and (self.article, self.clause) not in self.policy.clause_choices():
            errors["article"] = _("The policy has no such clause; add it to the policy page first.")
        if errors:
            raise ValidationError(errors)

    @property
    def anchor(self):
        return clause_anchor(self.article, self.clause)

    @property
    def citation(self):
        """“Article 16(1)” in the active language."""
        return clause_label(self.article, self.clause)

    def description(self):
        """What the rule grants, in the active language."""
        years = ngettext("%(years)d year", "%(years)d years", self.years) % {"years": self.years}
        if self.years >= OPEN_ENDED_YEARS:
            years = _("the whole period of operation")
        values = {"years": years, "rate": _percent(self.rate_percent), "share": _percent(self.share_percent)}
        if self.benefit == Benefit.CIT_RATE:
            return _("Corporate income tax at %(rate)s for %(years)s") % values
        if self.benefit == Benefit.CIT_EXEMPTION:
            return _("Corporate income tax exemption for %(years)s") % values
        if self.benefit == Benefit.CIT_REDUCTION:
            return _("Corporate income tax reduced by %(share)s for %(years)s") % values
        if self.benefit == Benefit.LAND_RENT_EXEMPTION:
            if self.share_percent >= 100:
                return _("Land rent exemption for %(years)s") % values
            return _("Land rent reduced by %(share)s for %(years)s") % values
        return str(self.get_benefit_display())

    @property
    def effective_from(self):
        """The first day in force: the rule's own date, else its policy's effective date."""
        return self.in_force_from or self.policy.effective_from

    @property
    def effective_until(self):
        """The last day in force: the rule's own date, else the policy's expiry, else the day before its
        replacement took effect (for a superseded policy), else None (open-ended)."""
        if self.in_force_until or self.policy.expires_on:
            return self.in_force_until or self.policy.expires_on
        if self.policy.status == PolicyStatus.SUPERSEDED:
            successor = getattr(self.policy.superseded_by, "specific", None)
            successor_start = getattr(successor, "effective_from", None)
            if successor_start:
                return successor_start - datetime.timedelta(days=1)
            published = self.policy.last_published_at or self.policy.latest_revision_created_at
            return published.date() if published else datetime.date.today()
        return None

    def requirements(self):
        flags = {
            Requirement.PARK_STATUS: self.requires_park_status,
            Requirement.STATE_LEASE: self.requires_state_lease,
            Requirement.SOCIALISED_EDUCATION: self.requires_socialised_education,
        }
        return frozenset(requirement for requirement, required in flags.items() if required)

    def to_engine_rule(self):
        """The rule as the pure rules engine sees it."""
        return Rule(
            key=str(self.pk),
            name=self.title,
            benefit=self.benefit,
            years=self.years,
            rate=None if self.rate_percent is None else self.rate_percent / 100,
            share=self.share_percent / 100,
            starts=self.starts,
            package=self.package,
            sectors=frozenset(self.sectors or ()),
            min_capital_usd=self.min_capital_usd,
            min_employees=self.min_employees,
            requires_park_location=self.requires_park_location,
            requires=self.requirements(),
            in_force_from=self.effective_from,
            in_force_until=self.effective_until,
            continues_after_end=self.continues_after_end,
            reference=self,
        )


def _percent(value):
    if value is None:
        return ""
    return f"{Decimal(value).normalize():f}%"
