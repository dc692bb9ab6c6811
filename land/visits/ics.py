"""The `.ics` calendar file (RFC 5545) attached to a visit's confirmation: one event, in UTC.

Written here rather than with the icalendar package: one VEVENT needs escaping, CRLF line ends and
75-octet folding, about twenty lines, where the package would bring three new dependencies."""

from datetime import UTC

from django.utils import timezone


def escape(text):
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    text = str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line):
    """Split a content line into lines of at most 75 octets, continuation lines starting with a space
    (RFC 5545 §3.1), never inside a UTF-8 character."""
    parts, current, size, limit = [], "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # a continuation line begins with one space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _utc(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event(*, uid, start, end, summary, description="", location="", status="CONFIRMED", sequence=0, now=None):
    """A VCALENDAR with one VEVENT, as text with CRLF line ends. `start`/`end` are aware datetimes."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Da Lat Software Park//Site visits//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:" + ("CANCEL" if status == "CANCELLED" else "PUBLISH"),
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{_utc(now or timezone.now())}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
        f"SUMMARY:{escape(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
