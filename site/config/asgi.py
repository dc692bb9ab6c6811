"""ASGI entry point, for servers such as uvicorn or daphne.

Servers run production settings unless DJANGO_SETTINGS_MODULE says otherwise: a server started without
it must never quietly run the development settings (debug pages, console e-mail, a public secret key).
Production settings refuse to start until the required environment is set. `manage.py` (runserver,
`make run`) keeps the development settings as its default.
"""

import os
import sys
from pathlib import Path

SITE_ROOT = Path(__file__).resolve().parents[1]
for path in (SITE_ROOT, SITE_ROOT.parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
