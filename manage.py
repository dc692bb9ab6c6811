#!/usr/bin/env python
"""Django's command-line entry point for the Da Lat Software Park platform."""

import os
import sys
from pathlib import Path

# `site` is a standard-library module name, so site/ is a source root rather than a package.
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
