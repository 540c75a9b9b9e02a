"""Money in Danish kroner with øre, as ``Decimal``.

The minutes write 1.287.300 (dot for thousands), -56.300 and 1,77 mio. kr.
(comma for decimals). Amounts are never floats.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from .common import AMOUNT_DIGITS, DomainError, amount_problem

__all__ = ["ORE", "finite", "format_kroner", "kroner", "parse_kroner"]

ORE = Decimal("0.01")

_AMOUNT = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$")


def kroner(value: Decimal | int | str) -> Decimal:
    """An amount in kroner with øre; refuses anything that is not a number, has more than
    two decimals (never rounded: the record keeps what was written) or too many digits."""
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise DomainError(f"beløbet '{value}' er ikke et tal", rule="ugyldigt-beløb") from None
    if not amount.is_finite():
        raise DomainError(f"beløbet '{value}' er ikke et tal", rule="ugyldigt-beløb")
    problem = amount_problem(amount)
    if problem is not None:
        raise DomainError(f"beløbet '{value}' {problem[0]}", rule=problem[1])
    return amount.quantize(ORE)


def finite(instance: object, attribute: Any, value: Decimal) -> None:
    """attrs validator for an amount field: a finite Decimal, never NaN, infinity or a float."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"{attribute.name}: beløbet '{value}' er ikke et endeligt tal")


def parse_kroner(text: str) -> Decimal:
    """Parse an amount as the minutes write it: "1.287.300", "-7000", "1,77 mio. kr."."""
    raw = text.strip().removesuffix("kr.").strip()
    factor = Decimal(1)
    if raw.endswith("mio."):
        raw, factor = raw.removesuffix("mio.").strip(), Decimal(1_000_000)
    raw = raw.replace(" ", "")
    if sum(c.isdigit() for c in raw) > 2 * AMOUNT_DIGITS:  # before Decimal's 28 digits give out
        raise DomainError(f"beløbet '{text}' har for mange cifre (højst {AMOUNT_DIGITS} før "
                          "kommaet)", rule="beloeb-for-stort")
    if not _AMOUNT.match(raw):
        raise DomainError(
            f"beløbet '{text}' kan ikke læses (skriv fx 1.287.300 eller 1,77 mio. kr.)",
            rule="ugyldigt-beløb",
        )
    amount = Decimal(raw.replace(".", "").replace(",", ".")) * factor
    problem = amount_problem(amount)
    if problem is not None:
        raise DomainError(f"beløbet '{text}' {problem[0]}", rule=problem[1])
    return amount.quantize(ORE)


def format_kroner(amount: Decimal, *, unit: bool = True) -> str:
    """Format as the minutes do: 1.287.300 kr., -56.300 kr., 12,50 kr."""
    q = amount.quantize(ORE, rounding=ROUND_HALF_EVEN)  # shown to the øre; stored as it is
    sign = "-" if q < 0 else ""
    whole, _, ore = f"{abs(q):.2f}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    text = f"{sign}{groups}" + ("" if ore == "00" else f",{ore}")
    return f"{text} kr." if unit else text
