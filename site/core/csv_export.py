"""The one way the site writes CSV: spreadsheet-safe cells, a UTF-8 BOM, and local ISO-8601 times.

Every CSV download uses it: the open data of the land app, the transparency figures, and the
spreadsheet exports of every Wagtail admin listing (the applications inbox, training rosters, parcel
and zone snippets, Wagtail's own reports), which `apply_to_wagtail_exports()` routes through
`cell()` once at start-up.

Rules, for every cell:
- Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe
  (OWASP's CSV-injection rule), so a spreadsheet shows it as text instead of running it as a formula
  (`=HYPERLINK(...)` typed into a company name stays text in the officer's Excel).
- Numbers (int, float, Decimal) are written as numbers, negative ones too. This is deliberate: they
  come from numeric columns, so their text cannot hold a formula, and a spreadsheet must be able to
  add them up. Text that merely looks like a negative number ("-5" typed into a text field) is text
  and is neutralised like any other text.
- Date-times are written in the site's time zone (Asia/Ho_Chi_Minh) as ISO-8601 without
  microseconds: `2026-11-29T10:15:00+07:00`. Dates are ISO-8601 (`2026-11-29`).
- The file starts with a UTF-8 byte-order mark, so Excel reads Vietnamese diacritics correctly.
"""

import csv
import datetime
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.encoding import force_str

BOM = "\ufeff"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPE = "text/csv; charset=utf-8"


def local_timestamp(value):
    """A date-time as ISO-8601 in the site's time zone, to the second (`2026-11-29T10:15:00+07:00`)."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def cell(value):
    """One value as spreadsheet-safe CSV text (see the module's rules)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, datetime.datetime):
        return local_timestamp(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    text = force_str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def safe_row(values):
    """A row of values as spreadsheet-safe cells."""
    return [cell(value) for value in values]


def write_csv(stream, rows, header=None):
    """Write the BOM, the optional header and `rows` (iterables of values) to a text `stream`."""
    stream.write(BOM)
    writer = csv.writer(stream)
    if header is not None:
        writer.writerow(safe_row(header))
    for row in rows:
        writer.writerow(safe_row(row))


def csv_text(rows, header=None):
    """The whole CSV document as text (BOM included)."""
    buffer = io.StringIO()
    write_csv(buffer, rows, header)
    return buffer.getvalue()


def csv_response(filename, rows, header=None):
    """An attachment download `filename` with `rows` under `header`, following the module's rules."""
    response = HttpResponse(csv_text(rows, header), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class SpreadsheetCsvRules:
    """The CSV side of Wagtail's SpreadsheetExportMixin, written by this module's rules (and XLSX
    date-times in local time rather than UTC). Installed on the mixin by `apply_to_wagtail_exports`."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def stream_csv(self, queryset):
        writer = csv.DictWriter(_Echo(), fieldnames=self.list_export)
        yield BOM.encode("utf-8")
        yield writer.writerow({field: cell(self.get_heading(queryset, field)) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        from django.http import StreamingHttpResponse

        response = StreamingHttpResponse(self.stream_csv(queryset), content_type=CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response


class _Echo:
    """A file-like object whose write returns the UTF-8 bytes, for streaming rows."""

    def write(self, value):
        return value.encode("utf-8")


def _local_naive(value):
    """XLSX has no time zones: show the local wall-clock time, as staff read it everywhere else."""
    return value if timezone.is_naive(value) else timezone.make_naive(value)


def apply_to_wagtail_exports():
    """Make every Wagtail admin CSV export (SpreadsheetExportMixin) follow this module's rules.

    Wagtail escapes formulas in XLSX only; its CSV writes cells verbatim, with no BOM and date-times
    in UTC with microseconds. Patching the mixin once covers the project's viewsets and Wagtail's own
    reports alike, so no listing can be forgotten."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    for name in ("write_csv_row", "stream_csv", "write_csv_response"):
        setattr(SpreadsheetExportMixin, name, SpreadsheetCsvRules.__dict__[name])
    SpreadsheetExportMixin.custom_value_preprocess[datetime.datetime][SpreadsheetExportMixin.FORMAT_XLSX] = _local_naive
