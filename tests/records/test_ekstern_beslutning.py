"""A fact decided by a body whose minutes are not in the record (issue 16, point 3).

The minutes report decisions of KKR, KDK, FU or a byråd ("KKR traf ved møde den 4. februar
følgende beslutning vedr. finansiering af sekretariatet.", 002_19692c500b0e1c7c.txt, item 4).
Such a fact carries ``ekstern_beslutning``: who decided, when, and the source's words; the
item that reports it stays its decision reference.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from socialaftale import RecordError, Socialaftale, load_record, open_store
from socialaftale.domain.common import ExternalDecision, Meta
from socialaftale.persistence import converter

HERE = Path(__file__).parent
VALID = (HERE / "valid.yaml").read_text(encoding="utf-8")
KKR_LINE = ("KKR traf ved møde den 4. februar følgende beslutning vedr. finansiering af "
            "sekretariatet.")
ANCHOR = "          note: datoen fremgår ikke\n"


def with_external(*lines: str) -> str:
    """The valid record with ``lines`` added to item 8's ChangePladser fact."""
    assert ANCHOR in VALID
    return VALID.replace(ANCHOR, ANCHOR + "".join(f"          {line}\n" for line in lines))


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.fixture
def store(tmp_path: Path) -> Socialaftale:
    return open_store(str(tmp_path / "r.db"), actor="test")


RECORD = with_external("ekstern_beslutning:", "  organ: KKR", "  dato: 2013-02-04",
                       f'  tekst: "{KKR_LINE}"')


def pladser_meta(store: Socialaftale) -> Meta:
    return next(r.meta for r in store.events() if type(r.event).__name__ == "PladserChanged")


def test_the_external_body_date_and_words_are_kept_beside_the_reporting_item(
        store: Socialaftale) -> None:
    load_record(store, RECORD, "das.yaml")
    meta = pladser_meta(store)
    assert meta.external == ExternalDecision("KKR", date(2013, 2, 4), KKR_LINE)
    assert meta.decision is not None
    assert (meta.decision.meeting, meta.decision.item) == ("das-2019-10-24", "8")
    assert meta.external.describe() == "besluttet af KKR 4. februar 2013 (ifølge kilden)"


def test_the_external_decision_survives_reopening_the_store(tmp_path: Path) -> None:
    first = open_store(str(tmp_path / "r.db"), actor="test")
    load_record(first, RECORD, "das.yaml")
    again = open_store(str(tmp_path / "r.db"), actor="test")
    assert pladser_meta(again).external == ExternalDecision("KKR", date(2013, 2, 4), KKR_LINE)


def test_a_fact_without_one_has_none_and_events_stored_before_the_field_still_load(
        store: Socialaftale) -> None:
    load_record(store, VALID, "das.yaml")
    assert pladser_meta(store).external is None
    old = {"occurred_on": "2019-10-24", "recorded_at": "2019-10-25T10:00:00+00:00",
           "recorded_by": "test", "source": {"document": "x.txt", "item": "8", "note": None},
           "decision": {"meeting": "das-2019-10-24", "item": "8", "clause": None}}
    assert converter.structure(old, Meta).external is None


def test_an_unknown_date_is_said_to_be_unknown(store: Socialaftale) -> None:
    load_record(store, with_external("ekstern_beslutning: {organ: FU, tekst: FU har besluttet}"),
                "das.yaml")
    external = pladser_meta(store).external
    assert external == ExternalDecision("FU", None, "FU har besluttet")
    assert external.describe() == "besluttet af FU (dato ikke angivet) (ifølge kilden)"


def refused(store: Socialaftale, text: str) -> RecordError:
    with pytest.raises(RecordError) as caught:
        load_record(store, text, "das.yaml")
    assert list(store.events()) == []
    return caught.value


def test_an_external_decision_without_its_body_is_refused_at_its_line(
        store: Socialaftale) -> None:
    text = with_external("ekstern_beslutning:", "  organ: ' '", "  dato: 2013-02-04")
    err = refused(store, text)
    assert err.rule == "ekstern-uden-organ"
    assert err.line == line_of(text, "organ: ' '")
    # item 8 as the minutes number it, the fact as the first under it
    assert err.field == "punkter[8].beslutning.fakta[1].ekstern_beslutning.organ"
    assert "organet" in err.message


def test_an_external_decision_that_is_not_a_table_is_refused(store: Socialaftale) -> None:
    text = with_external("ekstern_beslutning: KKR")
    err = refused(store, text)
    assert err.rule == "ugyldig-ekstern-beslutning"
    assert err.line == line_of(text, "ekstern_beslutning: KKR")


def test_a_misspelt_field_of_it_is_named_with_its_line(store: Socialaftale) -> None:
    text = with_external("ekstern_beslutning:", "  organ: KKR", "  datoo: 2013-02-04")
    err = refused(store, text)
    assert err.line == line_of(text, "datoo")
    assert "datoo" in err.message


def test_a_date_that_is_no_date_is_refused_with_its_field(store: Socialaftale) -> None:
    text = with_external("ekstern_beslutning:", "  organ: KKR", "  dato: 2013-02-30")
    err = refused(store, text)
    assert err.line == line_of(text, "2013-02-30")
    assert err.field is not None and err.field.endswith("ekstern_beslutning.dato")


def test_the_sources_verb_is_kept_and_told_instead_of_a_decision(tmp_path: Path) -> None:
    """Where the source states no decision ("FU drøftede … og var enige om", 003 L391), the
    record gives the verb as ``udtryk``; the store tells that, never "besluttet af"."""
    record = with_external("ekstern_beslutning:", "  organ: FU", "  dato: 2019-10-02",
                           "  udtryk: var enige om", f'  tekst: "{KKR_LINE}"')
    load_record(open_store(str(tmp_path / "r.db"), actor="test"), record, "das.yaml")
    external = pladser_meta(open_store(str(tmp_path / "r.db"), actor="test")).external
    assert external == ExternalDecision("FU", date(2019, 10, 2), KKR_LINE, "var enige om")
    assert external.describe() == "FU var enige om (2. oktober 2019, ifølge kilden)"


def test_without_a_verb_the_stored_form_is_as_before() -> None:
    """Events stored before ``udtryk`` and new ones without it have the same keys."""
    stored = converter.unstructure(ExternalDecision("KKR", date(2013, 2, 4), KKR_LINE))
    assert set(stored) == {"body", "dato", "tekst"}
