"""The service layer: record commands as events, keep read models current, answer queries.

``open_store(url)`` opens a store (memory, a SQLite file, PostgreSQL) and
returns a :class:`Socialaftale`. ``record(*commands)`` decides every command
in order against the current state of the streams it touches, each command
seeing the events of the ones before it, and stores all resulting events in
one transaction: all or nothing. The read models are then brought up to date
from the log. Queries per context come from the mixins in
``socialaftale.projections``.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from eventsourcing.persistence import IntegrityError

from .contexts import CONTEXTS, PROJECTIONS
from .domain import meetings
from .domain.common import (
    Context,
    DecisionRef,
    DomainError,
    Meta,
    Provenance,
    Recorded,
    StreamId,
    check_fields,
)
from .domain.names import did_you_mean, normalised
from .errors import StoreError
from .persistence import Cut, EventLog, StoreLocation, parse_store_url
from .projections.aftale import AftaleQueries
from .projections.arbejdsgrupper import ArbejdsgrupperQueries
from .projections.budget import BudgetQueries
from .projections.fora import ForaQueries
from .projections.forloeb import ForloebQueries
from .projections.forslag import ForslagQueries
from .projections.kommune import KommuneQueries
from .projections.meetings import MeetingsQueries
from .projections.personer import PersonerQueries
from .projections.sammensaetning import SammensaetningQueries
from .projections.search import SearchQueries
from .projections.strategi import StrategiQueries
from .projections.tilbudsvifte import TilbudsvifteQueries
from .readstore import (
    Database,
    Progress,
    ProjectionFailed,
    ProjectionFailure,
    Projector,
    environmental,
)

__all__ = ["ConcurrencyConflict", "KnownView", "Socialaftale", "StaleVersion", "StateCache",
           "open_store"]

Clock = Callable[[], datetime]


class ConcurrencyConflict(Exception):
    """Another writer recorded in the same stream first; nothing of this command was stored.

    Recording again decides against the new state and usually succeeds.
    """

    rule = "samtidig-registrering"

    def __init__(self, commands: Sequence[Any], streams: Sequence[StreamId]) -> None:
        names = ", ".join(sorted({type(c).__name__ for c in commands}))
        ids = ", ".join(str(s) for s in streams)
        super().__init__(
            f"En anden har registreret i samme forløb ({ids}) samtidig med {names}; "
            "intet blev gemt. Prøv igen."
        )
        self.streams = tuple(streams)


class StaleVersion(ConcurrencyConflict):
    """The caller decided from a stream at an older version than the log now holds (a form
    opened before someone else saved); nothing of this command was stored."""

    rule = "aendret-af-en-anden"

    def __init__(self, commands: Sequence[Any], stream: StreamId, expected: int,
                 found: int) -> None:
        super().__init__(commands, [stream])
        self.args = (f"{stream} er ændret af en anden siden version {expected} (nu {found}); "
                     "intet blev gemt.",)
        self.stream, self.expected, self.found = stream, expected, found


def _context_index(contexts: Sequence[Context]) -> dict[type, Context]:
    index: dict[type, Context] = {}
    for ctx in contexts:
        for cmd in ctx.commands:
            if cmd in index:
                raise ValueError(f"{cmd.__name__} belongs to two contexts")
            index[cmd] = ctx
    return index


class StateCache:
    """The latest known state of recently used streams, so deciding reads only what is new.

    A cached state is never trusted blindly: loading asks the log for the events after the
    cached version (usually none) and folds them in, so another writer's events are seen.
    Bounded: the least recently used streams are forgotten.
    """

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._entries: OrderedDict[StreamId, tuple[int, Any]] = OrderedDict()
        # The web server records from worker threads: reordering and evicting are not atomic.
        self._lock = threading.Lock()

    def get(self, stream: StreamId) -> tuple[int, Any] | None:
        with self._lock:
            entry = self._entries.get(stream)
            if entry is not None:
                self._entries.move_to_end(stream)
            return entry

    def put(self, stream: StreamId, version: int, state: Any) -> None:
        with self._lock:
            self._entries[stream] = (version, state)
            self._entries.move_to_end(stream)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class _UnitOfWork:
    """The streams one ``record`` call touches, their states and the new events."""

    def __init__(self, log: EventLog, cache: StateCache) -> None:
        self.log = log
        self.cache = cache
        self.states: dict[StreamId, Any] = {}
        self.versions: dict[StreamId, int] = {}
        self.loaded: dict[StreamId, int] = {}  # each stream's version when first loaded
        self.pending: list[Recorded] = []
        self.owners: list[int] = []  # the index of the command each pending event came from

    def load(self, ctx: Context, stream: StreamId) -> Any:
        if stream not in self.states:
            version, state = self.cache.get(stream) or (0, None)
            events = self.log.stream(stream, after=version)
            self.states[stream] = ctx.fold([r.event for r in events], state)
            self.versions[stream] = events[-1].version if events else version
            self.loaded[stream] = self.versions[stream]
        return self.states[stream]

    def evolve(self, ctx: Context, stream: StreamId, event: Any) -> None:
        self.states[stream] = ctx.evolve(self.states[stream], event)

    def stamp(self, stream: StreamId, event: Any, meta: Meta, owner: int) -> None:
        self.versions[stream] += 1
        self.pending.append(Recorded(stream, self.versions[stream], event, meta))
        self.owners.append(owner)

    def stored(self) -> None:
        """The pending events are in the log: remember every state for the next command."""
        for stream, state in self.states.items():
            self.cache.put(stream, self.versions[stream], state)


KnownView = Cut
"""Which past view a store answers: ``recorded_by`` (as the record held it at the end of that
day) and ``occurred_by`` (as the world knew it then, by the facts' ``occurred_on``)."""


class Socialaftale(
    KommuneQueries, TilbudsvifteQueries, BudgetQueries, MeetingsQueries,
    ArbejdsgrupperQueries, StrategiQueries, ForaQueries, PersonerQueries, ForloebQueries,
    SearchQueries, SammensaetningQueries, ForslagQueries, AftaleQueries,
):
    """One store of the record: its event log, read models and queries."""

    def __init__(
        self,
        log: EventLog,
        db: Database,
        *,
        actor: str = "ukendt",
        clock: Clock | None = None,
        contexts: Sequence[Context] = CONTEXTS,
        project: bool = True,
    ) -> None:
        self.log = log
        self.db = db
        self.actor = actor
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.contexts = tuple(contexts)
        self._by_command = _context_index(self.contexts)
        self.projector = Projector(log, db, [p() for p in PROJECTIONS])
        self.project = project  # False: a separate process (``socialaftale catch-up``) projects
        self.states = StateCache()
        self.known: KnownView | None = None
        """Set on a view from :meth:`as_known`: which past it answers as; None: the present."""
        self._views: OrderedDict[tuple[KnownView, int], Socialaftale] = OrderedDict()
        self._views_lock = threading.Lock()

    # -- recording -------------------------------------------------------------

    def decide(self, *commands: Any, by: str | None = None) -> list[Recorded]:
        """The events the commands would record, without storing anything."""
        return self._decide(commands, by).pending

    def decide_each(self, *commands: Any, by: str | None = None) -> list[list[Recorded]]:
        """Per command, the events it would record (in one batch), without storing anything.

        A refusal carries ``command_index``: which of the commands broke the rule.
        """
        uow = self._decide(commands, by)
        grouped: list[list[Recorded]] = [[] for _ in commands]
        for owner, recorded in zip(uow.owners, uow.pending, strict=True):
            grouped[owner].append(recorded)
        return grouped

    def _decide(self, commands: Sequence[Any], by: str | None) -> _UnitOfWork:
        uow = _UnitOfWork(self.log, self.states)
        decided: list[tuple[Context, StreamId, Any, Provenance, int]] = []
        for index, command in enumerate(commands):
            try:
                self._decide_one(uow, command, index, decided)
            except DomainError as err:
                err.command_index = index
                raise
        # Stamped once, after deciding: the moment the whole command is recorded.
        recorded_at = self.clock()
        for _ctx, stream, event, provenance, owner in decided:
            uow.stamp(
                stream,
                event,
                Meta(
                    occurred_on=provenance.occurred_on,
                    recorded_at=recorded_at,
                    recorded_by=by or self.actor,
                    source=provenance.source,
                    decision=provenance.decision,
                    external=provenance.external,
                ),
                owner,
            )
        return uow

    def _decide_one(self, uow: _UnitOfWork, command: Any, index: int,
                    decided: list[tuple[Context, StreamId, Any, Provenance, int]]) -> None:
        """Decide one command against the batch's states so far."""
        ctx = self._by_command.get(type(command))
        if ctx is None:
            raise TypeError(f"{type(command).__name__} is not a command of any context")
        check_fields(command)
        if ctx.name != "records":  # its commands are made here, from normalised units
            spelled = normalised(command)  # one spelling per name before streams are keyed
            if spelled is not command:
                check_fields(spelled)  # NFC can lengthen a text past its bound
            command = spelled
        provenance: Provenance = command.provenance
        if provenance.decision is not None and ctx is not meetings.CONTEXT:
            self._require_decision(uow, provenance.decision)
        states = {s: self._load(uow, ctx, s) for s in ctx.streams(command)}
        for stream, event in ctx.decide(command, states):
            if stream not in states:
                raise RuntimeError(
                    f"{ctx.name}: decide wrote to a stream {stream} it did not declare"
                )
            uow.evolve(ctx, stream, event)
            decided.append((ctx, stream, event, provenance, index))

    def _load(self, uow: _UnitOfWork, ctx: Context, stream: StreamId) -> Any:
        """A stream's state; one that cannot be folded back from the log is a damaged log.

        A failing database or connection is raised as it is; so is any failure that a
        second fold of the stream does not repeat (it says nothing about the log)."""
        try:
            return uow.load(ctx, stream)
        except DomainError:
            raise
        except Exception as err:
            if environmental(err) or isinstance(err, MemoryError):
                raise
            state = None
            try:
                stored = self.log.stream(stream)
            except Exception as unreadable:  # an event that no longer decodes
                if environmental(unreadable):
                    raise
                raise self.projector.stream_damaged(stream, 0, unreadable) from err
            for recorded in stored:  # which version the fold fails at
                try:
                    state = ctx.evolve(state, recorded.event)
                except Exception:
                    raise self.projector.stream_damaged(stream, recorded.version,
                                                        err) from err
            raise

    @staticmethod
    def _require_decision(uow: _UnitOfWork, ref: DecisionRef) -> None:
        """A fact may point only to a decision its meeting has, once that meeting is recorded.

        Facts may be entered before their meeting (the minutes arrive in parts); but when
        the meeting is in the record, the decision under the item must be there too.
        """
        state = uow.load(meetings.CONTEXT, meetings.meeting_stream(ref.meeting))
        if state is not None and not meetings.decision_exists(state, ref.item):
            raise DomainError(
                f"mødet {ref.meeting} har ingen beslutning under punkt {ref.item}; "
                "registrér beslutningen før de fakta, den bærer",
                rule="beslutning-mangler", field="beslutning")
        if state is not None and ref.matter is not None \
                and not meetings.matter_exists(state, ref.item, ref.matter):
            known = sorted(state.sager.get(ref.item, ()))
            hint = did_you_mean(ref.matter, known)
            raise DomainError(
                f"beslutningen under punkt {ref.item} på mødet {ref.meeting} har ingen sag "
                f"'{ref.matter}'{hint}", rule="ukendt-sag", field="sag")

    def record(self, *commands: Any, by: str | None = None,
               expected: Mapping[StreamId, int] | None = None) -> list[Recorded]:
        """Decide and store the commands' events in one transaction; all or none.

        Raises :class:`DomainError` when a command breaks a rule and
        :class:`ConcurrencyConflict` when another writer got there first; in
        both cases nothing is stored. ``expected``: the version each stream must be at
        (what the caller saw when it asked), else :class:`StaleVersion`; the append's unique
        versions make the check hold up to the moment of storing.
        """
        self._writable()
        uow = self._decide(commands, by)
        for stream, version in (expected or {}).items():
            found = uow.loaded.get(stream)
            if found is None:
                events = self.log.stream(stream)
                found = events[-1].version if events else 0
            if found != version:
                raise StaleVersion(commands, stream, version, found)
        if not uow.pending:
            return []
        try:
            positions = self.log.append(uow.pending)
        except IntegrityError:
            raise ConcurrencyConflict(commands, list(uow.states)) from None
        uow.stored()
        recorded = [
            Recorded(r.stream, r.version, r.event, r.meta, pos)
            for r, pos in zip(uow.pending, positions, strict=True)
        ]
        if self.project:
            # The events are stored; a read model that cannot apply them is kept for
            # projection_failures() and stops before them, never the store.
            with suppress(ProjectionFailed):
                self.projector.catch_up(recent=recorded)
        return recorded

    # -- reading the log -------------------------------------------------------

    def events(self, after: int = 0) -> Iterator[Recorded]:
        """Every event in log order (for export, audit and replay)."""
        return self.log.read(after)

    def stream(self, stream: StreamId) -> list[Recorded]:
        """Every event of one stream."""
        return self.log.stream(stream)

    def append_recorded(self, recorded: Sequence[Recorded],
                        progress: Progress | None = None) -> None:
        """Store events exactly as given (import of an exported log into a store)."""
        self._writable()
        try:
            self.log.append(list(recorded))
        except IntegrityError:
            raise ConcurrencyConflict([], sorted({r.stream for r in recorded})) from None
        self.projector.catch_up(progress)

    # -- the record as it stood ------------------------------------------------

    #: How many past views a store keeps built (each is a whole set of read models in memory).
    VIEWS = 4

    def as_known(self, recorded_by: date | None = None, *,
                 occurred_by: date | None = None) -> Socialaftale:
        """A read-only store whose every query answers as the record held it at the end of
        ``recorded_by`` (Danish time) and/or as the world knew it on ``occurred_by``
        (see :class:`~socialaftale.persistence.Cut`).

        The view's read models are built in memory from the kept events, once per view and
        log head (the last :attr:`VIEWS` are kept; a new event makes a new one). A view that
        keeps every event is this store itself, and is remembered as such too: finding that
        out reads and decodes the whole log (seconds at national size, on every request of
        a page with ``?kendt=`` or ``?verden=`` otherwise). Recording into a view is
        refused."""
        view = KnownView(recorded_by, occurred_by)
        if recorded_by is None and occurred_by is None:
            return self
        head = self.log.last_position()
        with self._views_lock:
            found = self._views.get((view, head))
            if found is not None:
                self._views.move_to_end((view, head))
                return found
        every = list(self._events_until(head))
        kept = [Recorded(r.stream, r.version, r.event, r.meta) for r in view.select(every)]
        built = self if len(kept) == len(every) else _view_store(kept, view, self)
        with self._views_lock:
            raced = self._views.get((view, head))
            if raced is not None:  # another thread built the same view meanwhile: keep one
                if built is not self:
                    built.close()
                return raced
            self._views[(view, head)] = built
            while len(self._views) > self.VIEWS:
                _key, old = self._views.popitem(last=False)
                if old is not self:
                    old.close()
        return built

    def _events_until(self, head: int) -> Iterator[Recorded]:
        for recorded in self.log.read():
            if recorded.position is not None and recorded.position > head:
                return
            yield recorded

    def _writable(self) -> None:
        if self.known is not None:
            raise StoreError(
                "en visning af registret, som det stod på en tidligere dato, kan ikke ændres; "
                "registrér i lageret selv", rule="visning-skrivebeskyttet", store="visning")

    # -- read models -----------------------------------------------------------

    def projection_failures(self) -> list[ProjectionFailure]:
        """Read models stopped before an event they cannot apply (empty when all is well).

        Their queries answer as of the event before; the log, export and every other read
        model are unaffected."""
        return self.projector.failures()

    def catch_up(self, progress: Progress | None = None) -> int:
        """Apply events recorded by other processes to the read models.

        Raises :class:`ProjectionFailed` when a read model cannot apply an event (after
        bringing every other one up to date)."""
        return self.projector.catch_up(progress)

    #: A log shorter than this is replayed in one process (starting another costs seconds).
    PARALLEL_FROM = 5000

    def rebuild(self, names: Sequence[str] | None = None, progress: Progress | None = None,
                *, workers: int | None = 1) -> int:
        """Drop read models and replay them from the log (:class:`ProjectionFailed` as
        for :meth:`catch_up`).

        ``workers`` processes replay it (default one: two were measured slower on both
        stores, docs/performance.md "Both cores"; ``None`` chooses the cores' number for a
        log of at least :attr:`PARALLEL_FROM` events), each a share of
        the read models (:func:`_shares`); their tables are their own, so they do not
        conflict. The search index, built from the others, is built after all have
        finished. A share that stops (a crash, a failing event) is finished by the final
        catch-up of all, here or at the next open."""
        if workers is None:
            workers = min(2, os.cpu_count() or 1)
            if self.log.last_position() < self.PARALLEL_FROM:
                workers = 1
        with self.db.bulk():
            return self._rebuild(names, progress, workers)

    def _rebuild(self, names: Sequence[str] | None, progress: Progress | None,
                 workers: int) -> int:
        if workers <= 1 or self.db.location.kind == "memory":
            return self.projector.rebuild(names, progress)
        chosen = self.projector.reset(names)
        shares = _shares([p.name for p in chosen if not p.deferrable], workers)
        done = 0
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(len(shares) - 1, mp_context=context) as pool:
            others = [pool.submit(_replay_share, self.db.location, share)
                      for share in shares[1:]]
            with suppress(ProjectionFailed):  # recorded; raised again by the catch-up of all
                done = self.projector.catch_up(progress, only=shares[0])
            for other in others:
                # Whatever stopped another share, the catch-up of all below finishes it.
                with suppress(Exception):
                    done = max(done, other.result())
        return max(done, self.projector.catch_up(progress))

    # -- lifecycle -------------------------------------------------------------

    def close(self) -> None:
        with self._views_lock:
            views, self._views = list(self._views.values()), OrderedDict()
        for view in views:
            if view is not self:  # a view that keeps every event is this store
                view.close()
        self.db.close()
        self.log.close()

    def __enter__(self) -> Socialaftale:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(
    url: str = "socialaftale.db", *, actor: str = "ukendt", clock: Clock | None = None,
    project: bool = True,
) -> Socialaftale:
    """Open (and on first use create) a store: ``memory:``, a SQLite path or URL, or
    ``postgresql://user@host:port/db[?schema=NAME]``.

    ``project=False`` leaves the read models to another process (``socialaftale catch-up
    --follow``): recording then only writes the log, and queries answer as of the last
    catch-up."""
    location = parse_store_url(url)
    where = describe_store(location)
    _check_path(location, where)
    try:
        db = Database(location)
    except Exception as err:
        raise _open_error(err, where, location.kind) from None
    store: Socialaftale | None = None
    try:
        with db.setup_lock():
            log = EventLog(env=location.env)
            store = Socialaftale(log, db, actor=actor, clock=clock, project=project)
        if project:
            with suppress(ProjectionFailed):  # a stopped read model never keeps a store closed
                store.catch_up()
    except Exception as err:
        if store is not None:
            store.close()  # the log's connections too
        else:
            db.close()
        mapped = _open_error(err, where, location.kind)
        if mapped is err:
            raise
        raise mapped from None
    return store


#: A read model's share of a replay's work, from the profile of a rebuild
#: (docs/profiles/rebuild-deferred-sqlite-20k.txt: meetings as much as the rest together).
_COST = {"meetings": 6}


def _shares(names: Sequence[str], workers: int) -> list[list[str]]:
    """The read models split into ``workers`` shares of about equal cost (the costliest
    first, each to the lightest share so far); empty shares dropped."""
    shares: list[list[str]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for name in sorted(names, key=lambda n: -_COST.get(n, 1)):
        lightest = loads.index(min(loads))
        shares[lightest].append(name)
        loads[lightest] += _COST.get(name, 1)
    return [share for share in shares if share] or [[]]


def _replay_share(location: StoreLocation, share: list[str]) -> int:
    """In a worker process: replay one share of a parallel rebuild (returns events read)."""
    db = Database(location)
    log = EventLog(env=location.env)
    try:
        projector = Projector(log, db, [p() for p in PROJECTIONS])
        try:
            with db.bulk():
                return projector.catch_up(only=share)
        except ProjectionFailed:
            return 0  # recorded in projection_failure; the catch-up of all reports it
    finally:
        db.close()
        log.close()


def _view_store(kept: Sequence[Recorded], view: KnownView, of: Socialaftale) -> Socialaftale:
    """A read-only store in memory holding ``kept``, its read models built."""
    location = parse_store_url("memory:")
    built = Socialaftale(EventLog(env=location.env), Database(location), actor=of.actor,
                         clock=of.clock, contexts=of.contexts)
    if kept:
        with suppress(ProjectionFailed):  # kept for projection_failures(), as in a store
            built.append_recorded(kept)
    built.known = view
    return built


def describe_store(location: StoreLocation) -> str:
    """The store as a user names it, without a password."""
    if location.kind == "postgresql":
        env = location.env
        schema = f"?schema={location.schema}" if location.schema else ""
        return (f"postgresql://{env['POSTGRES_USER']}@{env['POSTGRES_HOST']}:"
                f"{env['POSTGRES_PORT']}/{env['POSTGRES_DBNAME']}{schema}")
    return location.path or "memory:"


def _check_path(location: StoreLocation, where: str) -> None:
    """A SQLite store's path: its folder must exist, and the path, if it exists, be a file."""
    if location.kind != "sqlite" or not location.path:
        return
    path = Path(location.path)
    if not path.parent.is_dir():
        raise StoreError(
            f"lageret '{where}' kan ikke åbnes: mappen '{path.parent}' findes ikke "
            "(opret den, eller ret stien)", rule="lager-mappe-mangler", store=where)
    if path.exists() and not path.is_file():
        what = "en mappe" if path.is_dir() else "ikke en almindelig fil"
        raise StoreError(f"lageret '{where}' kan ikke åbnes: stien er {what}",
                         rule="lager-ikke-fil", store=where)


def _open_error(err: Exception, where: str, kind: str) -> Exception:
    """A Danish :class:`StoreError` for what went wrong opening the store (``err`` itself if
    it is not about the store)."""
    import sqlite3

    import psycopg
    from eventsourcing.persistence import InterfaceError as EsInterfaceError
    from eventsourcing.persistence import OperationalError as EsOperationalError
    from eventsourcing.persistence import ProgrammingError as EsProgrammingError

    if isinstance(err, StoreError):
        return err
    detail = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
        return StoreError(f"lageret '{where}' er ikke en SQLite-database (filen findes, men "
                          f"indeholder noget andet: {detail})",
                          rule="lager-ikke-database", store=where)
    if isinstance(err, sqlite3.OperationalError):
        return StoreError(f"lageret '{where}' kan ikke åbnes ({detail})",
                          rule="lager-kan-ikke-aabnes", store=where)
    if kind == "postgresql" and isinstance(err, psycopg.ProgrammingError | EsProgrammingError):
        return StoreError(f"PostgreSQL-lageret {where} kan ikke tages i brug: brugeren mangler "
                          f"rettigheder, eller skemaet er forkert ({detail})",
                          rule="lager-kan-ikke-aabnes", store=where)
    if kind == "postgresql" and isinstance(
            err, psycopg.OperationalError | EsOperationalError | EsInterfaceError):
        return StoreError(f"PostgreSQL-lageret {where} kan ikke nås ({detail})",
                          rule="lager-utilgaengeligt", store=where)
    if kind == "sqlite" and isinstance(err, EsOperationalError | EsInterfaceError):
        return StoreError(f"lageret '{where}' kan ikke åbnes lige nu ({detail}); er det låst af "
                          "en anden proces, så prøv igen", rule="lager-kan-ikke-aabnes",
                          store=where)
    return err
