"""The incentives step of `seed_demo`: the policy index pages, bilingual policies, rules and the review workflow.

Idempotent: pages are found by slug, rules by (policy, title), the workflow by name; nothing that
exists is changed. `--scale N` adds N-1 numbered copies of every policy with its rules.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from core.seeding import DEMO_MARK, ensure_bilingual
from investors.demo import how_to_invest
from investors.demo.policies import POLICIES
from investors.models import HowToInvestPage, IncentiveRule, PolicyIndexPage, PolicyPage, RelatedPolicy

# Workflow and task names are rows Wagtail shows as they are: they are written in the site's default
# language (Vietnamese), from these translatable names.
WORKFLOW_NAME = _("Policy review")
TASK_NAME = _("Legal review")
PAGE_PERMISSIONS = {
    "Editor": ["add_page", "change_page"],
    "Legal reviewer": ["add_page", "change_page", "publish_page"],
}


def seed_incentives(context):
    """Create the demo incentive content under both home pages."""
    indexes = ensure_index_pages(context.homes["vi"])
    created = 0
    for copy in range(1, max(context.scale, 1) + 1):
        pages = {spec.key: ensure_policy(indexes[0], spec, copy) for spec in POLICIES}
        link_policies(pages)
        created += ensure_rules(pages, copy)
    how_to = ensure_how_to_invest(context.homes["vi"])
    ensure_review_workflow([*indexes, *how_to])
    context.log(f"incentives: {len(POLICIES) * context.scale} policies per language, {created} new rules")


def ensure_index_pages(home_vi):
    """The incentive policy index in Vietnamese and English, shown in the main menu."""
    return ensure_bilingual(
        home_vi,
        PolicyIndexPage,
        vi={
            "slug": "uu-dai-dau-tu",
            "title": "Ưu đãi đầu tư",
            "show_in_menus": True,
            "introduction": f"{DEMO_MARK} Chính sách ưu đãi về thuế, đất đai, nhập khẩu, lao động và thủ tục cho dự án "
            "trong khu công viên phần mềm Đà Lạt, kèm công cụ ước tính giá trị ưu đãi cho dự án của bạn.",
        },
        en={
            "slug": "incentives",
            "title": "Investment incentives",
            "introduction": f"{DEMO_MARK} Tax, land, import, labour and procedural incentives for projects in the Đà "
            "Lạt software park, with an estimator of what they are worth for your project.",
        },
    )


def ensure_how_to_invest(home_vi):
    """The How to invest page in both languages: every statutory step with its conditions."""
    texts = how_to_invest.PAGE
    return ensure_bilingual(
        home_vi,
        HowToInvestPage,
        vi={**texts["vi"], "steps": how_to_invest.steps_in("vi")},
        en={**texts["en"], "steps": how_to_invest.steps_in("en")},
    )


def _suffix(copy, vi):
    if copy == 1:
        return ""
    return f" (bản sao {copy})" if vi else f" (copy {copy})"


def _paragraph(text):
    return [("paragraph", f"<p>{DEMO_MARK} {text}</p>")]


def _clauses(spec, language):
    return [
        (
            "clause",
            {
                "article": clause.article,
                "clause": clause.clause,
                "heading": getattr(clause, f"heading_{language}"),
                "text": f"<p>{getattr(clause, f'text_{language}')}</p>",
            },
        )
        for clause in spec.clauses
    ]


def ensure_policy(index_vi, spec, copy):
    """(Vietnamese page, English page) of one demo policy."""
    slug_suffix = "" if copy == 1 else f"-{copy}"
    shared = {
        "category": spec.category,
        "document_number": spec.document_number,
        "signed_on": spec.signed_on,
        "effective_from": spec.effective_from,
        "status": spec.status,
        "needs_legal_review": spec.needs_legal_review,
        "audience": spec.audience,
        "sectors": list(spec.sectors),
    }
    fields = {}
    for language in ("vi", "en"):
        fields[language] = {
            "slug": getattr(spec, f"slug_{language}") + slug_suffix,
            "title": getattr(spec, f"title_{language}") + _suffix(copy, language == "vi"),
            "issuing_body": getattr(spec, f"issuer_{language}"),
            "summary": f"{DEMO_MARK} " + getattr(spec, f"summary_{language}"),
            "body": _paragraph(getattr(spec, f"body_{language}")),
            "clauses": _clauses(spec, language),
        }
    return ensure_bilingual(index_vi, PolicyPage, vi={**shared, **fields["vi"]}, en=fields["en"])


def link_policies(pages):
    """Superseded-by and related links between the demo policies, in each language, where missing."""
    for spec in POLICIES:
        for position in (0, 1):
            page = pages[spec.key][position]
            changed = False
            if spec.superseded_by and page.superseded_by_id is None:
                page.superseded_by = pages[spec.superseded_by][position]
                changed = True
            if spec.related and not page.related_policies.exists():
                page.related_policies = [RelatedPolicy(related=pages[key][position]) for key in spec.related]
                changed = True
            if changed:
                page.save_revision().publish()


def ensure_rules(pages, copy):
    """The incentive rules of each policy, citing the Vietnamese page (the source language)."""
    created = 0
    for spec in POLICIES:
        policy = pages[spec.key][0]
        for data in spec.rules:
            data = dict(data)
            title = data.pop("title") + ("" if copy == 1 else f" #{copy}")
            if data.get("package") and copy > 1:
                data["package"] = f"{data['package']}-{copy}"
            _rule, was_created = IncentiveRule.objects.get_or_create(policy=policy, title=title, defaults=data)
            created += was_created
    return created


def _names(name):
    """(the name in the site's default language, the English name): the first is written, both are found."""
    with translation.override(settings.LANGUAGE_CODE):
        default = str(name)
    with translation.override("en"):
        return [default, str(name)]


def ensure_review_workflow(indexes):
    """Editors submit policy changes; the Legal reviewer group approves and publishes them.

    `indexes` are the pages whose subtree the workflow covers: the policy indexes and the How to invest pages.
    """
    legal = Group.objects.get(name="Legal reviewer")
    workflow_names, task_names = _names(WORKFLOW_NAME), _names(TASK_NAME)
    workflow = Workflow.objects.filter(name__in=workflow_names).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=workflow_names[0])
    elif workflow.name != workflow_names[0]:  # seeded in English before names were translated
        Workflow.objects.filter(pk=workflow.pk).update(name=workflow_names[0])
    task = GroupApprovalTask.objects.filter(name__in=task_names).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_names[0])
        task.groups.set([legal])
    elif task.name != task_names[0]:
        GroupApprovalTask.objects.filter(pk=task.pk).update(name=task_names[0])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in indexes:
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
        for group_name, codenames in PAGE_PERMISSIONS.items():
            group = Group.objects.get(name=group_name)
            for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
                GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
