"""Which app renders which e-mails: a renderer per kind prefix ("applications", "training")."""

from dataclasses import dataclass

_renderers = {}


@dataclass
class RenderedEmail:
    """What a renderer returns: the subject, the text body and optionally an HTML body."""

    subject: str
    text: str
    html: str = ""


@dataclass
class _Entry:
    render: object
    labels: object


def register_renderer(prefix, render, labels=None):
    """`render(email)` returns a RenderedEmail for every `OutgoingEmail` whose kind starts with
    `prefix.`; `labels` (a TextChoices class of the kinds without the prefix) names them for staff."""
    _renderers[prefix] = _Entry(render=render, labels=labels)


def renderer_for(kind):
    entry = _renderers.get(kind.partition(".")[0])
    if entry is None:
        raise LookupError(f"No renderer registered for e-mails of kind {kind!r}")
    return entry.render


def kind_label(kind):
    """The kind as staff read it ("Application received"), or the raw kind when unknown."""
    prefix, _dot, rest = kind.partition(".")
    entry = _renderers.get(prefix)
    if entry is None or entry.labels is None:
        return kind
    try:
        return str(entry.labels(rest).label)
    except ValueError:
        return kind
