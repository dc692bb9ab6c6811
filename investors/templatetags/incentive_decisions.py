"""Template tags giving an application's requested and granted incentives, so fragments are self-contained
(the HTML decision letter and its PDF include the same fragment)."""

from django import template

from investors import services

register = template.Library()


@register.simple_tag
def requested_incentives(application):
    """The incentives the applicant requested, with their legal basis."""
    return services.requested_incentives(application)


@register.simple_tag
def granted_incentives(application, outcome=None):
    """The incentives an approved decision grants (or, in a preview, would grant) with their legal basis."""
    return services.granted_incentives(application, outcome)
