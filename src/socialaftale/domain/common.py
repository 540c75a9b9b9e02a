"""The shared kernel of every context: provenance, the event envelope, errors.

Every fact in the record says where it comes from (a document and an item), when
it happened in the world and which decision carries it. The contexts
(tilbudsvifte, meetings, arbejdsgrupper, budget) define their own commands and
events; this module defines what they all share, so that the application can
record, store and replay any of them the same way.
"""

from __future__ import annotations

import calendar
import functools
import sys
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, Union

import attrs
from attrs import field, frozen

__all__ = [
    "AMOUNT_DIGITS",
    "BOUND_RULES",
    "INT_LIMIT",
    "MONTHS",
    "MONTH_NAMES",
    "NAME_LIMIT",
    "TEXT_LIMIT",
    "YEARS",
    "Context",
    "DecisionRef",
    "DomainError",
    "ExternalDecision",
    "Meta",
    "PartialDate",
    "Provenance",
    "Recorded",
    "Source",
    "StreamId",
    "amount_problem",
    "check_fields",
    "danish_date",
    "stream_id",
    "text_problem",
]

StreamId = uuid.UUID

_NAMESPACE = uuid.UUID("5f0e7d0c-6b7a-4c8e-9d55-1e4a3c2b9a10")


@functools.lru_cache(maxsize=65536)
def stream_id(kind: str, key: str) -> StreamId:
    """The stable id of a stream, derived from its kind and natural key.

    Deterministic ids let a command name the stream it touches ("the tilbud
    Kirketoften run by Mariagerfjord") without a look-up, and make the same
    fact recorded twice land on the same stream.
    """
    return uuid.uuid5(_NAMESPACE, f"{kind}:{key}")


class DomainError(Exception):
    """A command broke a rule of the domain; nothing was recorded.

    The message is Danish, written for a secretariat worker. ``rule`` is a
    stable identifier for programs; ``field`` names the offending field when
    there is one. ``command_index`` says which command of a batch broke it.
    """

    def __init__(self, message: str, *, rule: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule
        self.field = field
        self.command_index: int | None = None


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} må ikke være tom")


@frozen
class Source:
    """Where a fact is written: a document and, where relevant, an item in it.

    ``note`` keeps the source's own ambiguities and slips visible (for example
    a year that must be a typing error) instead of silently fixing them. ``kilde_sted``
    is the page and lines in the document ("s. 3, l. 120-124") where the record gives them,
    so a "Kilde" link can open the document at those lines.
    """

    document: str = field(validator=_non_empty)
    item: str | None = None
    note: str | None = None
    kilde_sted: str | None = None


@frozen
class DecisionRef:
    """Points at the decision that carries a fact: a meeting's item.

    ``clause`` numbers the at-clause (1-based) when the minutes decide each
    clause separately; ``matter`` names the item's sub-matter (``Sag.id``) that carries the
    fact, when the item decides several matters.
    """

    meeting: str = field(validator=_non_empty)
    item: str = field(validator=_non_empty)
    clause: int | None = None
    matter: str | None = None


# -- partial dates (here, not in dates.py, so that provenance can hold one) -------

MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

Part = Literal["primo", "medio", "ultimo", "forår", "sommer", "efterår"]
"""A part of a month (primo, medio, ultimo) or, with no month, a season of the year."""

_SEASONS: dict[str, tuple[int, int]] = {"forår": (3, 5), "sommer": (6, 8), "efterår": (9, 11)}


@frozen
class PartialDate:
    """A date known only to a month or part of a month ("primo april 2013"), or to a
    span of months of one year ("november-december 2019": ``month`` to ``til_maaned``).

    ``earliest`` and ``latest`` bound it; it is never rounded to a day.
    """

    year: int
    month: int | None = None
    part: Part | None = None
    til_maaned: int | None = None
    """The last month of a span of months; None: one month (or none)."""

    def __attrs_post_init__(self) -> None:
        for m in (self.month, self.til_maaned):
            if m is not None and not 1 <= m <= 12:
                raise DomainError(f"måned {m} findes ikke", rule="ugyldig-dato", field="dato")
        if self.til_maaned is not None and (self.month is None or self.part is not None
                                            or self.til_maaned <= self.month):
            raise DomainError("en periode af måneder går fra en måned til en senere måned "
                              "samme år (fx november-december 2019)", rule="ugyldig-dato",
                              field="dato")
        if (self.part in _SEASONS) != (self.part is not None and self.month is None):
            raise DomainError(f"'{self.part}' passer ikke til "
                              f"{'en måned' if self.month else 'et helt år'}",
                              rule="ugyldig-dato", field="dato")

    @property
    def earliest(self) -> date:
        if self.month is None and self.part in _SEASONS:
            return date(self.year, _SEASONS[self.part][0], 1)
        month = self.month or 1
        start = {None: 1, "primo": 1, "medio": 11, "ultimo": 21}[self.part]
        return date(self.year, month, start)

    @property
    def latest(self) -> date:
        if self.month is None and self.part in _SEASONS:
            last_month = _SEASONS[self.part][1]
            return date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])
        if self.month is None:
            return date(self.year, 12, 31)
        if self.til_maaned is not None:
            return date(self.year, self.til_maaned,
                        calendar.monthrange(self.year, self.til_maaned)[1])
        last = calendar.monthrange(self.year, self.month)[1]
        end = {None: last, "primo": 10, "medio": 20, "ultimo": last}[self.part]
        return date(self.year, self.month, end)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.part} {self.year}" if self.part else str(self.year)
        name = next(k for k, v in MONTHS.items() if v == self.month)
        if self.til_maaned is not None:
            last = next(k for k, v in MONTHS.items() if v == self.til_maaned)
            return f"{name}-{last} {self.year}"
        return f"{self.part + ' ' if self.part else ''}{name} {self.year}"



@frozen
class ExternalDecision:
    """A decision of a body whose minutes are not in the record, as a source reports it.

    KKR, KDK, a byråd, the regionsråd or FU decide things the record's minutes only
    report ("KKR traf ved møde den 4. februar 2013 beslutning om ..."). The fact is then
    carried by that body's decision, known only through the reporting source: ``body``
    names who decided, ``dato`` when (None where the source does not say), ``tekst`` is
    the source's own words about it (verbatim), never a summary of ours. ``udtryk`` is the
    source's verb where the body did not decide in so many words ("var enige om",
    "vurderede"): then the fact is told as that, never as a decision.
    """

    body: str = field(validator=_non_empty)
    dato: date | PartialDate | None = None
    """A day, or only what the source gives ("oktober 2019", "2019"); None: not given."""
    tekst: str | None = None
    udtryk: str | None = None

    def describe(self) -> str:
        """Danish: "besluttet af KKR 4. februar 2013 (ifølge kilden)", or with ``udtryk``
        "FU var enige om (2. oktober 2019, ifølge kilden)"."""
        day = (None if self.dato is None else str(self.dato)
               if isinstance(self.dato, PartialDate) else danish_date(self.dato))
        if self.udtryk:
            return f"{self.body} {self.udtryk} ({day or 'dato ikke angivet'}, ifølge kilden)"
        when = " (dato ikke angivet)" if day is None else f" {day}"
        return f"besluttet af {self.body}{when} (ifølge kilden)"


MONTH_NAMES = tuple(MONTHS)
"""The month names in calendar order, as the minutes write them."""


def danish_date(day: date) -> str:
    """A date as the minutes write it, "24. oktober 2019": the one spelling that the
    CLI, the web pages and the PDFs share."""
    return f"{day.day}. {MONTH_NAMES[day.month - 1]} {day.year}"


@frozen
class Provenance:
    """What every command states about the fact it records.

    ``occurred_on`` is when the fact happened in the world: the meeting date
    for a decision, the date a request was sent. A date on which a fact takes
    effect (a closure "pr. 1. oktober 2019") belongs to the event itself.

    ``external`` names the body that decided the fact when that body's minutes are not
    in the record; ``decision`` may still point at the item that reports it (the item
    reports, the external body decided).
    """

    occurred_on: date
    source: Source
    decision: DecisionRef | None = None
    external: ExternalDecision | None = None


@frozen
class Meta:
    """The envelope metadata stored with every event."""

    occurred_on: date
    recorded_at: datetime
    recorded_by: str
    source: Source
    decision: DecisionRef | None = None
    external: ExternalDecision | None = None


@frozen
class Recorded:
    """One event in the log: its stream, its position there, the fact, the metadata.

    ``position`` is the event's place in the whole log (the notification id),
    known once the event is stored; projections use it as their tracking
    position.
    """

    stream: StreamId
    version: int
    event: Any
    meta: Meta
    position: int | None = None


@frozen
class Context:
    """A bounded context as the application sees it: its commands, events and decider.

    ``streams`` names the streams a command reads and writes; ``decide`` gets
    their current states (``None`` for a stream with no events yet) and returns
    the new events, each with the stream it belongs to, or raises
    :class:`DomainError`; ``evolve`` folds one event into a stream's state.
    """

    name: str
    commands: tuple[type, ...]
    events: tuple[type, ...]
    streams: Callable[[Any], Sequence[StreamId]]
    decide: Callable[[Any, Mapping[StreamId, Any]], Sequence[tuple[StreamId, Any]]]
    evolve: Callable[[Any, Any], Any]

    def fold(self, events: Sequence[Any], state: Any = None) -> Any:
        """The state of a stream after the given events."""
        for event in events:
            state = self.evolve(state, event)
        return state


# -- fields at the boundary ----------------------------------------------------

Check = Callable[[Any, str], None]

_KINDS: dict[type, str] = {
    str: "tekst", bool: "sand eller falsk", int: "et heltal", Decimal: "et beløb (Decimal)",
    date: "en dato", datetime: "et tidspunkt",
}


# The bounds every value must keep, so that every store holds it: a read model's INTEGER
# column is 32 bits on PostgreSQL, SQLite's 64; PostgreSQL text holds no NUL; JSON, UTF-8 and
# both databases hold no lone surrogate. Checked before deciding, so nothing a store cannot
# hold reaches the log. Integers by field name; a domain rule (negative places, a population
# of 0) is the decider's, so outside the years only the magnitude is bounded here.
YEARS = (1900, 2200)
"""An ``aar``/``year``/``fra_aar``/``til_aar``: the years a record of this agreement is about."""
INT_LIMIT = 1_000_000
"""Any other integer (places, numbers, positions, versions) lies within ±this."""
_INT_RANGES: dict[str, tuple[int, int]] = {
    "aar": YEARS, "year": YEARS, "fra_aar": YEARS, "til_aar": YEARS,
    "befolkningsaar": YEARS,
    "befolkning": (-10_000_000, 10_000_000),  # a municipality's population; Denmark has 6M
}
AMOUNT_DIGITS = 13
"""An amount has at most this many digits before the decimal point (under 10.000 mia. kr.)
and at most two after: 15 significant digits, exact in any store."""
_AMOUNT_BOUND = Decimal(10) ** AMOUNT_DIGITS
NAME_LIMIT = 300
"""Characters in a name, an id, a key or any short text: PostgreSQL indexes hold an entry of
at most 2704 bytes, and these are indexed (alone or two together)."""
TEXT_LIMIT = 100_000
"""Characters in a free text (a referat, an indstilling, a note): PostgreSQL's full-text
search holds at most 1 MB of a decision's words."""
_FREE_TEXT = frozenset({
    "begrundelse", "bemaerkninger", "beskrivelse", "bilag", "fokus", "footnote", "grund",
    "grunde", "hvor", "indstilling", "kilde", "leverance", "maalgruppe", "mandat", "note",
    "referat", "regler", "resume", "sagsfremstilling", "sammenfatning", "titel", "vision",
    "document", "dokument", "sted", "tekst", "formaal", "betingelse", "ordlyd"})
BOUND_RULES = frozenset({"uden-for-graense", "beloeb-for-stort", "beloeb-decimaler",
                         "ulaeseligt-tegn", "tekst-for-lang"})
"""The rules of these bounds: a value no record can hold is invalid input (the CLI's exit 2),
not a refusal by the rules of the agreement."""
_ORE = Decimal("0.01")


def amount_problem(value: Decimal) -> tuple[str, str] | None:
    """Why an amount cannot be kept as written (a Danish reason and a rule id), or None.

    Amounts are never rounded: an øre more or less in a rate or a budget line is a different
    fact, so a third decimal is refused rather than guessed away.
    """
    if not value.is_finite():
        return "skal være et endeligt beløb", "ugyldig-vaerdi"
    if abs(value) >= _AMOUNT_BOUND:
        return (f"har for mange cifre (højst {AMOUNT_DIGITS} før kommaet)",
                "beloeb-for-stort")
    if value.as_tuple().exponent < -2 and value != value.quantize(_ORE):  # type: ignore[operator]
        return "har mere end to decimaler (øre); beløbet afrundes ikke", "beloeb-decimaler"
    return None


def text_problem(value: str) -> str | None:
    """Why a text cannot be stored (NUL, a lone surrogate), or None."""
    if "\0" in value:
        return "indeholder tegnet NUL (\\0), som ikke kan gemmes"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "indeholder et ugyldigt tegn (en enlig surrogat), som ikke kan gemmes"
    return None


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def check_fields(command: object) -> None:
    """Refuse a command whose fields are not of their declared types.

    attrs does not check type hints, and a value the stored event cannot be read back
    as (an outcome "godkendt" where the model says "approved", places as the text "27")
    would poison the log for every later replay. So every command is checked against
    its annotations before it is decided; the error names the field's path.
    """
    cls: Any = type(command)
    _checker(cls)(command, cls.__name__)


def _refuse(path: str, value: Any, expected: str) -> None:
    raise DomainError(f"{path}: {value!r} skal være {expected}", rule="ugyldig-vaerdi",
                      field=path.split(".", 1)[-1])


@functools.cache
def _checker(cls: Any) -> Check:
    """The check of an attrs class's fields, built once per class from its annotations."""
    hints = typing.get_type_hints(cls)
    checks = [(a.name, _check_for(hints[a.name], a.name)) for a in attrs.fields(cls)]

    def check(value: Any, path: str) -> None:
        if not isinstance(value, cls):
            _refuse(path, value, cls.__name__)
        for name, field_check in checks:
            field_check(getattr(value, name), f"{path}.{name}")

    return check


def _refuse_as(path: str, value: Any, problem: str, rule: str) -> None:
    shown = repr(value)
    if len(shown) > 80:  # a long referat is named by its start, not printed whole
        shown = shown[:60] + "…"
    raise DomainError(f"{path}: {shown} {problem}", rule=rule, field=path.split(".", 1)[-1])


def _check_any(value: Any, path: str) -> None:
    """A field typed ``Any`` that holds a command (a correction's replacement) is checked
    as that command."""
    cls: Any = type(value)
    if attrs.has(cls):
        _checker(cls)(value, path)


def _check_for(hint: Any, name: str = "") -> Check:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return _check_any
    if origin is Literal:
        allowed = frozenset(args)
        text = "en af: " + ", ".join(str(a) for a in args)

        def literal(value: Any, path: str) -> None:
            if not isinstance(value, str | int) or value not in allowed:
                _refuse(path, value, text)
        return literal
    if origin in (Union, types.UnionType):
        options = [_check_for(a, name) for a in args if a is not type(None)]
        nullable = type(None) in args
        if len(options) == 1:
            inner = options[0]

            def optional(value: Any, path: str) -> None:
                if value is not None or not nullable:
                    inner(value, path)
            return optional

        def one_of(value: Any, path: str) -> None:
            """A value of a union (a day or a partial date) passes one of its options;
            refused, it is reported as the first option refuses it."""
            if value is None and nullable:
                return
            first: DomainError | None = None
            for option in options:
                try:
                    option(value, path)
                    return
                except DomainError as err:
                    first = first or err
            assert first is not None
            raise first
        return one_of
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _check_for(args[0], name)

            def sequence(value: Any, path: str) -> None:
                if not isinstance(value, tuple):
                    _refuse(path, value, "en tuple")
                for i, element in enumerate(value):
                    item(element, f"{path}[{i}]")
            return sequence
        parts = [_check_for(a) for a in args]

        def fixed(value: Any, path: str) -> None:
            if not isinstance(value, tuple) or len(value) != len(parts):
                _refuse(path, value, f"en tuple med {len(parts)} dele")
            for i, (part, element) in enumerate(zip(parts, value, strict=True)):
                part(element, f"{path}[{i}]")
        return fixed
    if isinstance(hint, type) and attrs.has(hint):
        return lambda value, path: _checker(hint)(value, path)
    if hint is str:
        # A loaded record's own units (its text as data) are neither indexed nor searched.
        longest = (sys.maxsize if name in ("data", "before", "after") else
                   TEXT_LIMIT if name in _FREE_TEXT else NAME_LIMIT)

        def check_text(value: Any, path: str) -> None:
            if not isinstance(value, str):
                _refuse(path, value, _KINDS[str])
            if "\0" in value or not value.isascii():
                problem = text_problem(value)
                if problem is not None:
                    _refuse_as(path, value, problem, "ulaeseligt-tegn")
            if len(value) > longest:
                _refuse_as(path, value, f"er for lang ({_grouped(len(value))} tegn; højst "
                           f"{_grouped(longest)})", "tekst-for-lang")
        return check_text
    if hint is int:
        low, high = _INT_RANGES.get(name, (-INT_LIMIT, INT_LIMIT))

        def number(value: Any, path: str) -> None:
            # bool is an int, but never stands in for a number.
            if not isinstance(value, int) or isinstance(value, bool):
                _refuse(path, value, _KINDS[int])
            if not low <= value <= high:
                problem = (f"er ikke et årstal fra {low} til {high}" if (low, high) == YEARS
                           else f"er for stort (højst {_grouped(high)})" if value > high
                           else f"er for lille (mindst {_grouped(low)})")
                _refuse_as(path, value, problem, "uden-for-graense")
        return number
    if hint is Decimal:
        def amount(value: Any, path: str) -> None:
            if not isinstance(value, Decimal):
                _refuse(path, value, _KINDS[Decimal])
            problem = amount_problem(value)
            if problem is not None:
                _refuse_as(path, value, problem[0], problem[1])
        return amount
    if hint in _KINDS:
        kind, kind_text = hint, _KINDS[hint]
        # datetime is a date, but never stands in for one.
        wrong = datetime if kind is date else None

        def simple(value: Any, path: str) -> None:
            if not isinstance(value, kind) or (wrong is not None and isinstance(value, wrong)):
                _refuse(path, value, kind_text)
        return simple
    if isinstance(hint, type):
        def instance(value: Any, path: str) -> None:
            if not isinstance(value, hint):
                _refuse(path, value, hint.__name__)
        return instance
    return lambda value, path: None
