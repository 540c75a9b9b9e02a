"""Merge suggestions: spellings the real minutes use for one person meet; strangers don't."""

import pytest

from socialaftale.domain.personer import foreslaa_sammenfald


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Testa E. Fiktivsen", "Testa E. Fiktivsen Holm"),
        ("Testa Blom Fiktivsen", "Testa B. Fiktivsen"),
        ("Testa Fiktivgård", "Testa Fiktivgaard"),
        ("Testa Fiktivsen", "Testa Fiktivsen Pedersen"),
    ],
)
def test_spellings_of_one_person_are_suggested(a: str, b: str) -> None:
    forslag = foreslaa_sammenfald(a, b)
    assert forslag is not None
    assert (forslag.navn_a, forslag.navn_b) == (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Testa Fiktivsen", "Testa Fiktivsen"),
        ("Testa Fiktivsen", "Anna Fiktivsen"),
        ("Testa", "Testa Fiktivsen"),
        ("Testa B. Fiktivsen", "Testa K. Fiktivsen"),
        ("Testa Blomgren", "Testa B. Fiktivsen"),
    ],
)
def test_different_people_are_not_suggested(a: str, b: str) -> None:
    assert foreslaa_sammenfald(a, b) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # 001 l. 28 "Hilde E. Thun Holst/ref" and l. 146 "Hilde E. Thun Sekretariatet (formand)"
        ("Hilde E. Thun", "Hilde E. Thun Holst"),
        # 002 l. 15 "Lone Boelt Møller" and 001 l. 144 "Lone B. Møller, Sekretariatet"
        ("Lone Boelt Møller", "Lone B. Møller"),
        # 001 l. 134 "Mette Brandt, Frederikshavn kommune" and 003 l. 22 "Mette Brandt Pedersen"
        ("Mette Brandt", "Mette Brandt Pedersen"),
        # 002 l. 256 "kommunaldirektør Niels Højgaard" (issue 16: also spelled Højgård)
        ("Niels Højgaard", "Niels Højgård"),
    ],
)
def test_the_real_minutes_spellings_are_suggested(a: str, b: str) -> None:
    assert foreslaa_sammenfald(a, b) is not None
