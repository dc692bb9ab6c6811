"""Organisation accounts: create an organisation, invite colleagues by e-mail, accept, remove, leave.

Rules (views stay thin and call these):
- whoever creates an organisation is its first owner; owners invite and remove members;
- an invitation is e-mailed through the outbox (`accounts.organisation_invitation`) with a link
  holding a random token; it expires after INVITATION_DAYS and is accepted once, only by someone
  signed in with the invited address;
- a member may leave; the last owner may not (nor be removed), so an organisation always has one;
- membership is a row: leaving or removal deletes it, and every access check (`is_member`,
  `member_organisation_ids`) reads the table, so access ends at once.
Other apps (applications) ask `is_member` / `member_organisation_ids`; this module imports no app.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override

from core import outbox

from .models import Invitation, Membership, MembershipRole, Organisation, validate_tax_number

INVITATION_DAYS = 14
INVITATION_EMAIL = "accounts.organisation_invitation"


class AccountEmailKind(models.TextChoices):
    """The outbox e-mails of the accounts app (kinds without the "accounts." prefix), named for staff."""

    ORGANISATION_INVITATION = "organisation_invitation", gettext_lazy("Invitation to an organisation")


class OrganisationError(Exception):
    """A request the rules refuse; the message is translated and shown to the person."""


def member_organisation_ids(user):
    """The ids of the organisations `user` currently belongs to (empty for anonymous users)."""
    if user is None or not user.is_authenticated:
        return []
    return list(Membership.objects.filter(user=user).values_list("organisation_id", flat=True))


def is_member(user, organisation_id):
    """True when `user` is a current member (any role) of the organisation."""
    if organisation_id is None or user is None or not user.is_authenticated:
        return False
    return Membership.objects.filter(user=user, organisation_id=organisation_id).exists()


def is_owner(user, organisation):
    return Membership.objects.filter(user=user, organisation=organisation, role=MembershipRole.OWNER).exists()


def create_organisation(user, name, tax_number, country="VN"):
    """A new organisation with `user` as its owner. Raises ValidationError on a malformed tax number."""
    tax_number = (tax_number or "").strip()
    validate_tax_number(tax_number, country)
    with transaction.atomic():
        organisation = Organisation.objects.create(name=name.strip(), tax_number=tax_number, country=country)
        Membership.objects.create(organisation=organisation, user=user, role=MembershipRole.OWNER)
    return organisation


def invite(organisation, actor, email):
    """Invite `email` to join; only an owner may. E-mails the link (through the outbox) and returns the
    Invitation. An earlier open invitation to the same address is replaced (its link stops working)."""
    from django.contrib.auth import get_user_model

    email = (email or "").strip().lower()
    if not is_owner(actor, organisation):
        raise PermissionDenied(_("Only an owner can invite people."))
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise OrganisationError(_("%(email)s is already a member.") % {"email": email})
    with transaction.atomic():
        Invitation.objects.filter(organisation=organisation, email=email, accepted_at__isnull=True).delete()
        invitation = Invitation.objects.create(
            organisation=organisation,
            email=email,
            token=secrets.token_urlsafe(32),
            invited_by=actor,
            expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
        )
        account = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        outbox.queue_email(INVITATION_EMAIL, account, about=invitation, to_address=email)
    return invitation


def open_invitation(token):
    """The invitation with `token` if it can still be accepted, else None (unknown, used or expired)."""
    return (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(token=token, accepted_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )


def accept(token, user):
    """`user` joins the organisation of the invitation `token` as a member."""
    with transaction.atomic():
        invitation = open_invitation(token)
        if invitation is None:
            raise OrganisationError(_("This invitation has expired or has already been used. Ask for a new one."))
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.email.lower() != user.email.lower():
            raise OrganisationError(
                _("This invitation was sent to %(email)s. Sign in with that address to accept it.")
                % {"email": invitation.email}
            )
        Membership.objects.get_or_create(organisation=invitation.organisation, user=user)
        invitation.accepted_at, invitation.accepted_by = timezone.now(), user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return invitation.organisation


def _last_owner(membership):
    return (
        membership.role == MembershipRole.OWNER
        and not Membership.objects.filter(organisation_id=membership.organisation_id, role=MembershipRole.OWNER)
        .exclude(pk=membership.pk)
        .exists()
    )


def remove_member(organisation, actor, membership_id):
    """An owner removes someone (themself included, unless they are the last owner)."""
    with transaction.atomic():
        if not is_owner(actor, organisation):
            raise PermissionDenied(_("Only an owner can remove members."))
        membership = Membership.objects.select_for_update().filter(organisation=organisation, pk=membership_id).first()
        if membership is None:
            raise OrganisationError(_("That person is no longer a member."))
        if _last_owner(membership):
            raise OrganisationError(_("The last owner cannot be removed. Make another member an owner first."))
        membership.delete()


def leave(organisation, user):
    """`user` leaves the organisation; the last owner cannot."""
    with transaction.atomic():
        # Lock the organisation's owners so two owners leaving at once cannot leave it with none.
        list(Membership.objects.select_for_update().filter(organisation=organisation, role=MembershipRole.OWNER))
        membership = Membership.objects.filter(organisation=organisation, user=user).first()
        if membership is None:
            raise OrganisationError(_("You are not a member of this organisation."))
        if _last_owner(membership):
            raise OrganisationError(
                _("You are the last owner: make another member an owner before leaving, so the organisation keeps one.")
            )
        membership.delete()


def make_owner(organisation, actor, membership_id):
    """An owner makes another member an owner too."""
    if not is_owner(actor, organisation):
        raise PermissionDenied(_("Only an owner can change roles."))
    Membership.objects.filter(organisation=organisation, pk=membership_id).update(role=MembershipRole.OWNER)


def render_invitation_email(email):
    """The invitation e-mail (outbox renderer), in the invitee's language if they have an account."""
    invitation = Invitation.objects.select_related("organisation", "invited_by").get(pk=email.about_id)
    language = getattr(email.recipient, "preferred_language", "") or settings.LANGUAGE_CODE
    with override(language):
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "account_organisation_invitation", kwargs={"token": invitation.token}
        )
        context = {
            "organisation": invitation.organisation.name,
            "inviter": invitation.invited_by.get_full_name() if invitation.invited_by else "",
            "link": link,
            "expires_at": invitation.expires_at,
        }
        subject = _("Invitation to join %(organisation)s") % context
        text = render_to_string("account/email/organisation_invitation.txt", context)
    return outbox.RenderedEmail(subject, text)
