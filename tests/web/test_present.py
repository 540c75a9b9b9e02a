"""How the pages show answers: dates and amounts as in the minutes, marked search words, sorting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from socialaftale_web.views.present import dato, highlight, kroner, sort_link, sort_rows


def test_dates_and_amounts_read_as_in_the_minutes() -> None:
    assert dato(date(2019, 10, 24)) == "24. oktober 2019"
    assert dato(None) == ""
    assert kroner(Decimal("1287300")) == "1.287.300 kr."
    assert kroner(Decimal("-164000")) == "-164.000 kr."


def test_a_search_word_is_marked_whatever_its_case_and_the_text_stays_escaped() -> None:
    text = "DAS godkendte ikke udmeldingen af Taleinstituttet/Hjerneskadecenter <TI/HCN>"
    shown = highlight(text, "taleinstituttet")
    assert "<mark>Taleinstituttet</mark>/Hjerneskadecenter" in shown
    assert "&lt;TI/HCN&gt;" in shown and "<TI/HCN>" not in shown


def test_every_word_of_the_query_is_marked_and_a_query_of_markup_is_harmless() -> None:
    shown = highlight("Botilbud Kærvej opsplittes; Kærvej får 15 pladser", "kærvej pladser")
    assert shown.count("<mark>Kærvej</mark>") == 2
    assert "<mark>pladser</mark>" in shown
    assert highlight("a <b> c", "<b>") == "a <mark>&lt;b&gt;</mark> c"
    assert highlight("intet at markere", "   ") == "intet at markere"


def test_rows_sort_by_a_known_column_either_way_with_unknown_values_last() -> None:
    rows = [("Specialenheden", 30), ("Kirketoften", 27), ("Bostedet Aars", None)]
    keys = {"navn": lambda r: r[0], "pladser": lambda r: r[1]}
    up, used, _ = sort_rows(rows, "pladser", "op", keys, "navn")
    assert [r[0] for r in up] == ["Kirketoften", "Specialenheden", "Bostedet Aars"]
    down, _, _ = sort_rows(rows, "pladser", "ned", keys, "navn")
    assert [r[0] for r in down] == ["Specialenheden", "Kirketoften", "Bostedet Aars"]
    unknown, used, _ = sort_rows(rows, "drop table", "op", keys, "navn")
    assert used == "navn" and unknown[0][0] == "Bostedet Aars"


def test_a_column_header_flips_the_order_when_already_sorted_by_it() -> None:
    params = {"as_of": "2020-01-01", "driftsherre": ""}
    assert sort_link("/tilbud", params, "pladser", "navn", "op") == (
        "/tilbud?as_of=2020-01-01&sorter=pladser&retning=op"
    )
    assert sort_link("/tilbud", params, "pladser", "pladser", "op").endswith("retning=ned")
