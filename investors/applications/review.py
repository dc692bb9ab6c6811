"""The review panel's operations: assigning reviewers, scoring a file, and the director's summary.

Peer: Hypha's reviews (a form per reviewer, a recommendation, a score per criterion) and
determinations (the decision taken after reading them). Here the criteria are a published snippet
(AllocationCriterion) and the decision itself is a workflow transition (services.approve/reject).
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .models import (
    AllocationCriterion,
    ApplicationStatus,
    CriterionScore,
    InvestmentApplication,
    Recommendation,
    Review,
    ReviewerAssignment,
)
from .models.review import MAX_SCORE
from .notifications import queue_notice
from .services import ApplicationError
from .workflow import is_reviewer

ASSIGN_PERMISSION = "applications.assign_reviewers"
# Files can be scored while they are being examined; a decided or withdrawn file's reviews are final.
SCORABLE = (
    ApplicationStatus.SCREENING,
    ApplicationStatus.INFO_REQUESTED,
    ApplicationStatus.RESUBMITTED,
    ApplicationStatus.APPRAISAL,
)


def active_criteria():
    """The published criteria, in order."""
    return list(AllocationCriterion.objects.filter(active=True))


def may_assign_reviewers(user):
    """Lead officers: staff holding applications.assign_reviewers (directors have it)."""
    return bool(
        user and user.is_authenticated and user.is_active and user.is_staff and user.has_perm(ASSIGN_PERMISSION)
    )


def reviewer_candidates():
    """Active staff who may review files (investment officers and directors)."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True).order_by("full_name", "email")
    return [user for user in users.prefetch_related("groups") if is_reviewer(user)]


def add_reviewer(application, reviewer, assigned_by=None):
    """Make `reviewer` one of the file's reviewers (no-op when already one); call inside a transaction."""
    try:
        with transaction.atomic():
            ReviewerAssignment.objects.create(application=application, reviewer=reviewer, assigned_by=assigned_by)
    except IntegrityError:
        return False
    return True


def assign_reviewers(application_id, actor, reviewers):
    """A lead officer adds reviewers to a file; each new reviewer is told by e-mail."""
    if not may_assign_reviewers(actor):
        raise PermissionDenied(_("Only a lead officer can assign reviewers."))
    reviewers = list(reviewers)
    if not reviewers:
        raise ApplicationError(_("Choose at least one reviewer."))
    if any(not is_reviewer(reviewer) for reviewer in reviewers):
        raise ApplicationError(_("Only investment officers and directors can review files."))
    from .models import NoticeKind

    with transaction.atomic():
        application = InvestmentApplication.objects.select_for_update().get(pk=application_id)
        if not application.is_open or application.status == ApplicationStatus.DRAFT:
            raise ApplicationError(_("Reviewers can only be assigned to a file under examination."))
        added = [reviewer for reviewer in reviewers if add_reviewer(application, reviewer, assigned_by=actor)]
        for reviewer in added:
            if reviewer != actor:
                queue_notice(application, reviewer, NoticeKind.NEW_WORK)
    return added


def is_assigned_reviewer(application, user):
    return ReviewerAssignment.objects.filter(application=application, reviewer=user).exists()


@dataclass(frozen=True)
class ScoreInput:
    """One criterion's score as typed by a reviewer."""

    criterion_id: int
    score: int
    comment: str = ""


def submit_review(application_id, reviewer, scores, recommendation, comment):
    """Save (or revise) `reviewer`'s review: a score 0–MAX_SCORE for every active criterion."""
    comment = str(comment or "").strip()
    if recommendation not in Recommendation.values:
        raise ApplicationError(_("Choose a recommendation."))
    if not comment:
        raise ApplicationError(_("Write an overall comment."))
    criteria = {criterion.pk: criterion for criterion in active_criteria()}
    given = {score.criterion_id: score for score in scores}
    if set(given) != set(criteria):
        raise ApplicationError(_("Score every criterion."))
    if any(not 0 <= int(score.score) <= MAX_SCORE for score in given.values()):
        raise ApplicationError(_("Scores go from 0 to %(max)s.") % {"max": MAX_SCORE})
    with transaction.atomic():
        application = InvestmentApplication.objects.select_for_update().get(pk=application_id)
        if not is_assigned_reviewer(application, reviewer):
            raise PermissionDenied(_("You are not a reviewer of this file."))
        if application.status not in SCORABLE:
            raise ApplicationError(_("This file can no longer be scored."))
        review, _created = Review.objects.update_or_create(
            application=application,
            reviewer=reviewer,
            defaults={"recommendation": recommendation, "comment": comment},
        )
        review.scores.all().delete()
        CriterionScore.objects.bulk_create(
            CriterionScore(
                review=review,
                criterion=criteria[pk],
                weight=criteria[pk].weight,
                score=int(given[pk].score),
                comment=str(given[pk].comment or "").strip(),
            )
            for pk in criteria
        )
    return review


@dataclass(frozen=True)
class PanelSummary:
    """What the director reads before deciding: every review, the mean weighted total, the advice."""

    reviews: list
    reviewers: list
    pending: list
    average: float | None
    recommendations: dict


def panel_summary(application):
    """Every review of `application` with its weighted score, the mean, and who has not scored yet."""
    reviews = list(
        application.reviews.select_related("reviewer").prefetch_related("scores__criterion").order_by("created_at")
    )
    reviewers = [a.reviewer for a in application.reviewer_assignments.select_related("reviewer")]
    done = {review.reviewer_id for review in reviews}
    totals = [review.weighted_score for review in reviews if review.weighted_score is not None]
    counts = {choice.label: 0 for choice in Recommendation}
    for review in reviews:
        counts[review.get_recommendation_display()] += 1
    return PanelSummary(
        reviews=reviews,
        reviewers=reviewers,
        pending=[reviewer for reviewer in reviewers if reviewer.pk not in done],
        average=round(sum(totals) / len(totals), 2) if totals else None,
        recommendations=counts,
    )
