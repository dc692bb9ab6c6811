"""The How to invest page: every step, or the investor's own checklist (GET), and keeping it (POST)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from investors.checklist import ChecklistForm, is_checklist_request, save_checklist, steps_for


def checklist_view(request, page):
    """All steps; with answers in the query string, only the steps that apply (errors keep the answers)."""
    form = ChecklistForm(request.GET) if is_checklist_request(request.GET) else ChecklistForm()
    answers = form.answers() if form.is_bound and form.is_valid() else None
    steps = steps_for(answers, page.steps) if answers else [step for step in page.steps if step.block_type == "step"]
    return page.render(
        request,
        context_overrides={
            "form": form,
            "answers": answers,
            "checklist_steps": steps,
            "all_steps_count": sum(1 for step in page.steps if step.block_type == "step"),
        },
    )


@require_POST
def save_checklist_view(request, page):
    """Keep the posted answers in the signed-in investor's account; invalid answers go back to the page."""
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    form = ChecklistForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The checklist could not be saved: please answer every question."))
        return redirect(page.url)
    answers = form.answers()
    _saved, created = save_checklist(request.user, page, answers)
    if created:
        messages.success(request, _("The checklist is saved in your account."))
    else:
        messages.info(request, _("This checklist was already in your account."))
    return redirect(f"{page.url}?{answers.query_string()}")
