"""Properties of the tilbudsvifte record under random sequences of valid and invalid commands.

- The read model answers "which offers were in the tilbudsvifte on D" exactly as
  a plain fold over the log does, after every command.
- "As of D" equals replaying only the events effective by D (and, with
  ``known_at``, only the events known in the world by then).
- A refused command leaves the log unchanged.

The reference fold below is written independently of the domain's ``timeline``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from socialaftale import DomainError, Provenance, Socialaftale, Source, open_store
from socialaftale.domain import tilbudsvifte as tv

KEYS = ("a/x", "a/y", "b/z", "b/w")
DAYS = (*(date(2019, m, 1) for m in (1, 4, 7, 10)), date(2020, 1, 1), date(2020, 6, 1))
PROBES = (date(2018, 12, 31), *DAYS, date(2019, 12, 31), date(2021, 1, 1))
KNOWN = (None, date(2019, 1, 1), date(2019, 7, 1), date(2020, 1, 1))

days = st.sampled_from(DAYS)
keys = st.sampled_from(KEYS)
places = st.integers(min_value=-2, max_value=40)
rids = st.sampled_from(("r1", "r2"))


@st.composite
def provenance(draw: st.DrawFn) -> Provenance:
    return Provenance(occurred_on=draw(days), source=Source("egenskabstest"))


def _cmd(cls: type, **fields: Any) -> st.SearchStrategy[Any]:
    return st.builds(cls, provenance=provenance(), **fields)


registrations = st.lists(
    _cmd(tv.RegisterTilbud, key=keys, navn=st.sampled_from(("A", "B")),
         driftsherre=st.just("Aalborg"), pladser=st.none() | st.integers(0, 40),
         effective_on=days, i_tilbudsviften=st.booleans(),
         forstaerket_samarbejde=st.none() | st.booleans(), kategori=st.none() | st.integers(1, 3)),
    min_size=2, max_size=4,
)

commands = st.one_of(
    _cmd(tv.RegisterTilbud, key=keys, navn=st.sampled_from(("A", "B")),
         driftsherre=st.just("Aalborg"), pladser=st.none() | places, effective_on=days,
         i_tilbudsviften=st.booleans(), forstaerket_samarbejde=st.none() | st.booleans(),
         kategori=st.none() | st.integers(1, 4)),
    _cmd(tv.ChangePladser, key=keys, pladser=places, effective_on=days),
    _cmd(tv.CloseTilbud, key=keys, effective_on=days),
    _cmd(tv.ConvertTilbud, key=keys, effective_on=days, navn=st.sampled_from(("C", "D")),
         pladser=st.none() | places),
    _cmd(tv.SetFrister, aar=st.just(2020), ind_udmelding=st.just(date(2019, 10, 9)),
         takster=st.just(date(2019, 11, 25))),
    _cmd(tv.RequestIndmelding, key=keys, request_id=rids, aar=st.just(2020),
         modtaget=st.none() | days),
    _cmd(tv.RequestUdmelding, key=keys, request_id=rids, aar=st.just(2020),
         modtaget=st.none() | days),
    _cmd(tv.ApproveIndmelding, key=keys, request_id=rids, effective_on=days,
         trods_frist=st.booleans()),
    _cmd(tv.ApproveUdmelding, key=keys, request_id=rids, effective_on=days,
         trods_frist=st.booleans()),
    _cmd(tv.RejectUdmelding, key=keys, request_id=rids),
    _cmd(tv.LeaveForstaerketSamarbejde, key=keys, effective_on=days),
    _cmd(tv.JoinForstaerketSamarbejde, key=keys, effective_on=days),
    _cmd(tv.AgreeBilateralExemption, key=keys, effective_on=days,
         koeberkommuner=st.just(("Rebild",))),
    _cmd(tv.SetTakst, key=keys, aar=st.sampled_from((2019, 2020)), ydelse=st.just("døgn"),
         beloeb=st.decimals(min_value=-1, max_value=5000, places=2), enhed=st.just("døgn")),
    _cmd(tv.CorrectFact, key=keys, supersedes=st.integers(1, 6), grund=st.just("rettelse"),
         erstatning=st.none()),
    st.builds(
        lambda k, n1, n2, d, p: tv.SplitTilbud(
            key=k, effective_on=d, provenance=p,
            into=(tv.NytTilbud(key=n1, navn="S1", pladser=3),
                  tv.NytTilbud(key=n2, navn="S2", pladser=4))),
        keys, st.sampled_from(("c/n1", "c/n2", "a/y")), st.sampled_from(("c/n3", "b/w")),
        days, provenance(),
    ),
)


def _reference(log: list[Any], as_of: date, known_at: date | None) -> set[tuple[Any, ...]]:
    """Offers in the tilbudsvifte on ``as_of``: fold only the events effective by then."""
    known = [r for r in log if known_at is None or r.meta.occurred_on <= known_at]
    superseded = {(r.stream, r.event.version) for r in known
                  if isinstance(r.event, tv.FactSuperseded)}
    by_stream: dict[Any, list[Any]] = {}
    for r in known:
        if (r.stream, r.version) in superseded:
            continue
        when = getattr(r.event, "effective_on", None)
        if when is not None and when <= as_of:
            by_stream.setdefault(r.stream, []).append(r)
    out = set()
    for events in by_stream.values():
        s: dict[str, Any] | None = None
        for r in sorted(events, key=lambda r: (r.event.effective_on, r.version)):
            e = r.event
            if isinstance(e, tv.TilbudRegistered):
                s = {"key": e.key, "navn": e.navn, "pladser": e.pladser,
                     "fs": e.forstaerket_samarbejde, "in": e.i_tilbudsviften}
            elif s is None:
                continue
            elif isinstance(e, tv.IndmeldingApproved):
                s["in"] = True
            elif isinstance(e, tv.UdmeldingApproved | tv.BilateralExemptionAgreed
                            | tv.TilbudClosed | tv.TilbudSplit | tv.TilbudReplaced):
                s["in"] = False
            elif isinstance(e, tv.PladserChanged):
                s["pladser"] = e.til
            elif isinstance(e, tv.TilbudConverted):
                s["navn"], s["pladser"] = e.navn, e.pladser
            elif isinstance(e, tv.ForstaerketSamarbejdeLeft):
                s["fs"] = False
            elif isinstance(e, tv.ForstaerketSamarbejdeJoined):
                s["fs"] = True
        if s is not None and s["in"]:
            out.add((s["key"], s["navn"], s["pladser"], s["fs"]))
    return out


def _projected(store: Socialaftale, as_of: date, known_at: date | None) -> set[tuple[Any, ...]]:
    return {
        (o.key, o.navn, o.pladser, o.forstaerket_samarbejde)
        for o in store.tilbudsvifte(as_of, known_at)
    }


def _check_run(store: Socialaftale, cmds: list[Any]) -> None:
    for command in cmds:
        before = list(store.events())
        try:
            store.record(command)
        except DomainError as err:
            assert list(store.events()) == before, "a refused command changed the log"
            event(f"refused: {err.rule}")
            continue
        event(f"recorded: {type(command).__name__}")
        log = list(store.events())
        for known_at in KNOWN:
            for as_of in PROBES:
                assert _projected(store, as_of, known_at) == _reference(log, as_of, known_at), (
                    as_of, known_at)


@contextmanager
def _store(url: str) -> Iterator[Socialaftale]:
    s = open_store(url, actor="egenskabstest")
    try:
        yield s
    finally:
        s.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registrations, st.lists(commands, min_size=1, max_size=14))
def test_projection_equals_a_fold_of_the_log_on_memory(regs: list[Any], cmds: list[Any]) -> None:
    with _store("memory:") as store:
        _check_run(store, regs + cmds)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registrations, st.lists(commands, min_size=8, max_size=14))
def test_projection_equals_a_fold_of_the_log_on_sqlite(regs: list[Any], cmds: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp, _store(f"sqlite:///{Path(tmp) / 's.db'}") as s:
        _check_run(s, regs + cmds)


def test_rebuilding_the_read_model_gives_the_same_answers() -> None:
    p = Provenance(occurred_on=date(2019, 10, 24), source=Source("egenskabstest"))
    with _store("memory:") as store:
        store.record(
            tv.RegisterTilbud(key="a/x", navn="A", driftsherre="Aalborg", pladser=5,
                              effective_on=date(2019, 1, 1), provenance=p),
            tv.ChangePladser(key="a/x", pladser=7, effective_on=date(2020, 1, 1), provenance=p),
            tv.SetTakst(key="a/x", aar=2020, ydelse="døgn", beloeb=Decimal("100.50"),
                        enhed="døgn", provenance=p),
        )
        before = [store.tilbudsvifte(d) for d in PROBES], store.takstbilag(2020)
        store.rebuild()
        assert ([store.tilbudsvifte(d) for d in PROBES], store.takstbilag(2020)) == before
        assert store.tilbudsvifte(date(2020, 1, 1))[0].pladser == 7
