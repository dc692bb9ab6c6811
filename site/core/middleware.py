"""The Content Security Policy, strict on the public site and slightly relaxed for the Wagtail admin."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with one exception for the staff-only Wagtail admin.

    Public pages allow scripts only from this site. Wagtail's admin still renders a few inline
    initialisation scripts (date pickers, inline panels), so behind its sign-in it also allows
    inline scripts; everything else in the policy (no other hosts, no framing) stays the same.
    """

    admin_prefix = "/admin/"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(self.admin_prefix):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
        return parts
