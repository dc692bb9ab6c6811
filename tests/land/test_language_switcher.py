"""The language switcher keeps the reader on the same parcel, list filters or plan."""

import pytest

from tests.factories.land import ParcelFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "translation"),
    [
        ("/en/land/{code}/", '<a href="/vi/quy-dat/{code}/" hreflang="vi"'),
        ("/vi/quy-dat/{code}/", '<a href="/en/land/{code}/" hreflang="en"'),
        ("/en/land/plan/", '<a href="/vi/quy-dat/plan/" hreflang="vi"'),
        (
            "/en/land/?sort=-area&status=available",
            '<a href="/vi/quy-dat/?sort=-area&amp;status=available" hreflang="vi"',
        ),
    ],
)
def test_switching_language_keeps_the_route_and_filters(client, land_pages, url, translation):
    parcel = ParcelFactory(code="A-12")
    code = parcel.code.lower()
    html = client.get(url.format(code=code)).content.decode()
    assert translation.format(code=code) in html
