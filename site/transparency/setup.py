"""Start-up wiring of transparency, called once from TransparencyConfig.ready()."""

from django.db.models.signals import post_delete, post_save


def ready():
    """Discover the apps' metrics, clear cached figures when a target changes, register the seed step."""
    from core.seeding import register_step

    from .demo.seeding import seed_transparency
    from .models import Target
    from .registry import discover
    from .services import clear_cache

    discover()
    post_save.connect(clear_cache, sender=Target, dispatch_uid="transparency_target_saved")
    post_delete.connect(clear_cache, sender=Target, dispatch_uid="transparency_target_deleted")
    register_step("transparency", seed_transparency, order=92)
    from core import page_cache

    page_cache.invalidate_on_change(Target)
