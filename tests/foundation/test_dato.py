"""Dates as the minutes give them: a day, or only a year, a month, a part of one, a season.

A partial date is kept as what it is (never rounded to a day) and travels through both
converters: the record's (what a user writes) and the store's (what the log keeps).
"""

from __future__ import annotations

from datetime import date

import pytest
from attrs import frozen

from socialaftale.domain.common import DomainError, check_fields
from socialaftale.domain.dates import (
    PartialDate,
    dato_earliest,
    dato_text,
    parse_dato,
)
from socialaftale.persistence import converter


@pytest.mark.parametrize(("text", "expected"), [
    ("2019-10-24", date(2019, 10, 24)),
    ("24. oktober 2019", date(2019, 10, 24)),
    ("oktober 2019", PartialDate(2019, 10)),
    ("primo april 2013", PartialDate(2013, 4, "primo")),
    ("Ultimo januar 2014", PartialDate(2014, 1, "ultimo")),
    ("forår 2015", PartialDate(2015, None, "forår")),
    ("foråret 2015", PartialDate(2015, None, "forår")),
    ("2015", PartialDate(2015)),
    ("November-december 2019", PartialDate(2019, 11, None, 12)),
    ("februar - april 2020", PartialDate(2020, 2, None, 4)),
])
def test_the_minutes_forms_are_read_as_what_they_say(text: str, expected: object) -> None:
    assert parse_dato(text) == expected


def test_a_year_left_out_is_filled_only_when_the_caller_knows_it() -> None:
    assert parse_dato("primo april", default_year=2013) == PartialDate(2013, 4, "primo")
    with pytest.raises(DomainError) as err:
        parse_dato("primo april")
    assert err.value.rule == "ugyldig-dato" and "årstal" in err.value.message


@pytest.mark.parametrize("text", ["snart", "31. februar 2019", "primo smørrebrød 2013",
                                  "forår 3000"])
def test_a_date_not_understood_lists_the_forms_that_are(text: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_dato(text)
    assert err.value.rule == "ugyldig-dato"
    message = err.value.message
    assert text in message
    # the forms that are understood are listed, or the years a date may lie in
    assert "skriv fx '2019-10-24'" in message or "fra 1900 til 2200" in message


def test_a_partial_date_has_bounds_not_a_day() -> None:
    spring = PartialDate(2015, None, "forår")
    assert (spring.earliest, spring.latest) == (date(2015, 3, 1), date(2015, 5, 31))
    assert dato_earliest(PartialDate(2013, 4, "ultimo")) == date(2013, 4, 21)
    assert dato_text(spring) == "forår 2015"
    assert dato_text(date(2019, 10, 24)) == "2019-10-24"
    assert dato_text(None) == "ukendt"


def test_a_season_with_a_month_or_a_month_part_without_one_is_no_date() -> None:
    with pytest.raises(DomainError):
        PartialDate(2015, 4, "forår")
    with pytest.raises(DomainError):
        PartialDate(2015, None, "primo")
    with pytest.raises(DomainError):
        PartialDate(2015, 13)


@frozen
class _Milestone:
    when: date | PartialDate
    due: date | PartialDate | None = None


@pytest.mark.parametrize("value", [date(2014, 11, 13), PartialDate(2015, None, "forår"),
                                   PartialDate(2013, 4, "primo")])
def test_the_store_keeps_a_day_or_a_partial_date_as_it_was(value: date | PartialDate) -> None:
    before = _Milestone(value, value)
    data = converter.unstructure(before)
    assert converter.structure(data, _Milestone) == before
    assert converter.structure({"when": data["when"], "due": None}, _Milestone).due is None


def test_the_boundary_check_accepts_either_kind_and_refuses_others() -> None:
    check_fields(_Milestone(PartialDate(2015), date(2015, 1, 1)))
    with pytest.raises(DomainError):
        check_fields(_Milestone("primo april"))  # type: ignore[arg-type]


def test_a_span_of_months_is_bounded_by_its_first_and_last_month() -> None:
    # "Februar-april 2020" in a process plan (003_dac07bbacd9158aa.txt, item 7)
    span = parse_dato("Februar-april 2020")
    assert isinstance(span, PartialDate)
    assert (span.earliest, span.latest) == (date(2020, 2, 1), date(2020, 4, 30))
    assert str(span) == "februar-april 2020"
    assert parse_dato(str(span)) == span
    assert parse_dato("juli-oktober", default_year=2020) == PartialDate(2020, 7, None, 10)
    assert converter.structure(converter.unstructure(span), PartialDate) == span


def test_a_single_month_is_stored_as_before_spans_existed() -> None:
    assert converter.unstructure(PartialDate(2019, 10)) == {
        "year": 2019, "month": 10, "part": None}
    assert converter.structure({"year": 2019, "month": 10, "part": None},
                               PartialDate) == PartialDate(2019, 10)


@pytest.mark.parametrize("args", [(2019, 12, None, 11), (2019, 11, None, 11), (2019, None, None, 5),
                                  (2019, 4, "primo", 5), (2019, 11, None, 13)])
def test_a_span_must_run_forward_within_a_year(args: tuple[int, int | None, str | None, int]
                                               ) -> None:
    with pytest.raises(DomainError) as err:
        PartialDate(*args)  # type: ignore[arg-type]
    assert err.value.rule == "ugyldig-dato"
