"""The name rules as properties: whatever text comes in, a name comes out in NFC with only
visible characters, or is refused with rule ``ugyldigt-tegn``; running text is only
normalised; a command nested in another (a correction's replacement) is held to the same."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialaftale import DomainError, Provenance, Source, tilbudsvifte
from socialaftale.domain import names

REFUSED = {"Cc", "Cf", "Cs", "Zl", "Zp"}
PROV = Provenance(date(2019, 10, 24), Source("referat.txt"))


@given(st.text(max_size=40))
def test_a_name_comes_out_in_nfc_with_visible_characters_or_is_refused(text: str) -> None:
    try:
        out = names.name(text, "navn")
    except DomainError as err:
        assert err.rule == "ugyldigt-tegn" and err.field == "navn"
        assert any(unicodedata.category(c) in REFUSED for c in text)
        return
    assert out == unicodedata.normalize("NFC", text)
    assert not any(unicodedata.category(c) in REFUSED for c in out)
    assert names.name(out, "navn") == out  # idempotent


@given(st.text(max_size=40))
def test_running_text_is_only_normalised(text: str) -> None:
    command = tilbudsvifte.RejectUdmelding(key="aalborg/x", request_id="r1", grunde=(text,),
                                           provenance=PROV)
    assert names.normalised(command).grunde == (unicodedata.normalize("NFC", text),)


def test_a_corrections_replacement_is_normalised_and_checked_too() -> None:
    nfd = unicodedata.normalize("NFD", "Tårnby")
    replacement = tilbudsvifte.RegisterTilbud(
        key="taarnby/x", navn="Bo", driftsherre=nfd, effective_on=date(2019, 1, 1),
        provenance=PROV)
    correction = tilbudsvifte.CorrectFact(key="taarnby/x", supersedes=1, grund="slip",
                                          erstatning=replacement, provenance=PROV)
    assert names.normalised(correction).erstatning.driftsherre == "Tårnby"
    hostile = tilbudsvifte.CorrectFact(
        key="taarnby/x", supersedes=1, grund="slip", provenance=PROV,
        erstatning=tilbudsvifte.RegisterTilbud(
            key="taarnby/x", navn="B\u202eo", driftsherre="Tårnby",
            effective_on=date(2019, 1, 1), provenance=PROV))
    with pytest.raises(DomainError) as caught:
        names.normalised(hostile)
    assert (caught.value.rule, caught.value.field) == ("ugyldigt-tegn", "erstatning.navn")


def test_an_unchanged_command_is_the_same_object() -> None:
    command = tilbudsvifte.RegisterTilbud(
        key="taarnby/x", navn="Bøtilbud", driftsherre="Tårnby", effective_on=date(2019, 1, 1),
        provenance=PROV)
    assert names.normalised(command) is command


def test_did_you_mean_offers_the_nearest_known_name_under_each_option() -> None:
    """The one "mente du …?" of every error message (issue 16): nearest by difflib's ratio
    above the cutoff; case ignored when asked; names equal but for case first, all of them."""
    known = ["DAS Social", "das social", "Styregruppen", "Aalborg"]
    assert names.did_you_mean("Styregrupen", known) == " — mente du Styregruppen?"
    assert names.did_you_mean("Xyz", known) == ""
    assert names.did_you_mean("Aalborgg", known, cutoff=0.95) == ""
    assert names.did_you_mean("STYREGRUPEN", known) == ""
    assert names.did_you_mean("STYREGRUPEN", known, ignore_case=True) == \
        " — mente du Styregruppen?"
    assert names.did_you_mean(" Das Social ", known, same_but_case=True) == \
        " — mente du DAS Social eller das social?"
    assert names.did_you_mean("Aalborgg", known, same_but_case=True) == " — mente du Aalborg?"
