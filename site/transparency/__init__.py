"""Transparency: the park's targets measured against figures computed from its own database.

Domain apps register metrics in their own `metrics.py` (autodiscovered at start-up); the shell only
knows the registry, so it never imports a domain app.
"""
