"""Demo answers to the rating requests the demo's decisions and completed courses created.

The applications and training steps run the real services, which ask their demo users for ratings;
this step answers most of those requests with fixed scores and comments, and leaves about one in eight
open so the account page shows its notice. What is answered depends only on each request (service,
record, person), so running it again changes nothing, and `--scale N` answers the N-fold requests alike.
"""

import zlib

from django.utils import timezone

from core.models import EmailStatus, OutgoingEmail

from ..models import Rating

# (score, Vietnamese comment); the comment is left empty for about half of the answers.
ANSWERS = [
    (5, "Hồ sơ được xử lý nhanh, cán bộ hướng dẫn rõ ràng."),
    (4, ""),
    (5, ""),
    (3, "Thời gian chờ bổ sung giấy tờ hơi lâu."),
    (4, "Trang theo dõi hồ sơ rất tiện."),
    (2, "Cần giải thích rõ hơn yêu cầu về tài liệu."),
    (5, ""),
]
OPEN = 7  # the bucket of requests left unanswered


def _bucket(rating):
    key = f"{rating.service}:{rating.subject_label}:{rating.person.email}".encode()
    return zlib.crc32(key) % (len(ANSWERS) + 1)


def seed_ratings(context):
    """Answer the demo's rating requests (idempotent) and mark their e-mails as sent (no demo mail goes out)."""
    pending = Rating.objects.filter(answered_at__isnull=True, person__email__endswith="@demo.dalatpark.vn")
    answered = 0
    for rating in pending.select_related("person"):
        bucket = _bucket(rating)
        if bucket == OPEN:
            continue
        score, comment = ANSWERS[bucket]
        Rating.objects.filter(pk=rating.pk, answered_at__isnull=True).update(
            score=score, comment=comment, answered_at=timezone.now()
        )
        answered += 1
    demo = Rating.objects.filter(person__email__endswith="@demo.dalatpark.vn").values("pk")
    OutgoingEmail.objects.filter(kind__startswith="ratings.", about_type="ratings.rating", about_id__in=demo).exclude(
        status=EmailStatus.SENT
    ).update(status=EmailStatus.SENT, sent_at=timezone.now())
    context.log(f"ratings: {answered} demo answers")
