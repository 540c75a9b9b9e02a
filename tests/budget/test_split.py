"""Splitting a total by population: exact to the øre, fair to the øre."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from socialaftale.domain.budget import largest_remainder

totals = st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False,
                     allow_infinity=False)
populations = st.dictionaries(st.text(min_size=1, max_size=8), st.integers(1, 2_000_000),
                              min_size=1, max_size=98)


@given(totals, populations)
def test_any_split_sums_exactly_and_no_share_is_a_whole_ore_off(
    total: Decimal, weights: dict[str, int]
) -> None:
    shares = largest_remainder(total, weights)
    assert set(shares) == set(weights)
    assert sum(shares.values()) == total
    whole = sum(weights.values())
    for k, share in shares.items():
        exact = total * weights[k] / whole
        assert abs(share - exact) < Decimal("0.01")
        assert share == share.quantize(Decimal("0.01"))


def test_equal_populations_get_the_extra_ore_in_name_order() -> None:
    assert largest_remainder(Decimal("1.00"), {"Rebild": 1, "Læsø": 1, "Aalborg": 1}) == {
        "Aalborg": Decimal("0.34"), "Læsø": Decimal("0.33"), "Rebild": Decimal("0.33")}
