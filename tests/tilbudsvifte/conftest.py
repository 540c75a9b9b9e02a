"""Step definitions for the tilbudsvifte features.

features/tilbudsvifte.feature loads the real records (DAS 24 October 2019 item 8) and only
asks; features/tilbudsvifte_regler.feature sets up made-up offers from a made-up source
(``ctx.document``) with the steps under "setting up", so no made-up fact cites a minute.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from socialaftale import DecisionRef, DomainError, Provenance, Socialaftale, Source
from socialaftale.domain.dates import parse_danish_date
from socialaftale.domain.tilbudsvifte import (
    AgreeBilateralExemption,
    ApproveIndmelding,
    ApproveUdmelding,
    ChangePladser,
    CloseTilbud,
    CorrectFact,
    PladsDel,
    RegisterTilbud,
    RejectUdmelding,
    RequestIndmelding,
    RequestUdmelding,
    SetFrister,
    TilbudClosed,
    parse_lovgrundlag,
)

MINUTES = "003_dac07bbacd9158aa.txt"
MADE_UP = "opdigtet-referat.txt"
MADE_UP_TAKSTBILAG = "opdigtet-takstbilag.pdf"


class Ctx:
    """What a scenario has set up: the store, the commands waiting to be recorded, outcomes."""

    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.pending: list[Any] = []
        self.meeting: DecisionRef | None = None
        self.meeting_date: date | None = None
        self.error: DomainError | None = None
        self.log_before: int | None = None
        self.document = MINUTES  # the made-up scenarios' steps record from MADE_UP
        self.aar = 2020

    def provenance(self, note: str | None = None) -> Provenance:
        assert self.meeting is not None and self.meeting_date is not None
        return Provenance(
            occurred_on=self.meeting_date,
            source=Source(self.document, self.meeting.item, note),
            decision=self.meeting,
        )

    def log_length(self) -> int:
        return sum(1 for _ in self.store.events())


@pytest.fixture
def ctx(store: Socialaftale) -> Ctx:
    return Ctx(store)


def _d(text: str) -> date:
    return parse_danish_date(text)


def _places(text: str) -> int | None:
    return None if text.strip() in ("", "ukendt") else int(text)


def _flag(text: str) -> bool | None:
    return {"ja": True, "nej": False, "ukendt": None}[text.strip()]


def _rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    header = [h.strip() for h in datatable[0]]
    return [dict(zip(header, (c.strip() for c in row), strict=True)) for row in datatable[1:]]


def _note(note: str | None) -> str | None:
    return note or None


# -- the real records -------------------------------------------------------------------


# -- setting up (made-up offers, from a made-up source) ----------------------------------


@given(
    parsers.parse(
        'fristerne for tilbudsviften {aar:d} er ind- og udmelding "{iu}" og takster "{tk}"'
    )
)
def frister(ctx: Ctx, aar: int, iu: str, tk: str) -> None:
    ctx.document, ctx.aar = MADE_UP, aar
    ctx.store.record(
        SetFrister(
            aar=aar,
            ind_udmelding=_d(iu),
            takster=_d(tk),
            provenance=Provenance(occurred_on=_d(iu), source=Source(MADE_UP, "8")),
        )
    )


@given("tilbudsviften ifølge det opdigtede takstbilag rummer:")
def takstbilag(ctx: Ctx, datatable: list[list[str]]) -> None:
    commands = []
    for row in _rows(datatable):
        fra = _d(row["i tilbudsviften fra"])
        note = "om tilbuddet var med i tilbudsviften før denne dato, vides ikke"
        commands.append(
            RegisterTilbud(
                key=row["nøgle"],
                navn=row["tilbud"],
                driftsherre=row["driftsherre"],
                lovgrundlag=parse_lovgrundlag(row["lovgrundlag"]) if row["lovgrundlag"] else (),
                pladser=_places(row["pladser"]),
                forstaerket_samarbejde=_flag(row["forstærket samarbejde"]),
                effective_on=fra,
                provenance=Provenance(
                    occurred_on=fra, source=Source(MADE_UP_TAKSTBILAG, None, note)
                ),
            )
        )
    ctx.store.record(*commands)


@given(
    parsers.parse(
        '"{key}" "{navn}" ({driftsherre}) er registreret uden for tilbudsviften fra "{fra}"'
    )
)
def registered_outside(ctx: Ctx, key: str, navn: str, driftsherre: str, fra: str) -> None:
    ctx.store.record(
        RegisterTilbud(
            key=key,
            navn=navn,
            driftsherre=driftsherre,
            effective_on=_d(fra),
            i_tilbudsviften=False,
            provenance=Provenance(occurred_on=_d(fra), source=Source(MADE_UP_TAKSTBILAG)),
        )
    )


@given(
    parsers.re(
        r'(?P<dh>\w+) har meldt "(?P<key>[^"]+)" (?P<art>ud af|ind i) tilbudsviften '
        r'(?P<aar>\d+) som anmodning "(?P<rid>[^"]+)"(?:, modtaget "(?P<modtaget>[^"]+)")?'
    )
)
def request(ctx: Ctx, dh: str, key: str, art: str, aar: str, rid: str,
            modtaget: str | None) -> None:
    received = _d(modtaget) if modtaget else None
    note = None if received else "modtagelsesdatoen fremgår ikke af kilden"
    prov = Provenance(occurred_on=received or date(int(aar) - 1, 10, 1),
                      source=Source(ctx.document, "8", note))
    cls = RequestUdmelding if art == "ud af" else RequestIndmelding
    ctx.pending.append(cls(key=key, request_id=rid, aar=int(aar), modtaget=received,
                           provenance=prov))


@given(
    parsers.parse("DAS behandler på mødet den {dato} punkt {item} disse ind- og udmeldinger:")
)
def meeting(ctx: Ctx, dato: str, item: str) -> None:
    ctx.meeting_date = _d(dato)
    ctx.meeting = DecisionRef(meeting=f"das-{ctx.meeting_date.isoformat()}", item=item)


# -- the changes of the table (each waits for the decision to be recorded) --------------

_NOTE = r'(?:, note: "(?P<note>[^"]+)")?'


@given(
    parsers.re(
        r'pladserne i "(?P<key>[^"]+)" ændres til (?P<n>-?\d+) fra "(?P<fra>[^"]+)"'
        r"(?P<afl>, og 1 aflastningsplads er kommunal)?" + _NOTE
    )
)
def change_places(ctx: Ctx, key: str, n: str, fra: str, afl: str | None,
                  note: str | None) -> None:
    dele = (PladsDel(1, "aflastningsplads (kommunal)", False),) if afl else ()
    ctx.pending.append(ChangePladser(key=key, effective_on=_d(fra), pladser=int(n),
                                     pladsdele=dele, provenance=ctx.provenance(note)))


@given(parsers.re(r'"(?P<key>[^"]+)" er lukket pr\. "(?P<fra>[^"]+)"' + _NOTE))
def closed(ctx: Ctx, key: str, fra: str, note: str | None) -> None:
    ctx.pending.append(CloseTilbud(key=key, effective_on=_d(fra),
                                   provenance=ctx.provenance(note)))


@given(
    parsers.re(
        r'DAS godkender ikke udmeldingen "(?P<rid>[^"]+)" af "(?P<key>[^"]+)" '
        r"på følgende grundlag" + _NOTE + ":"
    )
)
def reject_udmelding(ctx: Ctx, rid: str, key: str, note: str | None, docstring: str) -> None:
    grunde = tuple(line.strip() for line in docstring.splitlines() if line.strip())
    ctx.pending.append(RejectUdmelding(key=key, request_id=rid, grunde=grunde,
                                       provenance=ctx.provenance(note)))


@given(
    parsers.re(
        r'DAS godkender (?P<art>udmeldingen|indmeldingen) "(?P<rid>[^"]+)" af "(?P<key>[^"]+)" '
        r'fra "(?P<fra>[^"]+)"(?P<late> trods overskredet frist)?'
    )
)
def approve(ctx: Ctx, art: str, rid: str, key: str, fra: str, late: str | None) -> None:
    cls = ApproveUdmelding if art == "udmeldingen" else ApproveIndmelding
    ctx.pending.append(cls(key=key, request_id=rid, effective_on=_d(fra),
                           trods_frist=bool(late), provenance=ctx.provenance()))


@given(
    parsers.parse(
        '"{key}" undtages ved bilaterale aftaler med "{kommuner}" fra "{fra}"'
    )
)
def exemption(ctx: Ctx, key: str, kommuner: str, fra: str) -> None:
    ctx.pending.append(
        AgreeBilateralExemption(key=key, effective_on=_d(fra),
                                koeberkommuner=tuple(k.strip() for k in kommuner.split(",")),
                                provenance=ctx.provenance())
    )


@given(parsers.parse('lukningen af "{key}" rettes til "{fra}", fordi "{grund}"'))
def correct_closure(ctx: Ctx, key: str, fra: str, grund: str) -> None:
    version = next(
        r.version for r in ctx.store.stream(_stream(key)) if isinstance(r.event, TilbudClosed)
    )
    ctx.pending.append(
        CorrectFact(key=key, supersedes=version, grund=grund,
                    erstatning=CloseTilbud(key=key, effective_on=_d(fra),
                                           provenance=ctx.provenance()),
                    provenance=ctx.provenance())
    )


def _stream(key: str) -> Any:
    from socialaftale.domain.tilbudsvifte import tilbud_stream

    return tilbud_stream(key)


# -- recording --------------------------------------------------------------------------


@given("DAS' beslutning registreres")
@when("DAS' beslutning registreres")
def record(ctx: Ctx) -> None:
    commands, ctx.pending = ctx.pending, []
    ctx.store.record(*commands)


@when("DAS' beslutning forsøges registreret")
def attempt(ctx: Ctx) -> None:
    commands, ctx.pending = ctx.pending, []
    ctx.log_before = ctx.log_length()
    try:
        ctx.store.record(*commands)
    except DomainError as err:
        ctx.error = err


# -- outcomes ---------------------------------------------------------------------------


def _names(ctx: Ctx, as_of: str, known_at: str | None = None) -> list[str]:
    return [o.navn for o in ctx.store.tilbudsvifte(_d(as_of), _d(known_at) if known_at else None)]


@then(
    parsers.re(
        r'rummer tilbudsviften pr\. "(?P<as_of>[^"]+)"(?:, som den var kendt den '
        r'"(?P<known>[^"]+)",)? (?P<ikke>ikke )?"(?P<navn>[^"]+)"'
    )
)
def vifte_contains(ctx: Ctx, as_of: str, known: str | None, ikke: str | None,
                   navn: str) -> None:
    names = _names(ctx, as_of, known)
    assert (navn not in names) if ikke else (navn in names), names


@then(
    parsers.re(
        r'har "(?P<navn>[^"]+)" (?P<n>\d+|ukendt antal) pladser i tilbudsviften pr\. '
        r'"(?P<as_of>[^"]+)"(?:, som den var kendt den "(?P<known>[^"]+)")?'
    )
)
def places_on(ctx: Ctx, navn: str, n: str, as_of: str, known: str | None) -> None:
    offers = {
        o.navn: o
        for o in ctx.store.tilbudsvifte(_d(as_of), _d(known) if known else None)
    }
    expected = None if n == "ukendt antal" else int(n)
    assert offers[navn].pladser == expected


@then(
    parsers.re(
        r'er anmodningen "(?P<rid>[^"]+)" om udmelding afvist med (?P<n>\d+) begrundelser, '
        r'den første "(?P<first>[^"]+)"'
    )
)
def rejected_with(ctx: Ctx, rid: str, n: str, first: str) -> None:
    req = next(a for a in ctx.store.anmodninger(ctx.aar) if a.request_id == rid)
    assert req.status == "afvist"
    assert len(req.grunde) == int(n)
    assert req.grunde[0] == first


@then(
    parsers.re(
        r'viser historikken for "(?P<navn>[^"]+)" "(?P<summary>[^"]+)" med beslutningen '
        r'"(?P<meeting>[^"]+)" punkt "(?P<item>[^"]+)"'
    )
)
def history_has(ctx: Ctx, navn: str, summary: str, meeting: str, item: str) -> None:
    posts = [p for p in ctx.store.tilbud_history(navn) if p.summary == summary]
    assert posts, [p.summary for p in ctx.store.tilbud_history(navn)]
    assert posts[0].decision == DecisionRef(meeting=meeting, item=item)
    assert posts[0].source.document == ctx.document
    assert posts[0].superseded_by is None


@then(
    parsers.parse('viser historikken for "{navn}" "{summary}" som erstattet af en rettelse')
)
def history_superseded(ctx: Ctx, navn: str, summary: str) -> None:
    history = ctx.store.tilbud_history(navn)
    post = next(p for p in history if p.summary == summary)
    assert post.superseded_by is not None
    correction = next(p for p in history if p.version == post.superseded_by)
    assert correction.kind == "FactSuperseded"


@then(
    parsers.parse(
        'er anmodningen "{rid}" registreret som for sen i forhold til fristen "{frist}"'
    )
)
def late_request(ctx: Ctx, rid: str, frist: str) -> None:
    req = next(a for a in ctx.store.anmodninger(ctx.aar) if a.request_id == rid)
    assert req.for_sent is True
    assert req.frist == _d(frist)
    assert req.status == "afventer"


@then(parsers.parse('afvises det med reglen "{rule}" og beskeden "{message}"'))
def refused(ctx: Ctx, rule: str, message: str) -> None:
    assert ctx.error is not None, "kommandoen blev ikke afvist"
    assert ctx.error.rule == rule
    assert ctx.error.message == message


@then("loggen er uændret")
def log_unchanged(ctx: Ctx) -> None:
    assert ctx.log_before is not None
    assert ctx.log_length() == ctx.log_before


@then(parsers.parse('har tilbudsviften pr. "{as_of}" blandt sine tilbud:'))
def vifte_includes(ctx: Ctx, as_of: str, datatable: list[list[str]]) -> None:
    """Only the rows given: the register knows the offers the minutes name, not the whole
    tilbudsvifte."""
    actual = {o.navn: o.pladser for o in ctx.store.tilbudsvifte(_d(as_of))}
    for r in _rows(datatable):
        assert r["tilbud"] in actual, sorted(actual)
        assert actual[r["tilbud"]] == _places(r["pladser"]), (r["tilbud"], actual[r["tilbud"]])


@then(parsers.parse('viser ændringerne fra "{fra}" til "{til}" blandt andet:'))
def changes_include(ctx: Ctx, fra: str, til: str, datatable: list[list[str]]) -> None:
    result = ctx.store.tilbud_changes(_d(fra), _d(til))
    actual = {("ind", o.navn) for o in result.ind} | {("ud", o.navn) for o in result.ud} | {
        ("ændret", a.efter.navn) for a in result.aendret}
    for r in _rows(datatable):
        assert (r["ændring"], r["tilbud"]) in actual, sorted(actual)
