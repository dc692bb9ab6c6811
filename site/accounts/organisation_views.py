"""The "My organisation" pages: create one, invite colleagues, remove members, leave, accept an
invitation. Every rule is in accounts/organisations.py; these views only read forms and show results."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from . import organisations
from .forms import InvitationForm, OrganisationForm
from .models import Membership, Organisation


def _memberships(user):
    rows = []
    for membership in Membership.objects.filter(user=user).select_related("organisation"):
        organisation = membership.organisation
        rows.append(
            {
                "membership": membership,
                "organisation": organisation,
                "is_owner": membership.role == "owner",
                "members": organisation.memberships.select_related("user").order_by("-role", "joined_at"),
                "invitations": organisation.invitations.filter(accepted_at__isnull=True, expires_at__gt=timezone.now()),
            }
        )
    return rows


def _organisation_of(request):
    try:
        organisation_id = int(request.POST.get("organisation", ""))
    except ValueError:
        raise Http404 from None
    if not organisations.is_member(request.user, organisation_id):
        raise Http404
    return Organisation.objects.get(pk=organisation_id)


@login_required
def organisation(request):
    """The user's organisations with their members; owners invite and remove, anyone may leave."""
    create_form = OrganisationForm(request.POST if request.POST.get("action") == "create" else None)
    invite_form = InvitationForm(request.POST if request.POST.get("action") == "invite" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "create" and create_form.is_valid():
                data = create_form.cleaned_data
                organisations.create_organisation(request.user, data["name"], data["tax_number"], data["country"])
                messages.success(request, _("Your organisation has been created. Invite your colleagues below."))
                return redirect("account_organisation")
            if action == "invite" and invite_form.is_valid():
                target = _organisation_of(request)
                invitation = organisations.invite(target, request.user, invite_form.cleaned_data["email"])
                messages.success(request, _("An invitation has been sent to %(email)s.") % {"email": invitation.email})
                return redirect("account_organisation")
            if action == "remove":
                organisations.remove_member(_organisation_of(request), request.user, request.POST.get("membership"))
                messages.success(request, _("The member has been removed."))
                return redirect("account_organisation")
            if action == "make_owner":
                organisations.make_owner(_organisation_of(request), request.user, request.POST.get("membership"))
                return redirect("account_organisation")
            if action == "leave":
                left = _organisation_of(request)
                organisations.leave(left, request.user)
                messages.success(request, _("You have left %(organisation)s.") % {"organisation": left.name})
                return redirect("account_organisation")
        except organisations.OrganisationError as error:
            messages.error(request, str(error))
        except PermissionDenied as error:
            messages.error(request, str(error))
    context = {"rows": _memberships(request.user), "create_form": create_form, "invite_form": invite_form}
    return render(request, "account/organisation.html", context)


@login_required
def invitation(request, token):
    """Accept an invitation while signed in with the invited address."""
    pending = organisations.open_invitation(token)
    error = None
    if pending is None:
        error = _("This invitation has expired or has already been used. Ask for a new one.")
    elif pending.email.lower() != request.user.email.lower():
        error = _("This invitation was sent to %(email)s. Sign in with that address to accept it.") % {
            "email": pending.email
        }
    if request.method == "POST" and error is None:
        try:
            joined = organisations.accept(token, request.user)
        except organisations.OrganisationError as refused:
            error = str(refused)
        else:
            messages.success(request, _("You are now a member of %(organisation)s.") % {"organisation": joined.name})
            return redirect("account_organisation")
    status = 200 if error is None else 410 if pending is None else 403
    return render(
        request, "account/organisation_invitation.html", {"invitation": pending, "error": error}, status=status
    )
