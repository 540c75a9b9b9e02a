"""The basis of a cost-sharing rule is one value class, and the stored events keep their shape.

The six parts a rule is split on (among whom, cost centre, year, total, population year,
deadline) are declared once, in ``Fordelingsgrundlag``, for the rule, its later basis and
both commands; an event stored before the change and one stored after have the same flat
fields, so old stores load and a record's digest is unchanged.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from socialaftale.domain import budget as b
from socialaftale.persistence import converter

#: The payload fields of the two events as stored before the basis was factored out.
AGREED = {"regel", "formaal", "noegle", "tekst", "blandt", "cost_centre", "year", "total",
          "befolkningsaar", "svarfrist", "betingelse"}
BASIS = {"regel", "total", "befolkningsaar", "svarfrist", "cost_centre", "year", "blandt"}


def test_the_stored_events_keep_their_flat_fields() -> None:
    agreed = b.CostSharingAgreed("r", "et fælleskommunalt NOPII-sekretariat", "befolkningstal",
                                 "udgifterne fordeles efter befolkningstal")
    assert set(converter.unstructure(agreed)) == AGREED
    assert set(converter.unstructure(b.CostSharingBasisSet("r", total=Decimal(5)))) == BASIS


def test_an_event_stored_flat_loads_into_the_shared_basis() -> None:
    payload = {"regel": "r", "total": "1500000.00", "befolkningsaar": 2013,
               "svarfrist": "2014-11-01", "cost_centre": None, "year": None, "blandt": None}
    basis = converter.structure(payload, b.CostSharingBasisSet)
    assert isinstance(basis, b.Fordelingsgrundlag)
    assert basis.known() == {"total": Decimal("1500000.00"), "befolkningsaar": 2013,
                             "svarfrist": date(2014, 11, 1)}


def test_the_rule_and_its_commands_share_one_declaration_of_the_basis() -> None:
    for cls in (b.CostSharingAgreed, b.CostSharingBasisSet, b.AgreeCostSharing,
                b.SetCostSharingBasis):
        assert issubclass(cls, b.Fordelingsgrundlag)
    rule = b.CostSharingAgreed("r", "f", "ligeligt", "t", total=Decimal(10))
    later = b.CostSharingBasisSet("r", befolkningsaar=2014)
    state = b.evolve_state(b.evolve_state(None, rule), later)
    assert state.rule is not None
    assert state.rule.known() == {"total": Decimal(10), "befolkningsaar": 2014}
