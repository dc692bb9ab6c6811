"""What the incentives part contributes to the shell's template slots."""

from investors.models import PolicyIndexPage

FEATURED_COUNT = 3


def featured_policies(request, page=None, **kwargs):
    """The home page's incentives section: a few in-force policies and the estimator, in the page's language."""
    if page is None:
        return None
    index = PolicyIndexPage.objects.live().child_of(page).first()
    if index is None:
        return None
    policies = [
        policy for policy in index.policies().filter(status="in_force")[: FEATURED_COUNT * 2] if policy.in_force
    ]
    return {"index": index, "policies": policies[:FEATURED_COUNT], "request": request}


def account_saved_estimates(request, **kwargs):
    """The signed-in user's saved estimates and unread policy alerts, for /<lang>/account/."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    from investors.models import PolicyAlert, SavedEstimate

    alerts = list(PolicyAlert.objects.filter(recipient=user).select_related("change", "change__policy")[:20])
    estimates = list(SavedEstimate.objects.filter(owner=user)[:50])
    if not estimates and not alerts:
        return None  # nothing of theirs to show: the page keeps its invitation to apply
    return {"estimates": estimates, "alerts": alerts}


def account_saved_checklists(request, **kwargs):
    """The signed-in user's saved How to invest checklists, linked in the reader's language."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    from investors.models import SavedChecklist

    checklists = []
    for saved in SavedChecklist.objects.filter(owner=user).select_related("page")[:20]:
        answers = saved.answers()
        if answers is None:
            continue  # a sector that no longer exists: nothing to reproduce
        page = saved.page.localized
        checklists.append({"answers": answers, "url": saved.url_in(page), "saved_on": saved.created_at})
    return {"checklists": checklists} if checklists else None
