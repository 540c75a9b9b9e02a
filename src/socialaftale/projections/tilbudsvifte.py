"""Read models of the tilbudsvifte: versioned offer rows, facts, rates, requests, deadlines.

``tilbud_version`` holds bi-temporal rows: an offer's state valid on
``[valid_from, valid_to)`` as the record knew it on ``[known_from, known_to)``
(knowledge time is ``Meta.occurred_on``, when the fact became known in the
world). "Which offers were in the tilbudsvifte on D, as we knew it on K" is
one indexed range query. When a fact arrives, the rows of its offer are
recomputed from the offer's facts (a handful per offer) with the domain's own
:func:`~socialaftale.domain.tilbudsvifte.timeline`, so a fact typed in late or
a correction lands where it belongs.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Literal

import orjson
from attrs import frozen

from ..domain.common import DecisionRef, DomainError, Recorded, Source
from ..domain.names import did_you_mean
from ..domain.tilbudsvifte import (
    CONTEXT,
    TILBUD_EVENTS,
    FactSuperseded,
    FristerSet,
    IndmeldingApproved,
    IndmeldingRejected,
    IndmeldingRequested,
    Lovgrundlag,
    PladsDel,
    Snapshot,
    TakstReguleringCarried,
    TakstSet,
    TilbudRegistered,
    UdmeldingApproved,
    UdmeldingRejected,
    UdmeldingRequested,
    active_facts,
    timeline,
)
from ..persistence import converter
from ..readstore import Projection, Tx

__all__ = [
    "Anmodning",
    "Frister",
    "HistorikPost",
    "Takst",
    "TakstRegulering",
    "Takstbilag",
    "TilbudAendring",
    "TilbudIVifte",
    "TilbudsvifteChanges",
    "TilbudsvifteProjection",
    "TilbudsvifteQueries",
    "VifteSide",
]

_EVENT_CLASSES: dict[str, type] = {cls.__name__: cls for cls in CONTEXT.events}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _json(value: Any) -> str:
    return orjson.dumps(converter.unstructure(value)).decode()


class TilbudsvifteProjection(Projection):
    """Facts, bi-temporal versions, rates, requests and deadlines of every tilbud."""

    name = "tilbudsvifte"
    # 4: an interval index over the versions' (valid, known) rectangles
    # 5: a fact keeps the lines its source names (source_kilde_sted)
    version = 6  # 6: the versions' sort keys for a page of the vifte; the rates' interval index
    events = (FristerSet, *TILBUD_EVENTS)
    tables = (
        "tilbud_fact",
        "tilbud_version_rt",
        "tilbud_version",
        "tilbud_takst_rt",
        "tilbud_takst",
        "tilbud_takstregulering",
        "tilbud_anmodning",
        "tilbudsvifte_frist",
    )

    def create(self, tx: Tx) -> None:
        # The sort keys compare by code point on both stores, as Python's sort of them does.
        code = ' COLLATE "C"' if tx.dialect == "postgresql" else ""
        tx.execute(
            "CREATE TABLE IF NOT EXISTS tilbud_fact ("
            " stream TEXT NOT NULL, version INTEGER NOT NULL, position BIGINT NOT NULL,"
            " tilbud_key TEXT NOT NULL, kind TEXT NOT NULL, effective_on TEXT,"
            " occurred_on TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,"
            " decision_meeting TEXT, decision_item TEXT, decision_clause INTEGER,"
            " source_document TEXT NOT NULL, source_item TEXT, source_note TEXT,"
            " summary TEXT NOT NULL, payload TEXT NOT NULL, superseded_by INTEGER,"
            " besluttet_af TEXT, ekstern_tekst TEXT, source_kilde_sted TEXT,"
            " PRIMARY KEY (stream, version))"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS tilbud_fact_key ON tilbud_fact (tilbud_key)")
        tx.execute(
            "CREATE INDEX IF NOT EXISTS tilbud_fact_effective ON tilbud_fact (effective_on)"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS tilbud_version ("
            " stream TEXT NOT NULL, tilbud_key TEXT NOT NULL,"
            " known_from TEXT NOT NULL, known_to TEXT,"
            " valid_from TEXT NOT NULL, valid_to TEXT,"
            " navn TEXT NOT NULL, driftsherre TEXT NOT NULL, lovgrundlag TEXT NOT NULL,"
            " pladser INTEGER, pladsdele TEXT NOT NULL, kategori INTEGER,"
            " forstaerket INTEGER, landsdaekkende INTEGER, i_vifte INTEGER NOT NULL,"
            " status TEXT NOT NULL, start_ukendt INTEGER NOT NULL DEFAULT 0,"
            f" driftsherre_cf TEXT NOT NULL{code}, navn_cf TEXT NOT NULL{code},"
            f" lovgrundlag_tekst TEXT NOT NULL, lovgrundlag_cf TEXT{code})"
        )
        tx.execute(
            "CREATE INDEX IF NOT EXISTS tilbud_version_valid"
            " ON tilbud_version (valid_from, valid_to)"
        )
        tx.execute(
            "CREATE INDEX IF NOT EXISTS tilbud_version_stream ON tilbud_version (stream)"
        )
        # A page of the vifte as known now, in the default order (driftsherre), walks this
        # index and stops at the page's end; the dates are in it, so only the page's rows
        # are read from the table.
        tx.execute(
            "CREATE INDEX IF NOT EXISTS tilbud_version_vifte ON tilbud_version"
            " (driftsherre_cf, driftsherre, navn, tilbud_key, valid_from, valid_to)"
            " WHERE known_to IS NULL AND i_vifte = 1"
        )
        self._create_interval_index(tx)
        tx.execute(
            "CREATE TABLE IF NOT EXISTS tilbud_takst ("
            " stream TEXT NOT NULL, version INTEGER NOT NULL, tilbud_key TEXT NOT NULL,"
            " aar INTEGER NOT NULL, ydelse TEXT NOT NULL, beloeb TEXT NOT NULL,"
            " enhed TEXT NOT NULL, modtaget TEXT, frist TEXT, for_sent INTEGER,"
            " known_from TEXT NOT NULL, known_to TEXT, PRIMARY KEY (stream, version))"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS tilbud_takst_aar ON tilbud_takst (aar)")
        self._create_rate_interval_index(tx)
        tx.execute(
            "CREATE TABLE IF NOT EXISTS tilbud_takstregulering ("
            " stream TEXT NOT NULL, version INTEGER NOT NULL, tilbud_key TEXT NOT NULL,"
            " fra_aar INTEGER NOT NULL, til_aar INTEGER NOT NULL, beloeb TEXT NOT NULL,"
            " ydelse TEXT, PRIMARY KEY (stream, version))"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS tilbud_anmodning ("
            " stream TEXT NOT NULL, request_id TEXT NOT NULL, tilbud_key TEXT NOT NULL,"
            " art TEXT NOT NULL, aar INTEGER NOT NULL, modtaget TEXT, frist TEXT,"
            " for_sent INTEGER, status TEXT NOT NULL, effective_on TEXT,"
            " trods_frist INTEGER NOT NULL, grunde TEXT NOT NULL,"
            " PRIMARY KEY (stream, request_id))"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS tilbudsvifte_frist ("
            " aar INTEGER PRIMARY KEY, ind_udmelding TEXT, takster TEXT)"
        )

    @staticmethod
    def _create_interval_index(tx: Tx) -> None:
        """The vifte as known on a date asks which rows' rectangle [valid_from, valid_to) ×
        [known_from, known_to) holds a point; a B-tree on one axis reads every row begun by
        then, more as the record grows, an interval index only those that hold it. SQLite:
        an R-tree of day numbers kept by triggers (open ends at the largest integer);
        PostgreSQL: a GiST index on the two date ranges. An end before its start (no rule
        makes one) is taken as an empty interval on both."""
        if tx.dialect == "postgresql":
            tx.execute(
                "CREATE OR REPLACE FUNCTION sa_span(lo text, hi text) RETURNS daterange"
                " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT daterange(lo::date,"
                " CASE WHEN hi IS NULL THEN NULL ELSE GREATEST(lo::date, hi::date) END,"
                " '[)') $$")
            tx.execute(
                "CREATE INDEX IF NOT EXISTS tilbud_version_span ON tilbud_version USING gist"
                " (sa_span(valid_from, valid_to), sa_span(known_from, known_to))")
            return
        tx.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS tilbud_version_rt USING rtree_i32(id,"
            " valid_lo, valid_hi, known_lo, known_hi)")
        lo, hi = ("CAST(julianday(new.{0}_from) AS INTEGER)",
                  "COALESCE(MAX(CAST(julianday(new.{0}_to) AS INTEGER),"
                  " CAST(julianday(new.{0}_from) AS INTEGER)), 2147483647)")
        tx.execute(
            "CREATE TRIGGER IF NOT EXISTS tilbud_version_rt_insert AFTER INSERT ON"
            " tilbud_version BEGIN INSERT INTO tilbud_version_rt VALUES (new.rowid,"
            f" {lo.format('valid')}, {hi.format('valid')}, {lo.format('known')},"
            f" {hi.format('known')}); END")
        tx.execute(
            "CREATE TRIGGER IF NOT EXISTS tilbud_version_rt_delete AFTER DELETE ON"
            " tilbud_version BEGIN DELETE FROM tilbud_version_rt WHERE id = old.rowid; END")

    @staticmethod
    def _create_rate_interval_index(tx: Tx) -> None:
        """A year's rates as known on a date: the same kind of index as the versions', a
        rectangle of the year (one day wide, its number) by [known_from, known_to), so a
        rate superseded again and again costs nothing to a day that does not hold it."""
        if tx.dialect == "postgresql":
            tx.execute(
                "CREATE INDEX IF NOT EXISTS tilbud_takst_span ON tilbud_takst USING gist"
                " (int4range(aar, aar + 1), sa_span(known_from, known_to))")
            return
        tx.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS tilbud_takst_rt USING rtree_i32(id,"
            " aar_lo, aar_hi, known_lo, known_hi)")
        lo = "CAST(julianday(new.known_from) AS INTEGER)"
        hi = (f"COALESCE(MAX(CAST(julianday(new.known_to) AS INTEGER), {lo}), 2147483647)")
        tx.execute(
            "CREATE TRIGGER IF NOT EXISTS tilbud_takst_rt_insert AFTER INSERT ON"
            " tilbud_takst BEGIN INSERT INTO tilbud_takst_rt VALUES (new.rowid, new.aar,"
            f" new.aar + 1, {lo}, {hi}); END")
        tx.execute(
            "CREATE TRIGGER IF NOT EXISTS tilbud_takst_rt_delete AFTER DELETE ON"
            " tilbud_takst BEGIN DELETE FROM tilbud_takst_rt WHERE id = old.rowid; END")

    def __init__(self) -> None:
        self._dirty: dict[str, str] = {}
        # This page's facts per offer, so recomputing reads back only the older ones.
        self._page: dict[str, list[tuple[int, Any, date]]] = {}

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        event = recorded.event
        if isinstance(event, FristerSet):
            tx.execute(
                "INSERT INTO tilbudsvifte_frist (aar, ind_udmelding, takster) VALUES (?, ?, ?)"
                " ON CONFLICT (aar) DO UPDATE SET ind_udmelding = excluded.ind_udmelding,"
                " takster = excluded.takster",
                (event.aar, _iso(event.ind_udmelding), _iso(event.takster)),
            )
            return
        if not isinstance(event, TILBUD_EVENTS):
            return
        stream = str(recorded.stream)
        if isinstance(event, TilbudRegistered):
            key = event.key
        elif stream in self._dirty:
            key = self._dirty[stream]
        else:
            row = tx.one(
                "SELECT tilbud_key FROM tilbud_fact WHERE stream = ? ORDER BY version LIMIT 1",
                (stream,),
            )
            key = row[0] if row else "?"
        meta = recorded.meta
        decision = meta.decision
        summary: str = recorded.event.summary()
        tx.execute(
            "INSERT INTO tilbud_fact (stream, version, position, tilbud_key, kind, effective_on,"
            " occurred_on, recorded_at, recorded_by, decision_meeting, decision_item,"
            " decision_clause, source_document, source_item, source_note, summary, payload,"
            " besluttet_af, ekstern_tekst, source_kilde_sted)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                stream,
                recorded.version,
                recorded.position or 0,
                key,
                type(event).__name__,
                _iso(getattr(event, "effective_on", None)),
                meta.occurred_on.isoformat(),
                meta.recorded_at.isoformat(),
                meta.recorded_by,
                decision.meeting if decision else None,
                decision.item if decision else None,
                decision.clause if decision else None,
                meta.source.document,
                meta.source.item,
                meta.source.note,
                summary,
                _json(event),
                meta.external.describe() if meta.external else None,
                meta.external.tekst if meta.external else None,
                meta.source.kilde_sted,
            ),
        )
        if isinstance(event, FactSuperseded):
            tx.execute(
                "UPDATE tilbud_fact SET superseded_by = ? WHERE stream = ? AND version = ?",
                (recorded.version, stream, event.version),
            )
        self._requests(tx, stream, key, event)
        self._dirty[stream] = key
        self._page.setdefault(stream, []).append((recorded.version, event, meta.occurred_on))

    def discard(self) -> None:
        self._dirty = {}
        self._page = {}

    def flush(self, tx: Tx) -> None:
        """Recompute each touched offer's versioned rows once per page, not once per event."""
        dirty, page = self._dirty, self._page
        self.discard()
        for stream, key in dirty.items():
            self._rebuild(tx, stream, key, page.get(stream, []))

    def _requests(self, tx: Tx, stream: str, key: str, event: Any) -> None:
        if isinstance(event, IndmeldingRequested | UdmeldingRequested):
            art = "indmelding" if isinstance(event, IndmeldingRequested) else "udmelding"
            tx.execute(
                "INSERT INTO tilbud_anmodning (stream, request_id, tilbud_key, art, aar,"
                " modtaget, frist, for_sent, status, effective_on, trods_frist, grunde)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'afventer', NULL, 0, '[]')",
                (stream, event.request_id, key, art, event.aar, _iso(event.modtaget),
                 _iso(event.frist), _flag(event.for_sent)),
            )
        elif isinstance(event, IndmeldingApproved | UdmeldingApproved):
            tx.execute(
                "UPDATE tilbud_anmodning SET status = 'godkendt', effective_on = ?,"
                " trods_frist = ? WHERE stream = ? AND request_id = ?",
                (event.effective_on.isoformat(), int(event.trods_frist), stream,
                 event.request_id),
            )
        elif isinstance(event, IndmeldingRejected | UdmeldingRejected):
            tx.execute(
                "UPDATE tilbud_anmodning SET status = 'afvist', grunde = ?"
                " WHERE stream = ? AND request_id = ?",
                (_json(event.grunde), stream, event.request_id),
            )

    def _rebuild(self, tx: Tx, stream: str, key: str,
                 recent: list[tuple[int, Any, date]]) -> None:
        """Recompute an offer's versioned rows from all its facts: ``recent`` (this page's,
        already decoded) and the older ones read back from ``tilbud_fact``."""
        first = recent[0][0] if recent else None
        older = [] if first == 1 else tx.execute(
            "SELECT version, kind, payload, occurred_on FROM tilbud_fact WHERE stream = ?"
            " AND version < ? ORDER BY version",
            (stream, first if first is not None else 2**62),
        )
        facts: list[tuple[int, Any, date]] = [
            (int(v), converter.structure(orjson.loads(p), _EVENT_CLASSES[k]), date.fromisoformat(o))
            for v, k, p, o in older
        ] + recent
        tx.execute("DELETE FROM tilbud_version WHERE stream = ?", (stream,))
        tx.execute("DELETE FROM tilbud_takst WHERE stream = ?", (stream,))
        tx.execute("DELETE FROM tilbud_takstregulering WHERE stream = ?", (stream,))
        # Knowledge time: the record as it stood after each date a fact became known.
        known = sorted({o for _, _, o in facts})
        out: list[tuple[Any, ...]] = []
        previous: list[tuple[date, date | None, Snapshot]] | None = None
        open_rows: list[list[Any]] = []
        for k in known:
            segments = timeline([(v, e) for v, e, o in facts if o <= k])
            if segments == previous:
                continue
            for r in open_rows:
                r[3] = k.isoformat()
            out.extend(tuple(r) for r in open_rows)
            open_rows = [self._row(stream, key, k, seg) for seg in segments]
            previous = segments
        out.extend(tuple(r) for r in open_rows)
        tx.executemany(
            "INSERT INTO tilbud_version (stream, tilbud_key, known_from, known_to, valid_from,"
            " valid_to, navn, driftsherre, lovgrundlag, pladser, pladsdele, kategori,"
            " forstaerket, landsdaekkende, i_vifte, status, start_ukendt, driftsherre_cf,"
            " navn_cf, lovgrundlag_tekst, lovgrundlag_cf)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            out,
        )
        self._rates(tx, stream, key, facts)

    @staticmethod
    def _row(
        stream: str, key: str, known_from: date, seg: tuple[date, date | None, Snapshot]
    ) -> list[Any]:
        start, end, s = seg
        basis = " + ".join(str(b) for b in s.lovgrundlag)  # TilbudIVifte.lovgrundlag_tekst
        return [
            stream, key, known_from.isoformat(), None, start.isoformat(), _iso(end),
            s.navn, s.driftsherre, _json(s.lovgrundlag), s.pladser, _json(s.pladsdele),
            s.kategori, _flag(s.forstaerket_samarbejde), _flag(s.landsdaekkende),
            int(s.i_tilbudsviften), s.status, int(s.start_ukendt),
            s.driftsherre.casefold(), s.navn.casefold(), basis, basis.casefold() or None,
        ]

    @staticmethod
    def _rates(tx: Tx, stream: str, key: str, facts: list[tuple[int, Any, date]]) -> None:
        occurred = {v: o for v, _, o in facts}
        supersede_at: dict[int, date] = {
            e.version: o for _, e, o in facts if isinstance(e, FactSuperseded)
        }
        rates = [(v, e) for v, e, _ in facts if isinstance(e, TakstSet)]
        rows = []
        for v, e in rates:
            same = [w for w, f in rates if w > v and (f.aar, f.ydelse) == (e.aar, e.ydelse)]
            ends = [occurred[w] for w in same]
            if v in supersede_at:
                ends.append(supersede_at[v])
            rows.append((
                stream, v, key, e.aar, e.ydelse, str(e.beloeb), e.enhed, _iso(e.modtaget),
                _iso(e.frist), _flag(e.for_sent), occurred[v].isoformat(),
                min(ends).isoformat() if ends else None,
            ))
        tx.executemany(
            "INSERT INTO tilbud_takst (stream, version, tilbud_key, aar, ydelse, beloeb, enhed,"
            " modtaget, frist, for_sent, known_from, known_to)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        live = active_facts([(v, e) for v, e, _ in facts])
        tx.executemany(
            "INSERT INTO tilbud_takstregulering (stream, version, tilbud_key, fra_aar, til_aar,"
            " beloeb, ydelse) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (stream, v, key, e.fra_aar, e.til_aar, str(e.beloeb), e.ydelse)
                for v, e in live
                if isinstance(e, TakstReguleringCarried)
            ],
        )


# -- results ----------------------------------------------------------------------------


@frozen
class Takst:
    """One rate line of the takstbilag; ``for_sent`` shows a rate sent after the deadline."""

    key: str
    aar: int
    ydelse: str
    beloeb: Decimal
    enhed: str
    modtaget: date | None
    frist: date | None
    for_sent: bool | None


@frozen
class TilbudIVifte:
    """One offer as it stands in the tilbudsvifte on a date."""

    key: str
    navn: str
    driftsherre: str
    lovgrundlag: tuple[Lovgrundlag, ...]
    pladser: int | None
    pladsdele: tuple[PladsDel, ...]
    kategori: int | None
    forstaerket_samarbejde: bool | None
    landsdaekkende: bool | None
    gyldig_fra: date
    takster: tuple[Takst, ...] = ()
    start_ukendt: bool = False
    """``gyldig_fra`` is the day the source knows the offer so, not the day it became so:
    before it, whether the offer was in the vifte is unknown (not "not in the vifte")."""

    @property
    def lovgrundlag_tekst(self) -> str:
        return " + ".join(str(b) for b in self.lovgrundlag)


@frozen
class HistorikPost:
    """One fact in an offer's history, with where it comes from and what carries it."""

    key: str
    version: int
    kind: str
    effective_on: date | None
    occurred_on: date
    recorded_at: datetime
    decision: DecisionRef | None
    source: Source
    summary: str
    superseded_by: int | None
    besluttet_af: str | None = None
    """Another body decided it and ``decision`` only reports it: "besluttet af KKR og de
    nordjyske byråd (dato ikke angivet) (ifølge kilden)"; its words in ``ekstern_tekst``."""
    ekstern_tekst: str | None = None


@frozen
class VifteSide:
    """One page of the vifte on a date, filtered and sorted over all of it: the page's
    offers (with their rates), how many offers the filters keep, and every driftsherre of
    the whole vifte (for the filter's choices)."""

    tilbud: tuple[TilbudIVifte, ...]
    antal: int
    driftsherrer: tuple[str, ...]


@frozen
class TilbudAendring:
    key: str
    foer: TilbudIVifte
    efter: TilbudIVifte

    def felter(self) -> tuple[tuple[str, Any, Any], ...]:
        """The fields that changed, in Danish words, with before and after: one place for
        the CLI's and the web's "pladser 27 → 25"."""
        return tuple((label, getattr(self.foer, f), getattr(self.efter, f))
                     for f, label in _COMPARED
                     if getattr(self.foer, f) != getattr(self.efter, f))


_COMPARED = (("navn", "navn"), ("pladser", "pladser"), ("lovgrundlag_tekst", "lovgrundlag"),
             ("forstaerket_samarbejde", "forstærket samarbejde"))


@frozen
class TilbudsvifteChanges:
    """What came into, left and changed in the tilbudsvifte between two dates."""

    fra: date
    til: date
    ind: tuple[TilbudIVifte, ...]
    ud: tuple[TilbudIVifte, ...]
    aendret: tuple[TilbudAendring, ...]
    fakta: tuple[HistorikPost, ...]


@frozen
class TakstRegulering:
    key: str
    fra_aar: int
    til_aar: int
    beloeb: Decimal
    ydelse: str | None


@frozen
class Takstbilag:
    aar: int
    takster: tuple[Takst, ...]
    reguleringer: tuple[TakstRegulering, ...]
    frist: date | None


@frozen
class Anmodning:
    """A request to enter or leave the tilbudsvifte, and how it was decided."""

    key: str
    request_id: str
    art: str
    aar: int
    modtaget: date | None
    frist: date | None
    for_sent: bool | None
    status: str
    effective_on: date | None
    trods_frist: bool
    grunde: tuple[str, ...]


@frozen
class Frister:
    aar: int
    ind_udmelding: date | None
    takster: date | None


# -- queries ----------------------------------------------------------------------------

_VERSION_COLS = (
    "tilbud_key, navn, driftsherre, lovgrundlag, pladser, pladsdele, kategori, forstaerket,"
    " landsdaekkende, valid_from, start_ukendt"
)
_FACT_COLS = (
    "tilbud_key, version, kind, effective_on, occurred_on, recorded_at, decision_meeting,"
    " decision_item, decision_clause, source_document, source_item, source_note, summary,"
    " superseded_by, besluttet_af, ekstern_tekst, source_kilde_sted"
)


@functools.lru_cache(maxsize=4096)
def _lovgrundlag(text: str) -> tuple[Lovgrundlag, ...]:
    """Decoded once per distinct text: thousands of offers share a handful of bases."""
    return converter.structure(orjson.loads(text), tuple[Lovgrundlag, ...])


@functools.lru_cache(maxsize=4096)
def _pladsdele(text: str) -> tuple[PladsDel, ...]:
    return converter.structure(orjson.loads(text), tuple[PladsDel, ...])


def _offer(row: Sequence[Any], takster: tuple[Takst, ...] = ()) -> TilbudIVifte:
    return TilbudIVifte(
        key=row[0],
        navn=row[1],
        driftsherre=row[2],
        lovgrundlag=_lovgrundlag(row[3]),
        pladser=None if row[4] is None else int(row[4]),
        pladsdele=_pladsdele(row[5]),
        kategori=None if row[6] is None else int(row[6]),
        forstaerket_samarbejde=_bool(row[7]),
        landsdaekkende=_bool(row[8]),
        gyldig_fra=date.fromisoformat(row[9]),
        takster=takster,
        start_ukendt=bool(row[10]),
    )


def _fact(row: Sequence[Any]) -> HistorikPost:
    decision = (
        DecisionRef(row[6], row[7], None if row[8] is None else int(row[8])) if row[6] else None
    )
    return HistorikPost(
        key=row[0],
        version=int(row[1]),
        kind=row[2],
        effective_on=_date(row[3]),
        occurred_on=date.fromisoformat(row[4]),
        recorded_at=datetime.fromisoformat(row[5]),
        decision=decision,
        source=Source(row[9], row[10], row[11], row[16]),
        summary=row[12],
        superseded_by=None if row[13] is None else int(row[13]),
        besluttet_af=row[14],
        ekstern_tekst=row[15],
    )


def _takst(row: Sequence[Any]) -> Takst:
    return Takst(
        key=row[0], aar=int(row[1]), ydelse=row[2], beloeb=Decimal(row[3]), enhed=row[4],
        modtaget=_date(row[5]), frist=_date(row[6]), for_sent=_bool(row[7]),
    )


_JULIAN = 1721424  # SQLite's julianday() of a date, as an integer, less its ordinal


class TilbudsvifteQueries:
    """Questions about the tilbudsvifte, answered from the read model."""

    db: Any

    _TAKST_COLS: ClassVar[str] = (
        "tilbud_key, aar, ydelse, beloeb, enhed, modtaget, frist, for_sent"
    )

    def _takster(self, aar: int, known_at: date | None,
                 keys: Sequence[str] | None = None) -> list[Takst]:
        """The rates of ``aar`` (of the offers ``keys`` only, when given); as known on
        ``known_at`` through the interval index (the projection's create)."""
        params: list[Any]
        if known_at is None:
            where, params = "aar = ? AND known_to IS NULL", [aar]
        elif self.db.dialect == "postgresql":
            where = ("int4range(aar, aar + 1) @> ?::int AND sa_span(known_from, known_to)"
                     " @> ?::date")
            params = [aar, known_at.isoformat()]
        else:
            k = known_at.toordinal() + _JULIAN
            where = ("rowid IN (SELECT id FROM tilbud_takst_rt WHERE aar_lo <= ? AND"
                     " aar_hi > ? AND known_lo <= ? AND known_hi > ?)")
            params = [aar, aar, k, k]
        if keys is not None:
            where += f" AND tilbud_key IN ({', '.join('?' for _ in keys) or 'NULL'})"
            params += list(keys)
        rows = self.db.query(
            f"SELECT {self._TAKST_COLS} FROM tilbud_takst WHERE {where}"
            " ORDER BY tilbud_key, ydelse",
            params,
        )
        return [_takst(r) for r in rows]

    def _in_vifte(self, as_of: date, known_at: date | None) -> tuple[str, list[Any]]:
        """The condition on ``tilbud_version`` of the rows in the vifte on ``as_of`` (as
        known on ``known_at``: through the interval index of the projection's create)."""
        day = as_of.isoformat()
        if known_at is None:
            return ("i_vifte = 1 AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
                    " AND known_to IS NULL", [day, day])
        if self.db.dialect == "postgresql":
            return ("i_vifte = 1 AND sa_span(valid_from, valid_to) @> ?::date AND"
                    " sa_span(known_from, known_to) @> ?::date", [day, known_at.isoformat()])
        d, k = as_of.toordinal() + _JULIAN, known_at.toordinal() + _JULIAN
        return ("i_vifte = 1 AND rowid IN (SELECT id FROM tilbud_version_rt WHERE valid_lo"
                " <= ? AND valid_hi > ? AND known_lo <= ? AND known_hi > ?)", [d, d, k, k])

    def _with_rates(self, rows: Sequence[Sequence[Any]], aar: int, known_at: date | None,
                    keys: Sequence[str] | None = None) -> tuple[TilbudIVifte, ...]:
        rates: dict[str, list[Takst]] = {}
        for t in self._takster(aar, known_at, keys):
            rates.setdefault(t.key, []).append(t)
        return tuple(_offer(r, tuple(rates.get(r[0], ()))) for r in rows)

    def tilbudsvifte(self, as_of: date, known_at: date | None = None) -> tuple[TilbudIVifte, ...]:
        """The offers in the tilbudsvifte on ``as_of``, with that year's rates.

        ``known_at`` answers as the record stood on that date (facts known in
        the world by then); without it, with everything known now.
        """
        where, params = self._in_vifte(as_of, known_at)
        rows = self.db.query(
            f"SELECT {_VERSION_COLS} FROM tilbud_version WHERE {where}"
            " ORDER BY driftsherre, navn, tilbud_key",
            params,
        )
        return self._with_rates(rows, as_of.year, known_at)

    #: A page's sort columns: the stored key (casefolded text, as the web sorts names) and
    #: whether it may be missing (sorted last either way).
    VIFTE_SORT: ClassVar[dict[str, tuple[str, bool]]] = {
        "navn": ("navn_cf", False),
        "driftsherre": ("driftsherre_cf", False),
        "lovgrundlag": ("lovgrundlag_cf", True),
        "pladser": ("pladser", True),
        "kategori": ("kategori", True),
    }

    def tilbudsvifte_side(
        self, as_of: date, known_at: date | None = None, *, driftsherre: str | None = None,
        lovgrundlag: str | None = None, kategori: int | None = None,
        forstaerket: bool | Literal["alle"] | None = "alle", sorter: str = "driftsherre",
        faldende: bool = False, offset: int = 0, limit: int = 100,
    ) -> VifteSide:
        """``limit`` offers of the vifte on ``as_of`` from ``offset``, in the order of
        ``sorter`` (a key of :attr:`VIFTE_SORT`; ties, and the missing values last, in the
        order of :meth:`tilbudsvifte`), kept by the filters: ``driftsherre`` (any case),
        ``lovgrundlag`` (a part of the bases' text, spaces ignored), ``kategori``,
        ``forstaerket`` (True, False, None: not known).

        The same offers as sorting and slicing the whole vifte, but only the page's rows
        are read and made objects of and only their rates fetched; in the default order of
        the present vifte the database walks an index and stops at the page's end."""
        where, params = self._in_vifte(as_of, known_at)
        kept: list[str] = ["1 = 1"]  # the filters' conditions and their parameters
        wanted: list[Any] = []
        if driftsherre:
            kept.append("driftsherre_cf = ?")
            wanted.append(driftsherre.casefold())
        basis = (lovgrundlag or "").replace(" ", "")
        if basis:
            found = "strpos" if self.db.dialect == "postgresql" else "instr"
            kept.append(f"{found}(replace(lovgrundlag_tekst, ' ', ''), ?) > 0")
            wanted.append(basis)
        if kategori is not None:
            kept.append("kategori = ?")
            wanted.append(kategori)
        if forstaerket is None:
            kept.append("forstaerket IS NULL")
        elif forstaerket != "alle":
            kept.append("forstaerket = ?")
            wanted.append(int(forstaerket))
        filters = " AND ".join(kept)
        # One pass over the day's rows (an index alone in the default case) gives both the
        # driftsherrer of the whole vifte and how many offers the filters keep.
        per_owner = self.db.query(
            f"SELECT driftsherre, SUM(CASE WHEN {filters} THEN 1 ELSE 0 END) FROM"
            f" tilbud_version WHERE {where} GROUP BY driftsherre", [*wanted, *params])
        column, may_miss = self.VIFTE_SORT[sorter]
        order = [f"{column} IS NULL"] if may_miss else []
        order.append(f"{column} DESC" if faldende else column)
        rows = self.db.query(
            f"SELECT {_VERSION_COLS} FROM tilbud_version WHERE {where} AND {filters}"
            f" ORDER BY {', '.join(order)}, driftsherre, navn, tilbud_key LIMIT ? OFFSET ?",
            [*params, *wanted, limit, offset])
        offers = self._with_rates(rows, as_of.year, known_at, [r[0] for r in rows])
        return VifteSide(offers, sum(int(n) for _, n in per_owner),
                         tuple(sorted(str(d) for d, _ in per_owner)))

    def tilbud_last_known(self, key: str) -> TilbudIVifte | None:
        """The offer as the tilbudsvifte last held it (a closed or split offer as it was on
        its last day in the vifte), as recorded now; None for an unknown key or one that
        never entered the vifte."""
        rows = self.db.query(
            f"SELECT {_VERSION_COLS} FROM tilbud_version WHERE tilbud_key = ? AND i_vifte = 1"
            " AND known_to IS NULL ORDER BY valid_from DESC LIMIT 1", [key])
        return _offer(rows[0]) if rows else None

    def tilbud_key(self, key_or_name: str) -> str:
        """The key of an offer given its key or any name it has had (in any Unicode
        spelling: the record holds names in NFC)."""
        key_or_name = unicodedata.normalize("NFC", key_or_name)
        if self.db.query("SELECT 1 FROM tilbud_fact WHERE tilbud_key = ? LIMIT 1", [key_or_name]):
            return key_or_name.strip()
        names = self.db.query("SELECT DISTINCT tilbud_key, navn FROM tilbud_version")
        wanted = key_or_name.strip().casefold()
        keys: list[str] = sorted({str(k) for k, n in names if n.casefold() == wanted})
        if len(keys) == 1:
            return keys[0]
        if len(keys) > 1:
            raise DomainError(
                f"flere tilbud har heddet '{key_or_name}': {', '.join(keys)}; brug nøglen",
                rule="tilbud-tvetydigt",
                field="tilbud",
            )
        hint = did_you_mean(key_or_name, [n for _, n in names])
        raise DomainError(
            f"ukendt tilbud '{key_or_name}'{hint}", rule="tilbud-ukendt", field="tilbud"
        )

    def tilbud_history(self, key_or_name: str) -> tuple[HistorikPost, ...]:
        """Every fact about one offer, in the order it was recorded."""
        key = self.tilbud_key(key_or_name)
        rows = self.db.query(
            f"SELECT {_FACT_COLS} FROM tilbud_fact WHERE tilbud_key = ? ORDER BY position,"
            " version",
            [key],
        )
        return tuple(_fact(r) for r in rows)

    def tilbud_changes(self, from_date: date, to_date: date) -> TilbudsvifteChanges:
        """What came in, what left and what changed between ``from_date`` and ``to_date``.

        Only the offers with a version that begins or ends in the period can differ
        between its two ends, so only those are read at both ends (not the whole vifte
        twice: 6,000 offers made objects of on every request of /aendringer; issue 23)."""
        before = {o.key: o for o in self._vifte_of_changed(from_date, from_date, to_date)}
        after = {o.key: o for o in self._vifte_of_changed(to_date, from_date, to_date)}

        def core(o: TilbudIVifte) -> tuple[Any, ...]:
            return (o.navn, o.driftsherre, o.lovgrundlag, o.pladser, o.pladsdele, o.kategori,
                    o.forstaerket_samarbejde, o.landsdaekkende)

        rows = self.db.query(
            f"SELECT {_FACT_COLS} FROM tilbud_fact WHERE effective_on > ? AND effective_on <= ?"
            " AND superseded_by IS NULL ORDER BY effective_on, position",
            [from_date.isoformat(), to_date.isoformat()],
        )
        return TilbudsvifteChanges(
            fra=from_date,
            til=to_date,
            ind=tuple(o for k, o in after.items() if k not in before and not o.start_ukendt),
            ud=tuple(o for k, o in before.items() if k not in after),
            aendret=tuple(
                TilbudAendring(k, before[k], o)
                for k, o in after.items()
                if k in before and core(before[k]) != core(o)
            ),
            fakta=tuple(_fact(r) for r in rows),
        )

    def _vifte_of_changed(self, as_of: date, from_date: date,
                          to_date: date) -> tuple[TilbudIVifte, ...]:
        """The offers of :meth:`tilbudsvifte` on ``as_of`` that have a version (as known
        now) beginning or ending after ``from_date`` and by ``to_date``: the only ones
        whose vifte row can differ between the two days. (A version usually ends where
        the next begins; the end is asked too, for one that ends with no successor.)"""
        where, params = self._in_vifte(as_of, None)
        rows = self.db.query(
            f"SELECT {_VERSION_COLS} FROM tilbud_version WHERE {where} AND tilbud_key IN"
            " (SELECT tilbud_key FROM tilbud_version WHERE known_to IS NULL AND ((valid_from"
            " > ? AND valid_from <= ?) OR (valid_to > ? AND valid_to <= ?)))"
            " ORDER BY driftsherre, navn, tilbud_key",
            [*params, *[from_date.isoformat(), to_date.isoformat()] * 2],
        )
        return self._with_rates(rows, as_of.year, None, [r[0] for r in rows])

    def takstbilag(self, year: int, known_at: date | None = None) -> Takstbilag:
        """The rates of every offer for ``year`` and the surpluses/deficits carried into them."""
        regs = self.db.query(
            "SELECT tilbud_key, fra_aar, til_aar, beloeb, ydelse FROM tilbud_takstregulering"
            " WHERE til_aar = ? ORDER BY tilbud_key, version",
            [year],
        )
        frist = self.db.query("SELECT takster FROM tilbudsvifte_frist WHERE aar = ?", [year])
        return Takstbilag(
            aar=year,
            takster=tuple(self._takster(year, known_at)),
            reguleringer=tuple(
                TakstRegulering(k, int(f), int(t), Decimal(b), y) for k, f, t, b, y in regs
            ),
            frist=_date(frist[0][0]) if frist else None,
        )

    def anmodninger(self, aar: int) -> tuple[Anmodning, ...]:
        """The ind- and udmelding requests for the tilbudsvifte of ``aar``, late ones flagged."""
        rows = self.db.query(
            "SELECT tilbud_key, request_id, art, aar, modtaget, frist, for_sent, status,"
            " effective_on, trods_frist, grunde FROM tilbud_anmodning WHERE aar = ?"
            " ORDER BY tilbud_key, request_id",
            [aar],
        )
        return tuple(
            Anmodning(
                key=r[0], request_id=r[1], art=r[2], aar=int(r[3]), modtaget=_date(r[4]),
                frist=_date(r[5]), for_sent=_bool(r[6]), status=r[7], effective_on=_date(r[8]),
                trods_frist=bool(r[9]), grunde=tuple(orjson.loads(r[10])),
            )
            for r in rows
        )

    def anmodning_years(self) -> tuple[int, ...]:
        """The years with ind-/udmelding requests or deadlines for the tilbudsvifte."""
        return tuple(int(r[0]) for r in self.db.query(
            "SELECT aar FROM tilbud_anmodning UNION SELECT aar FROM tilbudsvifte_frist"
            " ORDER BY 1"))

    def frister(self, aar: int) -> Frister | None:
        """The deadlines set for the tilbudsvifte of ``aar``."""
        rows = self.db.query(
            "SELECT aar, ind_udmelding, takster FROM tilbudsvifte_frist WHERE aar = ?", [aar]
        )
        if not rows:
            return None
        return Frister(int(rows[0][0]), _date(rows[0][1]), _date(rows[0][2]))
