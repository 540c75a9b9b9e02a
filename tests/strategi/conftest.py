"""Steps for features/strategi.feature (the real records) and features/strategi_regler.feature
(a made-up period and events from a made-up source)."""

from __future__ import annotations

import re
from datetime import date

from pytest_bdd import parsers, then, when

from socialaftale import (
    DecisionRef,
    Provenance,
    Socialaftale,
    Source,
    parse_dato,
)
from socialaftale import strategi as st
from socialaftale.domain.dates import dato_earliest

PERIOD = "Nordjysk Socialaftale 2021-2022"
MADE_UP = "opdigtet-referat.txt"


def _made_up(on: date, item: str) -> Provenance:
    return Provenance(on, Source(MADE_UP, item), DecisionRef(f"opdigtet-raad-{on}", item))


@then(parsers.parse('har Nordjysk Socialaftale 2021-2022 fokusområderne "{labels}" besluttet '
                    'ved "{decision}"'))
def chosen(store: Socialaftale, labels: str, decision: str) -> None:
    s = store.strategy(PERIOD)
    assert s is not None
    assert [f.label for f in s.valgt] == labels.split(", ")
    assert s.beslutning == decision and s.vision.startswith("Egenmestring")


@then(parsers.parse('er "{label}" lagt sammen med "{other}"'))
def merged(store: Socialaftale, label: str, other: str) -> None:
    s = store.strategy(PERIOD)
    assert s is not None
    assert [(f.label, f.lagt_sammen_med) for f in s.lagt_sammen] == [(label, other)]


@then("viser strategien kildenoten om bogstaverne E og F")
def source_note(store: Socialaftale) -> None:
    s = store.strategy(PERIOD)
    assert s is not None and s.kildenote is not None
    # the note names both letters the minutes use for one focus area (L793 F, L838 and L842 E)
    assert re.search(r"\bE\b", s.kildenote) and re.search(r"\bF\b", s.kildenote), s.kildenote


@then("advarer strategien ikke om antallet af fokusområder")
def no_warning(store: Socialaftale) -> None:
    s = store.strategy(PERIOD)
    assert s is not None and s.advarsler == ()


@then(parsers.parse('rummer årshjulet for {aar:d} {n:d} arrangementer, først "{titel}" den '
                    '"{dato}"'))
def aarshjul(store: Socialaftale, aar: int, n: int, titel: str, dato: str) -> None:
    posts = store.aarshjul(aar)
    assert len(posts) == n
    assert (posts[0].titel, posts[0].dato) == (titel, parse_dato(dato))
    firsts = [dato_earliest(p.dato) for p in posts]
    assert firsts == sorted(firsts)


@then(parsers.parse('rummer årshjulet for {aar:d} {n:d} arrangementer fra "{meeting_id}" punkt '
                    '"{punkt}", først "{titel}" den "{dato}"'))
def aarshjul_of_item(store: Socialaftale, aar: int, n: int, meeting_id: str, punkt: str,
                     titel: str, dato: str) -> None:
    """The entries the item itself decided (not those another body's decision carries)."""
    posts = [p for p in store.aarshjul(aar)
             if p.beslutning == f"{meeting_id} pkt. {punkt}" and p.besluttet_af is None]
    assert len(posts) == n, posts
    assert (posts[0].titel, posts[0].dato) == (titel, parse_dato(dato))


@when(parsers.parse('det opdigtede råd vælger for perioden "{periode}" visionen "{vision}" og '
                    'fokusområderne:'))
def choose(store: Socialaftale, periode: str, vision: str, datatable: list[list[str]]) -> None:
    store.record(st.ChooseStrategy(
        periode=periode, vision=vision,
        fokus=tuple(st.Fokusomraade(label, titel, status, merged or None)  # type: ignore[arg-type]
                    for label, titel, status, merged in datatable[1:]),
        provenance=_made_up(date(2030, 10, 24), "7")))


@then(parsers.parse('advarer strategien for "{periode}" "{warning}"'))
def warning(store: Socialaftale, periode: str, warning: str) -> None:
    s = store.strategy(periode)
    assert s is not None and s.advarsler == (warning,)


@when(parsers.parse("det opdigtede råd lægger i årshjulet for {aar:d}:"))
def plan_partial(store: Socialaftale, aar: int, datatable: list[list[str]]) -> None:
    """Dates as a source may give them: "primo april", "juni"."""
    store.record(*(
        st.PlanAarshjulEvent(aar=aar, dato=parse_dato(dato, default_year=aar), titel=titel,
                             maalgruppe=maal or None, provenance=_made_up(date(aar, 3, 18), "6"))
        for dato, titel, maal in datatable[1:]))


@then(parsers.parse('viser årshjulet for {aar:d} datoerne {datoer}'))
def shown_dates(store: Socialaftale, aar: int, datoer: str) -> None:
    assert ", ".join(f'"{p.dato}"' for p in store.aarshjul(aar)) == datoer
