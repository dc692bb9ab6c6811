"""Training views: public pages in views.public, Wagtail admin views in views.admin."""
