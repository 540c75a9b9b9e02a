"""The shared kernel's value rules: money, dates and names as the minutes write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from socialaftale import (
    DomainError,
    PartialDate,
    driftsherre,
    end_of_week,
    format_kroner,
    kommune,
    parse_danish_date,
    parse_kroner,
)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1.287.300", Decimal("1287300.00")),
        ("-56.300", Decimal("-56300.00")),
        ("-7000", Decimal("-7000.00")),
        ("0", Decimal("0.00")),
        ("1,77 mio. kr.", Decimal("1770000.00")),
        ("366.000 kr.", Decimal("366000.00")),
        ("12,5", Decimal("12.50")),
    ],
)
def test_amounts_are_read_as_the_minutes_write_them(text: str, amount: Decimal) -> None:
    assert parse_kroner(text) == amount


@pytest.mark.parametrize("text", ["1.28.300", "abc", "1,2,3", ""])
def test_an_unreadable_amount_is_refused_with_the_text_named(text: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_kroner(text)
    assert repr(text)[1:-1] in err.value.message
    assert err.value.rule == "ugyldigt-beløb"


def test_amounts_are_formatted_in_danish() -> None:
    assert format_kroner(Decimal("1287300")) == "1.287.300 kr."
    assert format_kroner(Decimal("-56300")) == "-56.300 kr."
    assert format_kroner(Decimal("1234.5"), unit=False) == "1.234,50"


def test_week_deadlines_resolve_to_the_last_day_of_the_iso_week() -> None:
    assert end_of_week(2014, 47) == date(2014, 11, 23)
    with pytest.raises(DomainError, match="uge 54 findes ikke i 2014"):
        end_of_week(2014, 54)


def test_danish_dates_parse_and_impossible_dates_are_named() -> None:
    assert parse_danish_date("24. oktober 2019") == date(2019, 10, 24)
    assert parse_danish_date("2013-03-18") == date(2013, 3, 18)
    with pytest.raises(DomainError, match="dato 2019-02-30 findes ikke"):
        parse_danish_date("2019-02-30")


def test_a_partial_date_keeps_its_bounds_and_is_never_rounded_to_a_day() -> None:
    primo_april = PartialDate(2013, 4, "primo")
    assert (primo_april.earliest, primo_april.latest) == (date(2013, 4, 1), date(2013, 4, 10))
    assert str(primo_april) == "primo april 2013"
    assert PartialDate(2019).latest == date(2019, 12, 31)


def test_names_are_normalised_and_misspellings_get_a_suggestion() -> None:
    assert kommune("Aalborg Kommune") == "Aalborg"
    assert driftsherre("Region Nordjylland") == "Region Nordjylland"
    with pytest.raises(DomainError) as err:
        kommune("Aalbrog")
    assert err.value.message == "ukendt kommune 'Aalbrog' — mente du Aalborg?"


def test_the_record_knows_all_98_municipalities_in_five_regions() -> None:
    from socialaftale import KOMMUNER, NORDJYLLAND, REGIONER

    assert len(KOMMUNER) == len(set(KOMMUNER)) == 98
    assert len(REGIONER) == 5
    assert len(NORDJYLLAND) == 11
