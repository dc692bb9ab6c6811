"""Existing rules keep their meaning: their in-force dates are copied from their policies."""

import datetime

from django.db import migrations


def copy_policy_dates(apps, schema_editor):
    IncentiveRule = apps.get_model("investors", "IncentiveRule")
    PolicyPage = apps.get_model("investors", "PolicyPage")
    for rule in IncentiveRule.objects.select_related("policy"):
        policy = rule.policy
        changed = []
        if rule.in_force_from is None and policy.effective_from:
            rule.in_force_from = policy.effective_from
            changed.append("in_force_from")
        if rule.in_force_until is None:
            until = policy.expires_on
            if until is None and policy.status == "superseded" and policy.superseded_by_id:
                successor = PolicyPage.objects.filter(pk=policy.superseded_by_id).first()
                if successor is not None and successor.effective_from:
                    until = successor.effective_from - datetime.timedelta(days=1)
            if until is not None:
                rule.in_force_until = until
                changed.append("in_force_until")
        if changed:
            rule.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("investors", "0004_effective_dated_rules_and_saved_estimates")]

    operations = [migrations.RunPython(copy_policy_dates, migrations.RunPython.noop)]
