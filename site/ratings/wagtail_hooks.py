from wagtail import hooks


@hooks.register("register_admin_viewset")
def register_rating_viewset():
    """Satisfaction ratings, read-only, for the staff of each rated service (ratings.admin)."""
    from .admin import RatingViewSet

    return RatingViewSet("ratings_admin")
