"""The review panel: published allocation criteria, the reviewers of a file, and their scored reviews."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.bilingual import in_active_language

MAX_SCORE = 5


class AllocationCriterion(models.Model):
    """One published criterion a file is judged by (e.g. jobs per hectare), with its weight.

    Staff edit them as a snippet; the public land page lists the active ones, and each reviewer gives
    every active criterion a score from 0 to MAX_SCORE. The weighted total of a review is
    sum(score × weight) / sum(weight), on the same 0–MAX_SCORE scale.
    """

    name_vi = models.CharField(_("criterion (Vietnamese)"), max_length=150)
    name_en = models.CharField(_("criterion (English)"), max_length=150, blank=True)
    guidance_vi = models.TextField(
        _("guidance (Vietnamese)"), blank=True, help_text=_("What a reviewer looks at and what earns a high score.")
    )
    guidance_en = models.TextField(_("guidance (English)"), blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Relative importance, 1 to 100; the weighted total divides by the sum of the weights."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers come first."))
    active = models.BooleanField(
        _("in use"), default=True, help_text=_("Only criteria in use are published and scored.")
    )

    class Meta:
        verbose_name = _("allocation criterion")
        verbose_name_plural = _("allocation criteria")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return in_active_language(self, "name")

    @property
    def guidance(self):
        return in_active_language(self, "guidance")


class ReviewerAssignment(models.Model):
    """A staff member asked to review a file (the officer who starts screening is one automatically)."""

    application = models.ForeignKey(
        "applications.InvestmentApplication", on_delete=models.CASCADE, related_name="reviewer_assignments"
    )
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    assigned_at = models.DateTimeField(_("assigned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reviewer assignment")
        verbose_name_plural = _("reviewer assignments")
        ordering = ["assigned_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["application", "reviewer"], name="one_assignment_per_reviewer")]
        permissions = [("assign_reviewers", _("Can assign reviewers to investment applications (lead officer)"))]

    def __str__(self):
        return f"{self.application_id} → {self.reviewer_id}"


class Recommendation(models.TextChoices):
    """What a reviewer advises the director to do."""

    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")
    MORE_INFORMATION = "more_information", _("Ask for more information")


class Review(models.Model):
    """One reviewer's assessment of a file: a score per criterion, a comment and a recommendation.

    Reviews are staff-only (never shown to the applicant); a reviewer may revise theirs until the
    decision, and the director reads every review with its weighted total before deciding."""

    application = models.ForeignKey(
        "applications.InvestmentApplication", on_delete=models.CASCADE, related_name="reviews"
    )
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recommendation = models.CharField(_("recommendation"), max_length=20, choices=Recommendation.choices)
    comment = models.TextField(_("overall comment"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["application", "reviewer"], name="one_review_per_reviewer")]

    def __str__(self):
        return f"{self.application_id} / {self.reviewer_id}: {self.recommendation}"

    @property
    def weighted_score(self):
        """sum(score × weight) / sum(weight) over this review's scores (None without scores)."""
        scores = list(self.scores.all())
        total_weight = sum(score.weight for score in scores)
        if not total_weight:
            return None
        return round(sum(score.score * score.weight for score in scores) / total_weight, 2)


class CriterionScore(models.Model):
    """A reviewer's score on one criterion; the weight is copied so later edits keep the review's total."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(AllocationCriterion, on_delete=models.PROTECT, related_name="+")
    weight = models.PositiveSmallIntegerField(_("weight"))
    score = models.PositiveSmallIntegerField(_("score"), validators=[MaxValueValidator(MAX_SCORE)])
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("criterion score")
        verbose_name_plural = _("criterion scores")
        ordering = ["criterion__sort_order", "criterion_id"]
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion"),
            models.CheckConstraint(condition=models.Q(score__lte=MAX_SCORE), name="score_within_scale"),
        ]

    def __str__(self):
        return f"{self.criterion_id}: {self.score}"
