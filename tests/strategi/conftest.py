"""Steps for features/strategi.feature."""

from __future__ import annotations

from datetime import date

from pytest_bdd import parsers, then, when

from socialaftale import (
    DecisionRef,
    Provenance,
    Socialaftale,
    Source,
    parse_danish_date,
    parse_dato,
)
from socialaftale import strategi as st
from socialaftale.domain.dates import dato_earliest

MINUTES = "003_dac07bbacd9158aa.txt"
PERIOD = "2021-2022"


@when(parsers.parse('DAS den 24. oktober 2019 punkt 7 vælger visionen "{vision}" og '
                    'fokusområderne, note: "{note}":'))
def choose(store: Socialaftale, vision: str, note: str, datatable: list[list[str]]) -> None:
    store.record(st.ChooseStrategy(
        periode=PERIOD, vision=vision,
        fokus=tuple(st.Fokusomraade(label, titel, status, merged or None)  # type: ignore[arg-type]
                    for label, titel, status, merged in datatable[1:]),
        provenance=Provenance(date(2019, 10, 24), Source(MINUTES, "7", note),
                              DecisionRef("das-2019-10-24", "7"))))


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
    assert "kalder specialiseringsområdet F" in s.kildenote and "kalder det E" in s.kildenote


@then("advarer strategien ikke om antallet af fokusområder")
def no_warning(store: Socialaftale) -> None:
    s = store.strategy(PERIOD)
    assert s is not None and s.advarsler == ()


@then(parsers.parse('advarer strategien "{warning}"'))
def warning(store: Socialaftale, warning: str) -> None:
    s = store.strategy(PERIOD)
    assert s is not None and s.advarsler == (warning,)


@when(parsers.parse("årshjulet for {aar:d} får arrangementerne:"))
def plan(store: Socialaftale, aar: int, datatable: list[list[str]]) -> None:
    store.record(*(
        st.PlanAarshjulEvent(aar=aar, dato=parse_danish_date(dato), titel=titel,
                             maalgruppe=maal,
                             provenance=Provenance(date(2019, 10, 24), Source(MINUTES, "11"),
                                                   DecisionRef("das-2019-10-24", "11")))
        for dato, titel, maal in datatable[1:]))


@then(parsers.parse('rummer årshjulet for {aar:d} {n:d} arrangementer, først "{titel}" den '
                    '"{dato}"'))
def aarshjul(store: Socialaftale, aar: int, n: int, titel: str, dato: str) -> None:
    posts = store.aarshjul(aar)
    assert len(posts) == n
    assert (posts[0].titel, posts[0].dato) == (titel, parse_dato(dato))
    firsts = [dato_earliest(p.dato) for p in posts]
    assert firsts == sorted(firsts)


@when(parsers.parse('SOCDIR den 18. marts 2013 punkt "{item}" lægger i årshjulet for {aar:d}:'))
def plan_socdir(store: Socialaftale, item: str, aar: int, datatable: list[list[str]]) -> None:
    """Dates as the referat gives them: "primo april", "ved møde i juni"."""
    store.record(*(
        st.PlanAarshjulEvent(aar=aar, dato=parse_dato(dato, default_year=aar), titel=titel,
                             maalgruppe=maal or None,
                             provenance=Provenance(date(2013, 3, 18),
                                                   Source("002_19692c500b0e1c7c.txt", item),
                                                   DecisionRef("socdir-2013-03-18", item)))
        for dato, titel, maal in datatable[1:]))


@then(parsers.parse('viser årshjulet for {aar:d} datoerne {datoer}'))
def shown_dates(store: Socialaftale, aar: int, datoer: str) -> None:
    assert ", ".join(f'"{p.dato}"' for p in store.aarshjul(aar)) == datoer
