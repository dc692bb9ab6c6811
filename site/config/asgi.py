"""ASGI entry point, for servers such as uvicorn or daphne."""

import os
import sys
from pathlib import Path

SITE_ROOT = Path(__file__).resolve().parents[1]
for path in (SITE_ROOT, SITE_ROOT.parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
