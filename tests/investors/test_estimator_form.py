"""The estimator's project profile: every bad input is refused with a clear message."""

from django.utils import translation

import pytest

from investors.forms import EstimatorForm

VALID = {
    "sector": "software_production",
    "capital_usd": "2000000",
    "employees": "80",
    "annual_revenue_usd": "1000000",
    "profit_margin": "20",
    "parcel": "",
    "years": "15",
}

BAD_INPUTS = [
    ({"sector": "astrology"}, "Choose one of the listed sectors."),
    ({"sector": ""}, "Choose a sector."),
    ({"capital_usd": "-5"}, "This cannot be negative."),
    ({"capital_usd": "lots"}, "Enter a number using digits"),
    ({"capital_usd": "NaN"}, "Enter a number using digits"),
    ({"capital_usd": "1e40"}, "enter at most 10 billion USD"),
    ({"capital_usd": "10.555"}, "Use at most two decimal places."),
    ({"employees": "-1"}, "This cannot be negative."),
    ({"employees": "2.5"}, "Enter a whole number of people."),
    ({"employees": "9999999"}, "Enter at most 100,000 employees."),
    ({"annual_revenue_usd": "Infinity"}, "Enter a number using digits"),
    ({"annual_revenue_usd": "99999999999999"}, "Enter at most 10 billion USD a year."),
    ({"profit_margin": "150"}, "A margin lies between -100% and 100%."),
    ({"profit_margin": "-101"}, "A margin lies between -100% and 100%."),
    ({"years": "0"}, "Estimate between 1 and 30 years."),
    ({"years": "31"}, "Estimate between 1 and 30 years."),
    ({"years": "ten"}, "Enter a whole number of years."),
    ({"years": ""}, "This field is required."),
    ({"parcel": "Z-99"}, "This parcel is not available"),
    ({"area_m2": "0"}, "Enter an area of at least 1 m²."),
    ({"area_m2": "50000000"}, "The whole park is smaller than that"),
    ({"parcel": "A-12", "area_m2": "100"}, "Choose a parcel or enter an area, not both."),
]


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English unless a test switches language."""
    with translation.override("en"):
        yield


def form_with(**changes):
    return EstimatorForm({**VALID, **changes}, parcel_choices=[("A-12", "A-12")])


def test_a_complete_profile_is_valid_and_the_margin_may_be_a_loss():
    assert form_with().is_valid()
    assert form_with(profit_margin="-35", parcel="A-12").is_valid()


@pytest.mark.parametrize(("changes", "message"), BAD_INPUTS)
def test_each_bad_input_is_refused_with_a_clear_message(changes, message):
    form = form_with(**changes)

    assert not form.is_valid()
    assert message in " ".join(str(error) for errors in form.errors.values() for error in errors)


def test_an_absurd_number_gives_one_message_not_several():
    form = form_with(annual_revenue_usd="1e99")

    assert form.errors["annual_revenue_usd"] == ["Enter at most 10 billion USD a year."]


def test_messages_are_in_vietnamese_for_vietnamese_readers():
    with translation.override("vi"):
        form = form_with(sector="astrology", profit_margin="500")
        assert form.errors["sector"] == ["Hãy chọn một lĩnh vực trong danh sách."]
        assert form.errors["profit_margin"] == ["Tỷ suất lợi nhuận phải nằm trong khoảng từ -100% đến 100%."]
