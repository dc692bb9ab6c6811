"""Views of the land index page's routes: list, plan, compare, detail and open data."""
