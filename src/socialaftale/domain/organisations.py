"""Municipalities and regions: the parties of the agreements.

The record is national in shape (five regions, 98 municipalities) though the
minutes it starts from are North Jutland's. Names are kept as the people use
them ("Aalborg", "Region Nordjylland"); input such as "Aalborg Kommune" is
normalised, and a misspelling gets a suggestion.
"""

from __future__ import annotations

import unicodedata

from .common import DomainError
from .names import did_you_mean

__all__ = [
    "KOMMUNER",
    "NORDJYLLAND",
    "REGIONER",
    "driftsherre",
    "is_driftsherre",
    "kommune",
    "region_of",
]

REGIONER: dict[str, tuple[str, ...]] = {
    "Region Nordjylland": (
        "Aalborg", "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø",
        "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerland",
    ),
    "Region Midtjylland": (
        "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande",
        "Lemvig", "Norddjurs", "Odder", "Randers", "Ringkøbing-Skjern", "Samsø",
        "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg", "Aarhus",
    ),
    "Region Syddanmark": (
        "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn",
        "Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart", "Nordfyns",
        "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen",
        "Vejle", "Ærø", "Aabenraa",
    ),
    "Region Sjælland": (
        "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre",
        "Lolland", "Næstved", "Odsherred", "Ringsted", "Roskilde", "Slagelse", "Solrød",
        "Sorø", "Stevns", "Vordingborg",
    ),
    "Region Hovedstaden": (
        "Albertslund", "Allerød", "Ballerup", "Bornholm", "Brøndby", "Dragør", "Egedal",
        "Fredensborg", "Frederiksberg", "Frederikssund", "Furesø", "Gentofte",
        "Gladsaxe", "Glostrup", "Gribskov", "Halsnæs", "Helsingør", "Herlev",
        "Hillerød", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ishøj", "København",
        "Lyngby-Taarbæk", "Rudersdal", "Rødovre", "Tårnby", "Vallensbæk",
    ),
}

KOMMUNER: tuple[str, ...] = tuple(k for ks in REGIONER.values() for k in ks)
NORDJYLLAND: tuple[str, ...] = REGIONER["Region Nordjylland"]

_REGION_OF = {k: r for r, ks in REGIONER.items() for k in ks}


def _strip(name: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", name).split())  # "Tårnby" in any spelling
    for suffix in (" Kommune", " kommune", " Kommunes", " kommunes"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _unknown(what: str, name: str, candidates: tuple[str, ...], field: str) -> DomainError:
    hint = did_you_mean(_strip(name), candidates)
    return DomainError(f"ukendt {what} '{name}'{hint}", rule=f"ukendt-{what}", field=field)


def kommune(name: str, *, field: str = "kommune") -> str:
    """The canonical name of a municipality ("Aalborg Kommune" → "Aalborg")."""
    text = _strip(name)
    if text in _REGION_OF:
        return text
    raise _unknown("kommune", name, KOMMUNER, field)


def is_driftsherre(name: str) -> bool:
    """Whether ``name`` is a canonical municipality or region name."""
    return name in _REGION_OF or name in REGIONER


def driftsherre(name: str, *, field: str = "driftsherre") -> str:
    """The canonical name of an operator: a municipality or a region."""
    text = _strip(name)
    if text in _REGION_OF or text in REGIONER:
        return text
    raise _unknown("driftsherre", name, KOMMUNER + tuple(REGIONER), field)


def region_of(kommune_name: str) -> str:
    """The region a municipality lies in."""
    return _REGION_OF[kommune(kommune_name)]
