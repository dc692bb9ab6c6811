"""The talent pipeline: trainees expected to graduate soon, by programme and skill, for investors."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Min
from django.utils import timezone

from .listing import programme_pages_by_key
from .models import Registration, RegistrationStatus


@dataclass(frozen=True)
class PipelineProgramme:
    """Graduates expected from one programme."""

    page: object
    graduates: int
    first_graduation: date


@dataclass
class TalentPipeline:
    """Who completes in the window: per programme, and per skill summed over programmes."""

    until: date
    programmes: list = field(default_factory=list)
    skills: list = field(default_factory=list)  # (skill, graduates), most first

    @property
    def total(self):
        return sum(item.graduates for item in self.programmes)


def talent_pipeline(months=6, today=None):
    """Trainees confirmed in cohorts ending within `months` months, grouped by programme and skill."""
    today = today or timezone.localdate()
    until = today + timedelta(days=round(months * 30.44))
    rows = (
        Registration.objects.filter(status=RegistrationStatus.CONFIRMED, cohort__ends_on__range=(today, until))
        .values("cohort__programme_key")
        .annotate(graduates=Count("pk"), first_graduation=Min("cohort__ends_on"))
        .order_by()
    )
    rows = list(rows)
    pages = programme_pages_by_key({row["cohort__programme_key"] for row in rows})
    pipeline = TalentPipeline(until=until)
    skills = Counter()
    for row in rows:
        page = pages.get(row["cohort__programme_key"])
        if page is None:
            continue
        pipeline.programmes.append(PipelineProgramme(page, row["graduates"], row["first_graduation"]))
        for skill in page.skill_list:
            skills[skill] += row["graduates"]
    pipeline.programmes.sort(key=lambda item: (item.first_graduation, item.page.title))
    pipeline.skills = sorted(skills.items(), key=lambda item: (-item[1], item[0].lower()))
    return pipeline
