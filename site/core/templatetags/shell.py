"""`{% shared_fragment "name" %}…{% endshared_fragment %}`: a part of the page that is the same for every
visitor, rendered once per host, language and content generation (core.page_cache.fragments).

Only for markup that depends on nothing but the language and the site's content: never on the user,
the current page or the query string.
"""

from django import template
from django.utils.safestring import mark_safe

from core.page_cache.fragments import shared

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        name = self.name.resolve(context)
        return mark_safe(shared(context.get("request"), name, lambda: str(self.nodelist.render(context))))  # noqa: S308 - our own rendered template


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the fragment's name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(parser.compile_filter(bits[1]), nodelist)
