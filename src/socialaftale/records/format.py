"""The meeting record: one human-written YAML file per meeting, and the commands it means.

A record holds what the minutes hold: the meeting (forum, date, participants,
afbud, guests), its items in order with indstilling and bilag, and under each
item the decision with its referat, its follow-up actions and the facts it
carries (``fakta``: any command of the model, named by ``type``). Facts that
no decision of this meeting carries (the takstbilag an item refers to) go
under ``grundlag`` with their own ``dato`` and ``kilde``.

The classes below are the format: ``read_record`` structures a parsed file
into them, ``commands`` turns them into the commands to record, and
:mod:`socialaftale.records.schema` generates the JSON Schema from them, so the
documentation, the validation and the code cannot drift apart.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import attrs
import cattrs
from attrs import frozen
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from ..contexts import CONTEXTS
from ..domain import meetings, names
from ..domain.common import (
    BOUND_RULES,
    DecisionRef,
    DomainError,
    ExternalDecision,
    Provenance,
    Source,
    check_fields,
)
from ..domain.dates import (
    Dato,
    PartialDate,
    end_of_week,
    is_dato_type,
    parse_danish_date,
    parse_dato,
)
from ..domain.money import kroner, parse_kroner
from ..domain.tilbudsvifte import Lovgrundlag, parse_lovgrundlag
from .sted import parse_kilde_sted
from .yamltext import Located, Path, RecordSyntaxError, parse_yaml

__all__ = [
    "FACT_TYPES",
    "FRIST_FORMS",
    "OUTCOMES",
    "Beslutning",
    "Deltager",
    "EfterskriftOptegnelse",
    "Fakt",
    "Frist",
    "Gennemsyn",
    "Grundlag",
    "Moede",
    "Moedeoptegnelse",
    "NaesteMoede",
    "Opfoelgning",
    "PunktOptegnelse",
    "RecordError",
    "ReferatBilagOptegnelse",
    "SagOptegnelse",
    "Unit",
    "commands",
    "fact_command",
    "fact_fields",
    "fact_from_text",
    "read_frist",
    "read_record",
]


class RecordError(ValueError):
    """A record breaks a rule of the format or of the model; names file, line and field.

    ``refused`` is true when the file was well-formed but a rule of the model refused
    what it says (the CLI exits 1 then, 2 for a malformed file)."""

    def __init__(self, message: str, *, file: str, line: int | None,
                 field: str | None = None, rule: str | None = None,
                 refused: bool = False) -> None:
        where = f"{file}, linje {line}" if line is not None else file
        what = f" (felt '{field}')" if field else ""
        super().__init__(f"{where}{what}: {message}")
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        self.rule = rule
        self.refused = refused  # a rule of the model refused it (not a malformed file)


#: Danish names accepted for the outcomes (the model's own names are accepted too).
OUTCOMES: dict[str, meetings.Outcome] = {
    **meetings.OUTCOME_NAMES,
    **{v: v for v in typing.get_args(meetings.Outcome)},
}

DANISH_OUTCOMES = tuple(k for k in OUTCOMES if k not in typing.get_args(meetings.Outcome)
                        and OUTCOMES[k] not in meetings.DERIVED_ONLY)

#: The model's commands a decision can carry, by class name; the meeting's own commands are
#: written as the record's structure, not as facts.
_STRUCTURAL = (meetings.ScheduleMeeting, meetings.ProposeAgenda, meetings.RecordDecision,
               meetings.AssignAction, meetings.CorrectMeeting, meetings.CorrectAgenda,
               meetings.CorrectDecision, meetings.SendAgenda, meetings.NoteMeeting,
               meetings.AnnounceNextMeeting,
               # a bilag file comes with its bytes, by upload (socialaftale.files), never as
               # a hash written in a record
               meetings.AttachBilagFile,
               # a referat taken in the browser is opened and published there; a record
               # file's referat is public as it is loaded
               meetings.OpenReferat, meetings.PublishReferat)
FACT_TYPES: dict[str, type] = {
    cls.__name__: cls
    for ctx in CONTEXTS
    for cls in ctx.commands
    if cls not in _STRUCTURAL and ctx.name != "records"
}


@frozen(kw_only=True)
class Opfoelgning:
    """A follow-up action; ``frist`` is a date, "uge 47", "til næste møde", "snarest" or a
    partial date ("primo april", "forår 2015"; see FRIST_FORMS), and left out when the
    minutes give none (unknown, never guessed). ``ansvarlig`` is left out when the minutes
    name no owner; ``note`` is the record's note on the action."""

    id: str
    ansvarlig: str | None = None
    leverance: str
    frist: str | None = None
    note: str | None = None
    kilde_sted: str | None = None


Fakt = dict[str, Any]
"""A fact: ``type`` (a command name), optional ``dato`` (when it happened, default the
meeting date), ``note`` (a source note) and ``klausul`` (the at-clause), then the command's
own fields."""


@frozen(kw_only=True)
class KlausulUdfald:
    """The outcome of one at-clause (numbered from 1 as the indstilling lists them)."""

    nummer: int
    udfald: str
    note: str | None = None


@frozen(kw_only=True)
class SagOptegnelse:
    """A sub-matter of the item's decision, with its own outcome (``sager``).

    ``id`` is a short key unique in the item ("a", or the other body's item number it is
    about); ``titel`` the minutes' name for the matter; ``klausuler`` the indstilling's
    at-clauses it concerns; ``referat`` the part of the item's referat about it, verbatim;
    ``fakta`` and ``opfoelgning`` are carried by this matter (their provenance names it)."""

    id: str
    titel: str
    udfald: str
    klausuler: tuple[int, ...] = ()
    referat: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: DecisionRef | None = None
    note: str | None = None
    fakta: tuple[Fakt, ...] = ()
    opfoelgning: tuple[Opfoelgning, ...] = ()
    kilde_sted: str | None = None


@frozen(kw_only=True)
class Beslutning:
    """``udfald`` may be left out only when ``sager`` are given and the minutes state no
    outcome for the item as a whole: it is then derived from the sager. ``referat`` is the
    minutes' words (left out, like ``udfald``, only when the minutes have text only under the
    item's sager); ``sammenfatning`` the recorder's own summary, shown as such and never as
    the minutes' words (see records/verbatim.py)."""

    udfald: str | None = None
    referat: str | None = None
    sammenfatning: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    klausuler: tuple[KlausulUdfald, ...] = ()
    anbefaling_til: DecisionRef | None = None
    godkender_referat_af: str | None = None
    note: str | None = None
    fakta: tuple[Fakt, ...] = ()
    opfoelgning: tuple[Opfoelgning, ...] = ()
    sager: tuple[SagOptegnelse, ...] = ()
    kilde_sted: str | None = None


@frozen(kw_only=True)
class NaesteMoede:
    """The next meeting as an item announces it. ``dato`` is left out where the minutes say
    it is announced later ("udmeldes senere"), and may be partial ("primo januar 2020");
    ``tekst`` is the minutes' words, verbatim."""

    dato: Dato | None = None
    tid: str | None = None
    sted: str | None = None
    tekst: str | None = None
    kilde_sted: str | None = None


@frozen(kw_only=True)
class PunktOptegnelse:
    nummer: str
    titel: str
    art: Literal["behandling", "orientering"] = "behandling"
    indstilling: tuple[str, ...] = ()
    bilag: tuple[str, ...] = ()
    resume: str | None = None
    sagsfremstilling: str | None = None
    indleder: str | None = None
    rejst_ved: DecisionRef | None = None
    beslutning: Beslutning | None = None
    naeste_moede: NaesteMoede | None = None
    kilde_sted: str | None = None


@frozen
class Deltager(meetings.Deltager):
    """A person of the header as the record writes them: the meeting's Deltager and where
    in the minutes the person is listed (``kilde_sted``, a draft's; not part of the event)."""

    kilde_sted: str | None = None

    def deltager(self) -> meetings.Deltager:
        """The person as the meeting's event records them (without ``kilde_sted``)."""
        return meetings.Deltager(**{a.name: getattr(self, a.name)
                                    for a in attrs.fields(meetings.Deltager)})


@frozen(kw_only=True)
class Moede:
    id: str
    forum: str
    dato: date
    tid: str | None = None
    sted: str | None = None
    sagsnr: str | None = None
    deltagere: tuple[Deltager, ...] = ()
    afbud: tuple[Deltager, ...] = ()
    gaester: tuple[Deltager, ...] = ()
    referent: tuple[str, ...] = ()
    kilde_sted: str | None = None


@frozen(kw_only=True)
class Grundlag:
    """Facts no decision of this meeting carries: when they held and where they are written."""

    dato: date
    kilde: str
    kilde_sha256: str | None = None
    note: str | None = None
    fakta: tuple[Fakt, ...] = ()


@frozen(kw_only=True)
class EfterskriftOptegnelse:
    """An efterskrift: its text verbatim, and its date and signer where the minutes give them.

    Where it adds to an item (``punkt``), it may carry what a decision carries: remarks
    (``bemaerkninger``, verbatim), follow-up actions (``opfoelgning``) and facts (``fakta``);
    the actions and facts are the item's decision's, raised on the efterskrift's ``dato``.
    """

    tekst: str
    dato: date | None = None
    underskriver: str | None = None
    punkt: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    fakta: tuple[Fakt, ...] = ()
    opfoelgning: tuple[Opfoelgning, ...] = ()


@frozen(kw_only=True)
class ReferatBilagOptegnelse:
    """A bilag attached to the referat (not the agenda), with the item it was shown under."""

    tekst: str
    punkt: str | None = None


@frozen(kw_only=True)
class Gennemsyn:
    """An open entry of a draft's review list: ``felt`` is the record field the drafter
    inferred (``punkter[3].beslutning.udfald``), ``tekst`` the minutes' phrase it inferred it
    from (verbatim), ``kilde_sted`` where that phrase is, ``grund`` why it must be reviewed.
    A record with open entries is refused (``gennemsyn-aaben``) until the reviewer has
    checked each and removed it."""

    felt: str
    tekst: str
    grund: str
    kilde_sted: str | None = None


@frozen(kw_only=True)
class Moedeoptegnelse:
    """One meeting's record. ``kilde`` is the minutes' document (file name or Dok.nr.),
    ``kilde_sha256`` its content hash (the verbatim check refuses a changed document).

    ``overskrift`` is the document's own heading as printed (where it says otherwise than
    the content: a referat headed "Dagsorden til møde ..."), ``bilag`` the bilag attached to
    the referat, ``efterskrift`` a postscript, ``noter`` the record writer's own notes; all
    of them are recorded (``NoteMeeting``) and shown with the meeting."""

    kilde: str
    kilde_sha256: str | None = None
    moede: Moede
    overskrift: str | None = None
    punkter: tuple[PunktOptegnelse, ...] = ()
    grundlag: tuple[Grundlag, ...] = ()
    bilag: tuple[ReferatBilagOptegnelse, ...] = ()
    efterskrift: EfterskriftOptegnelse | None = None
    noter: tuple[str, ...] = ()
    gennemsyn: tuple[Gennemsyn, ...] = ()


# -- structuring --------------------------------------------------------------------------


class _Invalid(ValueError):
    """A value of the wrong kind; the message is Danish and ends up in a RecordError,
    under the domain's own rule where the domain refused it (an amount, a date)."""

    def __init__(self, message: str, rule: str = "ugyldigt-felt") -> None:
        super().__init__(message)
        self.rule = rule


def _shown(value: Any) -> str:
    """A value as the person wrote it in the file, never as Python prints it."""
    if value is None:
        return "en tom værdi"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "en tabel"
    if isinstance(value, list | tuple):
        return "en liste"
    return f"'{value}'"


def _must_be(value: Any, what: str) -> str:
    """"'mange' skal være et heltal", or "skal være et heltal, ikke en tabel"."""
    if value is None or isinstance(value, dict | list | tuple):
        return f"skal være {what}, ikke {_shown(value)}"
    return f"{_shown(value)} skal være {what}"


def _strict_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(_must_be(value, "et heltal"))
    return value


def _strict_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(_must_be(value, "true eller false"))
    return value


def _strict_str(value: Any, _: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise _Invalid(_must_be(value, "tekst"))
    return str(value)


def _date(value: Any, _: Any) -> date:
    if not isinstance(value, str):
        raise _Invalid(_must_be(value, "en dato (ÅÅÅÅ-MM-DD)"), "ugyldig-dato")
    try:
        return parse_danish_date(value)
    except DomainError as err:
        raise _Invalid(err.message, err.rule) from None


def _dato(value: Any, _: Any) -> Dato | None:
    """A date the minutes may give vaguely: "24. oktober 2019", "primo april 2013", "2015"."""
    if value is None:
        return None
    if isinstance(value, date | PartialDate):  # already read (a deadline text, see _frist)
        return value
    if not isinstance(value, str):
        raise _Invalid(_must_be(value, "en dato (fx 2019-10-24 eller primo april 2013)"),
                       "ugyldig-dato")
    try:
        return parse_dato(value)
    except DomainError as err:
        raise _Invalid(err.message, err.rule) from None


def _amount(value: Any, _: Any) -> Decimal:
    if isinstance(value, bool):
        raise _Invalid(f"{_shown(value)} er ikke et beløb")
    try:
        if isinstance(value, int | Decimal):
            return kroner(value)
        if isinstance(value, str):
            return parse_kroner(value)
    except DomainError as err:
        raise _Invalid(err.message, err.rule) from None
    raise _Invalid(f"{_shown(value)} er ikke et beløb")


def _bases(value: Any, _: Any) -> tuple[Lovgrundlag, ...]:
    texts = value if isinstance(value, list) else [value]
    try:
        return tuple(b for t in texts for b in parse_lovgrundlag(_strict_str(t, None)))
    except DomainError as err:
        raise _Invalid(err.message) from None


def _provenance(value: Any, _: Any) -> Provenance:
    if not isinstance(value, Provenance):  # filled in from the record, never written in it
        raise _Invalid("'provenance' udfyldes af optegnelsen; brug 'dato' og 'note'")
    return value


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(date, _date)
    conv.register_structure_hook(Decimal, _amount)
    conv.register_structure_hook_func(is_dato_type, _dato)
    conv.register_structure_hook(Provenance, _provenance)
    conv.register_structure_hook_func(lambda t: t == tuple[Lovgrundlag, ...], _bases)
    conv.register_structure_hook_func(lambda t: t == Fakt, lambda v, _: _fact_mapping(v))
    conv.register_structure_hook_factory(_is_list_type, lambda t: _list_hook(conv, t))
    conv.register_structure_hook_func(_is_literal, _choice)
    conv.register_structure_hook_factory(
        lambda t: attrs.has(t) and t is not Provenance, lambda t: _table_hook(conv, t))
    return conv


def _is_literal(tp: Any) -> bool:
    return bool(typing.get_origin(tp) == Literal)


def _choice(value: Any, tp: Any) -> Any:
    """One of a fixed set of names (``art``, ``gruppe``, ``noegle``), with a guess."""
    allowed = typing.get_args(tp)
    if not isinstance(value, list | dict) and value in allowed \
            and type(value) is type(allowed[allowed.index(value)]):
        return value
    names = [str(a) for a in allowed]
    hint = _mente_du(value, names) if isinstance(value, str) else ""
    raise _Invalid(f"ugyldig værdi {_shown(value)} (brug en af: {', '.join(names)}){hint}")


def _is_list_type(tp: Any) -> bool:
    args = typing.get_args(tp)
    return (typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis
            and tp != tuple[Lovgrundlag, ...])


def _list_hook(conv: cattrs.Converter, tp: Any) -> Any:
    """A list must be written as a list: a text where a list belongs would otherwise be
    read as its letters, one by one."""
    item = typing.get_args(tp)[0]

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Invalid(_must_be(value, "en liste (fx [a, b] eller en linje pr. element "
                                           "med '- ')"))
        out, errors = [], []
        for i, element in enumerate(value):
            try:
                out.append(conv.structure(element, item))
            except Exception as err:  # collected as cattrs does, with the element's index
                err.__notes__ = [*getattr(err, "__notes__", []),
                                 IterableValidationNote(f"element {i}", i, item)]
                errors.append(err)
        if errors:
            raise IterableValidationError("ugyldige elementer", errors, tp)
        return tuple(out)

    return structure


def _table_hook(conv: cattrs.Converter, cls: type) -> Any:
    """A class is written as a table (a mapping); anything else is named as what it is."""
    inner: Any = make_dict_structure_fn(cls, conv)
    fields = ", ".join(a.name for a in attrs.fields(cls) if a.name != "provenance")

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise _Invalid(_must_be(value, f"en tabel med felterne {fields}"))
        return inner(value, cls)

    return structure


def _fact_mapping(value: Any) -> Fakt:
    if not isinstance(value, dict):
        raise _Invalid("et faktum skal være en tabel med 'type' og felter")
    return value


_converter = _make_converter()


def _walk(exc: BaseException, path: Path) -> Iterator[tuple[Path, BaseException]]:
    """The leaf errors of a cattrs validation error with the path each belongs to."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for inner in exc.exceptions:
            step: Path = ()
            for note in getattr(inner, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    step = (note.name,)
                elif isinstance(note, IterableValidationNote):
                    step = (note.index,)
            yield from _walk(inner, (*path, *step))
    else:
        yield path, exc


def _leaf(exc: BaseException, at: Path) -> tuple[Path, BaseException]:
    """The error to report: the first one, except that a missing field next to an unknown
    one is a misspelling, reported as the unknown field (with "mente du …?")."""
    leaves = list(_walk(exc, at))
    path, first = leaves[0]
    if isinstance(first, KeyError) and path:
        for where, other in leaves:
            if isinstance(other, ForbiddenExtraKeysError) and where == path[:-1]:
                return where, other
    return path, first


#: The fields every fact may have besides its command's own (see ``_fact_command``).
_FACT_FIELDS = ("type", "dato", "note", "klausul", "ekstern_beslutning")


def _known_fields(cls: Any) -> list[str]:
    names = [a.name for a in attrs.fields(cls) if a.name != "provenance"] \
        if attrs.has(cls) else []
    return [*names, *_FACT_FIELDS] if cls in FACT_TYPES.values() else names


def _value_at(value: Any, path: Path) -> Any:
    for part in path:
        if isinstance(part, int) and isinstance(value, list) and 0 <= part < len(value):
            value = value[part]
        elif isinstance(part, str) and isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def _message(exc: BaseException, path: Path, written: Any = None) -> tuple[str, Path]:
    """A leaf error of structuring said in Danish, and the path it belongs to.

    ``written`` is the parsed file, to name a value as it was written; no text of
    cattrs, Python or its types reaches the person who wrote the record."""
    if isinstance(exc, ForbiddenExtraKeysError):
        extra = sorted(exc.extra_fields)
        hint = _mente_du(extra[0], _known_fields(exc.cl))
        names = ", ".join(f"'{e}'" for e in extra)
        return (f"ukendt felt {names}{hint}", (*path, extra[0]))
    if isinstance(exc, KeyError):
        name = path[-1] if path and isinstance(path[-1], str) else None
        return ((f"feltet '{name}' mangler" if name else "feltet mangler"), path)
    if isinstance(exc, _Invalid):
        return (str(exc), path)
    if isinstance(exc, TypeError) and "missing" in str(exc):
        missing = re.findall(r"'(\w+)'", str(exc))
        return (f"feltet {', '.join(repr(m) for m in missing)} mangler",
                (*path, missing[0]) if missing else path)
    return (f"ugyldig værdi: {_shown(_value_at(written, path))}", path)


def field_path(path: Path, value: Any = None) -> str | None:
    """A field's path as the person who wrote the record counts: ``punkter[8].beslutning.
    fakta[2].key`` is the second fact under the item the minutes number 8.

    An agenda item is named by its ``nummer`` (from ``value``, the parsed file) and every
    other list position is 1-based; never a 0-based list position.
    """
    if not path:
        return None
    out: list[str] = []
    node = value
    for i, part in enumerate(path):
        if isinstance(part, int):
            nummer = None
            if i > 0 and path[i - 1] == "punkter" and isinstance(node, list) \
                    and 0 <= part < len(node) and isinstance(node[part], dict):
                raw = node[part].get("nummer")
                nummer = str(raw) if isinstance(raw, (str, int)) and str(raw).strip() else None
            label = nummer if nummer is not None else str(part + 1)
            if out:
                out[-1] += f"[{label}]"
            else:
                out.append(f"[{label}]")
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
        else:
            out.append(str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return ".".join(out)


def _mente_du(written: str, known: Iterable[str]) -> str:
    """" — mente du X?" for the known name nearest a misspelling (case ignored), else ""."""
    return names.did_you_mean(written, known, cutoff=0.75, ignore_case=True)


def _field_name(path: Path, located: Located | None = None) -> str | None:
    return field_path(path, located.value if located is not None else None)


#: What structuring a written value can raise besides cattrs' own collections of errors.
_VALUE_ERRORS = (_Invalid, TypeError, ValueError, KeyError, AttributeError, DomainError)


def _refusal(located: Located, err: BaseException, at: Path, file: str,
             prefix: str = "") -> RecordError:
    """A structuring error as a RecordError naming file, line, field path and rule."""
    if isinstance(err, ClassValidationError | IterableValidationError):
        path, leaf = _leaf(err, at)
    else:
        path, leaf = at, err
    if isinstance(leaf, DomainError):  # a command refused its own values when made
        message, rule = leaf.message, leaf.rule
        if leaf.field:
            path = (*path, *(p for p in re.split(r"[.\[\]]+", leaf.field) if p))
    else:
        message, path = _message(leaf, path, located.value)
        rule = _rule_of(leaf)
        if rule == "ugyldigt-felt" and path[-1:] == ("udfald",) and isinstance(leaf, _Invalid):
            rule = "ukendt-udfald"  # an outcome not in a fact's own list (a case's treatment)
    return RecordError(f"{prefix}{message}", file=file, line=located.line_of(path),
                       field=_field_name(path, located), rule=rule)


def _structure(located: Located, value: Any, cls: Any, at: Path, file: str) -> Any:
    try:
        return _converter.structure(value, cls)
    except (ClassValidationError, IterableValidationError, *_VALUE_ERRORS) as err:
        raise _refusal(located, err, at, file) from None


def _rule_of(err: BaseException) -> str:
    return err.rule if isinstance(err, _Invalid) else "ugyldigt-felt"


def _check_places(located: Located, value: Any, file: str, at: Path = ()) -> None:
    """Every ``kilde_sted`` in the file is written as records/sted.py reads it."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "kilde_sted" and (not isinstance(inner, str)
                                        or parse_kilde_sted(inner) is None):
                where = (*at, key)
                raise RecordError(
                    f"{_shown(inner)} er ikke et sted i kilden; skriv side og linje(r) som "
                    f"'s. 3, l. 120-124'", file=file, line=located.line_of(where),
                    field=_field_name(where, located), rule="ugyldigt-kilde-sted")
            _check_places(located, inner, file, (*at, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            _check_places(located, inner, file, (*at, i))


def open_review(record: Moedeoptegnelse, located: Located, file: str) -> RecordError | None:
    """The refusal of a record whose review list (``gennemsyn``) still has entries: each is
    named with its field, the minutes' phrase, where it is and why; None when there are none."""
    if not record.gennemsyn:
        return None
    shown = [f"  - {g.felt}: «{g.tekst}»" + (f" ({g.kilde_sted})" if g.kilde_sted else "")
             + f" — {g.grund}" for g in record.gennemsyn]
    n = len(record.gennemsyn)
    what = "ét åbent punkt" if n == 1 else f"{n} åbne punkter"
    return RecordError(
        f"optegnelsen er et udkast med {what} til gennemsyn; kontrollér hvert mod referatet, "
        f"ret optegnelsen, og fjern punktet fra 'gennemsyn':\n" + "\n".join(shown),
        file=file, line=located.line_of(("gennemsyn",)), field="gennemsyn",
        rule="gennemsyn-aaben", refused=True)


def read_record(located: Located, file: str, *, draft: bool = False) -> Moedeoptegnelse:
    """Structure a parsed file into a :class:`Moedeoptegnelse`, or raise a RecordError.

    A record with open review entries is refused (see :func:`open_review`) unless ``draft``
    (the verbatim check reads drafts too)."""
    if not isinstance(located.value, dict):
        raise RecordError("en mødeoptegnelse skal være en tabel med 'kilde', 'moede' og "
                          "'punkter'", file=file, line=1, rule="ugyldig-optegnelse")
    record: Moedeoptegnelse = _structure(located, located.value, Moedeoptegnelse, (), file)
    _check_places(located, located.value, file)
    if not draft:
        refusal = open_review(record, located, file)
        if refusal is not None:
            raise refusal
    seen: set[str] = set()
    for i, punkt in enumerate(record.punkter):
        if punkt.nummer in seen:
            raise RecordError(f"punkt {punkt.nummer} står to gange", file=file,
                              line=located.line_of(("punkter", i, "nummer")),
                              field=_field_name(("punkter", i, "nummer"), located),
                              rule="punkt-dobbelt")
        seen.add(punkt.nummer)
    _check_attended_items(located, record, file)
    return record


def _check_attended_items(located: Located, record: Moedeoptegnelse, file: str) -> None:
    """A participant's or guest's ``punkter`` must name items of the record's agenda (when it
    has one), and a substitute cannot stand in for themself."""
    items = [p.nummer for p in record.punkter]
    for liste in ("deltagere", "afbud", "gaester"):
        for i, d in enumerate(getattr(record.moede, liste)):
            if d.i_stedet_for is not None and d.i_stedet_for.strip() == d.navn.strip():
                where: Path = ("moede", liste, i, "i_stedet_for")
                raise RecordError(f"{d.navn} kan ikke deltage i stedet for sig selv",
                                  file=file, line=located.line_of(where),
                                  field=_field_name(where, located), rule="stedfortraeder-selv")
            for k, nummer in enumerate(d.punkter):
                if items and nummer not in items:
                    where = ("moede", liste, i, "punkter", k)
                    raise RecordError(
                        f"punkt {nummer} står ikke på dagsordenen"
                        f"{_mente_du(nummer, items)}", file=file,
                        line=located.line_of(where), field=_field_name(where, located),
                        rule="ukendt-punkt")


# -- the commands a record means ----------------------------------------------------------


@frozen
class Unit:
    """One command of a record, with what identifies it across edits and where it is written.

    ``key`` is stable while the file is edited (the meeting, an item's decision, the
    n-th fact of an item), so a changed file can be compared unit by unit.
    """

    key: str
    command: Any
    line: int | None
    path: Path
    field: str | None = None  # ``path`` as errors name it (see field_path)


@frozen(kw_only=True)
class EksternBeslutning:
    """A fact's ``ekstern_beslutning``: the body that decided it, as the source reports.

    ``organ`` is who decided (KKR, KDK, a byråd, FU), ``dato`` when (a day, or only the
    month or year the source gives: "oktober 2019"; left out where the source does not say),
    ``tekst`` the source's words about it, verbatim; ``udtryk`` the source's verb where it
    states no decision ("var enige om"), verbatim.
    """

    organ: str
    dato: Dato | None = None
    tekst: str | None = None
    udtryk: str | None = None


def _external(located: Located, value: Any, at: Path, file: str) -> ExternalDecision:
    if not isinstance(value, dict):
        raise RecordError("'ekstern_beslutning' skal være en tabel med 'organ' (og evt. "
                          "'dato' og 'tekst')", file=file, line=located.line_of(at),
                          field=_field_name(at, located), rule="ugyldig-ekstern-beslutning")
    told: EksternBeslutning = _structure(located, value, EksternBeslutning, at, file)
    if not told.organ.strip():
        raise RecordError("en ekstern beslutning skal nævne organet, der traf den", file=file,
                          line=located.line_of((*at, "organ")),
                          field=_field_name((*at, "organ"), located),
                          rule="ekstern-uden-organ")
    return ExternalDecision(told.organ, told.dato, told.tekst, told.udtryk)


def _fact_command(located: Located, fact: Fakt, at: Path, file: str,
                  provenance: Provenance, matters: Sequence[str] = ()) -> Any:
    """The command a fact means. ``matters``: the ids of the item's sub-matters, one of
    which a fact at item level may name as its carrier (``sag: ID``)."""
    data = dict(fact)
    name = data.pop("type", None)
    if name is None:
        near = next((k for k in data if _mente_du(str(k), ["type"])), None)
        if near is not None:  # 'tpye: ChangePladser' is a misspelled type
            raise RecordError(f"ukendt felt '{near}' — mente du type?", file=file,
                              line=located.line_of((*at, near)),
                              field=_field_name((*at, near), located), rule="ugyldigt-felt")
        raise RecordError("faktummet mangler 'type' (fx ChangePladser)", file=file,
                          line=located.line_of(at), field=_field_name(at, located),
                          rule="ugyldigt-felt")
    if not isinstance(name, str):
        raise RecordError(_must_be(name, "navnet på en faktum-type (fx ChangePladser)"),
                          file=file,
                          line=located.line_of((*at, "type")),
                          field=_field_name((*at, "type"), located), rule="ukendt-type")
    cls = FACT_TYPES.get(name)
    if cls is None:
        hint = _mente_du(str(name), FACT_TYPES)
        raise RecordError(f"ukendt faktum-type '{name}'{hint}", file=file,
                          line=located.line_of((*at, "type")),
                          field=_field_name((*at, "type"), located),
                          rule="ukendt-type")
    occurred = provenance.occurred_on
    if "dato" in data and "dato" not in {a.name for a in attrs.fields(cls)}:
        occurred = _structure(located, data.pop("dato"), date, (*at, "dato"), file)
    note = data.pop("note", None) if "note" not in {a.name for a in attrs.fields(cls)} else None
    if note is not None:
        note = _structure(located, note, str, (*at, "note"), file)
    clause = data.pop("klausul", None)
    matter = data.pop("sag", None) if "sag" not in {a.name for a in attrs.fields(cls)} else None
    told = data.pop("ekstern_beslutning", None)
    external = (None if told is None else
                _external(located, told, (*at, "ekstern_beslutning"), file))
    decision = provenance.decision
    if decision is not None and clause is not None:
        number = _structure(located, clause, int, (*at, "klausul"), file)
        decision = attrs.evolve(decision, clause=number)
    if matter is not None:
        decision = _carrying_matter(located, decision, matter, matters, (*at, "sag"), file)
    source = provenance.source
    if note is not None:
        joined = "; ".join(n for n in (source.note, str(note)) if n)
        source = attrs.evolve(source, note=joined)
    data["provenance"] = Provenance(occurred, source, decision, external)
    if cls is meetings.PostponeAction:
        _deadline_fields(located, data, at, file, occurred)
    try:
        return _converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError, *_VALUE_ERRORS) as err:
        raise _refusal(located, err, at, file, prefix=f"{name}: ") from None


def fact_command(fact: Fakt, provenance: Provenance, *, file: str = "formularen",
                 matters: Sequence[str] = ()) -> Any:
    """The command a fact given outside a record file means (a form in the browser), by
    the records' own structuring, so it is refused with the same Danish RecordError; its
    ``field`` is ``fakta[1].<name>``."""
    return _fact_command(Located({"fakta": [fact]}, {}), fact, ("fakta", 0), file,
                         provenance, matters)


def fact_fields(name: str) -> list[str]:
    """The fields a fact of type ``name`` is written with: the command's own, then ``dato``
    (when it happened, if the command has no date of that name) and ``note``."""
    own = [a.name for a in attrs.fields(FACT_TYPES[name]) if a.name != "provenance"]
    return [*own, *(f for f in ("dato", "note") if f not in own)]


def fact_from_text(name: str, fields: Mapping[str, str], provenance: Provenance, *,
                   file: str = "formularen") -> Any:
    """The command of a fact typed field by field (a form): each value is written as in a
    record file (``27``, ``2020-01-01``, ``[{antal: 1, ...}]``) and read by the same
    parser; an empty field is left out (unknown, never guessed). A refusal is the records'
    RecordError, its ``field`` the field's own name."""
    if name not in FACT_TYPES:
        raise RecordError(f"ukendt faktum-type '{name}'{_mente_du(name, FACT_TYPES)}",
                          file=file, line=None, field="type", rule="ukendt-type")
    fact: Fakt = {"type": name}
    for key, text in fields.items():
        if not text.strip():
            continue
        try:
            fact[key] = parse_yaml(text).value
        except RecordSyntaxError as err:
            raise RecordError(err.message, file=file, line=None, field=key,
                              rule=err.rule) from None
    try:
        return fact_command(fact, provenance, file=file)
    except RecordError as err:
        short = (err.field or "").removeprefix("fakta[1]").lstrip(".") or None
        raise RecordError(err.message, file=file, line=None,
                          field=short.split(".")[0].split("[")[0] if short else None,
                          rule=err.rule, refused=err.refused) from None


def _carrying_matter(located: Located, decision: DecisionRef | None, matter: Any,
                     matters: Sequence[str], at: Path, file: str) -> DecisionRef:
    """The decision reference of a fact that names the sub-matter carrying it."""
    name = _structure(located, matter, str, at, file)
    if decision is None or name not in matters:
        known = f" (punktets sager: {', '.join(matters)})" if matters else \
            " (beslutningen har ingen sager)"
        raise RecordError(f"faktummet nævner sagen '{name}', som ikke findes under punktet"
                          f"{_mente_du(name, matters)}{known}", file=file,
                          line=located.line_of(at), field=_field_name(at, located),
                          rule="ukendt-sag")
    return attrs.evolve(decision, matter=name)


def _outcome(located: Located, udfald: str, at: Path, file: str) -> meetings.Outcome:
    """The model's outcome for a record's ``udfald`` (never the derived-only "blandet")."""
    outcome = OUTCOMES.get(udfald)
    if outcome is None or outcome in meetings.DERIVED_ONLY:
        why = ("'blandet' afledes af sagerne og skrives ikke; udelad udfaldet"
               if outcome is not None else
               f"ukendt udfald '{udfald}'{_mente_du(udfald, DANISH_OUTCOMES)}")
        raise RecordError(f"{why} (brug et af: {', '.join(DANISH_OUTCOMES)})", file=file,
                          line=located.line_of(at), field=_field_name(at, located),
                          rule="ukendt-udfald" if outcome is None else "udfald-blandet-afledes")
    return outcome


def _matters(located: Located, b: Beslutning, at: Path,
             file: str) -> tuple[meetings.Sag, ...]:
    """The decision's sub-matters as the model's."""
    return tuple(meetings.Sag(
        sag.id, sag.titel, _outcome(located, sag.udfald, (*at, "sager", i, "udfald"), file),
        sag.klausuler, sag.referat, sag.bemaerkninger, sag.anbefaling_til, sag.note)
        for i, sag in enumerate(b.sager))


def _check_matters(located: Located, punkt: meetings.Punkt, outcome: meetings.Outcome | None,
                   sager: tuple[meetings.Sag, ...], at: Path, file: str) -> None:
    """The domain's rules for an item's sub-matters and its outcome (each id once, a title,
    the indstilling's clauses; an outcome stated or sub-matters to derive it from), told
    with the record's line and field."""
    try:
        meetings.check_matters(sager, punkt)
        meetings.item_outcome(outcome, sager, punkt.nummer)
    except DomainError as err:
        found = re.fullmatch(r"sager\[(\d+)\]\.(\w+)", err.field or "")
        path: Path = ((*at, "sager", int(found.group(1)) - 1,
                       _RECORD_NAMES.get(found.group(2), found.group(2))) if found else
                      (*at, _RECORD_NAMES.get(err.field or "", err.field or "udfald")))
        raise RecordError(err.message, file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=err.rule) from None


FRIST_FORMS = ("2013-01-31", "31. januar 2013", "uge 47", "uge 47 2013", "til næste møde",
               "snarest", "primo april", "ultimo januar 2014", "juni 2013", "forår 2015",
               "2015")
"""The deadline texts a record's ``frist`` accepts, as listed when one is not understood
(the one list: the schema's description and every refusal of a ``frist`` show it)."""
_FRIST_FORMS_TEXT = ", ".join(f"'{f}'" for f in FRIST_FORMS)


@frozen
class Frist:
    """A deadline as the model holds it (see ``ActionAssigned``)."""

    frist: Dato | None = None
    til_naeste_moede: bool = False
    snarest: bool = False


def _frist(text: str | None, meeting_day: date) -> Frist:
    """A deadline as written: ISO or Danish date, "uge 47" (of the meeting's year), "til
    næste møde" (resolved by the meetings projection once the next meeting exists),
    "snarest", or a partial date (a month, part of a month, season or year; a year left
    out is the meeting's year, refused when that would end before the meeting)."""
    if text is None:
        return Frist()
    lowered = text.strip().lower()
    if lowered in ("til næste møde", "næste møde"):
        return Frist(til_naeste_moede=True)
    if lowered == "snarest":
        return Frist(snarest=True)
    week = re.fullmatch(r"(?:udgangen af\s+)?uge\s+(\d{1,2})(?:\s+(\d{4}))?", lowered)
    if week:
        year = int(week.group(2)) if week.group(2) else meeting_day.year
        return Frist(end_of_week(year, int(week.group(1))))
    if re.match(r"\s*\d{1,4}[.-]", text):  # a day: "2013-01-31", "31. januar 2013"
        return Frist(parse_danish_date(text))
    try:
        value = parse_dato(text, default_year=meeting_day.year)
    except DomainError:
        raise DomainError(f"fristen '{text}' forstås ikke; skriv en af formerne "
                          f"{_FRIST_FORMS_TEXT}",
                          rule="ugyldig-frist", field="frist") from None
    if isinstance(value, PartialDate) and not re.search(r"\d{4}", text) \
            and value.latest < meeting_day:
        raise DomainError(f"fristen '{text}' uden årstal ville ligge før mødet "
                          f"{meeting_day.isoformat()}; skriv årstallet (fx '{text} "
                          f"{meeting_day.year + 1}')", rule="ugyldig-frist", field="frist")
    return Frist(value)


def read_frist(text: str, meeting_day: date) -> Frist:
    """A deadline typed in a form, read exactly as a record's ``frist`` is (the one parser);
    a text it does not understand raises :class:`DomainError` listing the forms it does."""
    return _frist(text, meeting_day)


def _deadline_fields(located: Located, data: Fakt, at: Path, file: str,
                     meeting_day: date) -> None:
    """A PostponeAction fact's ``frist`` written as a record's deadline text ("snarest",
    "til næste møde", "uge 12", "primo april") becomes the command's deadline fields."""
    text = data.get("frist")
    if not isinstance(text, str):
        return
    try:
        told = _frist(text, meeting_day)
    except DomainError as err:
        raise RecordError(err.message, file=file, line=located.line_of((*at, "frist")),
                          field=_field_name((*at, "frist"), located), rule=err.rule) from None
    del data["frist"]
    if told.frist is not None:
        data["frist"] = told.frist
    if told.til_naeste_moede:
        data["til_naeste_moede"] = True
    if told.snarest:
        data["snarest"] = True


def _frist_message(err: DomainError, text: str | None) -> str:
    """A deadline that could not be read, with the forms that can."""
    if err.rule != "ugyldig-dato":
        return err.message  # e.g. a week that does not exist: its own rule and words
    if text is not None and re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", text):
        return f"{err.message}; en frist skrives som {_FRIST_FORMS_TEXT}"
    return f"fristen '{text}' kan ikke læses; skriv den som en af: {_FRIST_FORMS_TEXT}"


def commands(located: Located, record: Moedeoptegnelse, file: str) -> list[Unit]:
    """The commands a record means, in the order they must be decided."""
    m = record.moede
    source = record.kilde
    units: list[Unit] = []

    def at(*path: str | int) -> int | None:
        return located.line_of(path)

    for g_i, g in enumerate(record.grundlag):
        base = Provenance(g.dato, Source(g.kilde, None, g.note))
        for f_i, fact in enumerate(g.fakta):
            gpath: Path = ("grundlag", g_i, "fakta", f_i)
            units.append(Unit(f"grundlag/{g_i}/{f_i}",
                              _fact_command(located, fact, gpath, file, base), at(*gpath),
                              gpath))
    meeting_prov = Provenance(m.dato, Source(source, None))
    units.append(Unit("moede", meetings.ScheduleMeeting(
        meeting_id=m.id, body=m.forum, dato=m.dato, tid=m.tid, sted=m.sted, sagsnr=m.sagsnr,
        deltagere=tuple(d.deltager() for d in m.deltagere),
        afbud=tuple(d.deltager() for d in m.afbud),
        gaester=tuple(d.deltager() for d in m.gaester), referent=m.referent,
        provenance=meeting_prov), at("moede"), ("moede",)))
    if record.punkter:
        units.append(Unit("dagsorden", meetings.ProposeAgenda(
            meeting_id=m.id, punkter=tuple(
                meetings.Punkt(p.nummer, p.titel, p.art, p.indstilling, p.bilag, p.resume,
                               p.sagsfremstilling, p.indleder, p.rejst_ved)
                for p in record.punkter),
            provenance=meeting_prov), at("punkter"), ("punkter",)))
    if record.overskrift or record.noter or record.bilag or record.efterskrift:
        e = record.efterskrift
        units.append(Unit("moedetekst", meetings.NoteMeeting(
            meeting_id=m.id, overskrift=record.overskrift, noter=record.noter,
            bilag=tuple(meetings.ReferatBilag(b.tekst, b.punkt) for b in record.bilag),
            efterskrift=None if e is None else meetings.Efterskrift(
                e.tekst, e.dato, e.underskriver, e.punkt, e.bemaerkninger),
            provenance=meeting_prov), _first_line(located), _text_path(record)))
    for p_i, p in enumerate(record.punkter):
        n = p.naeste_moede
        if n is not None:
            npath: Path = ("punkter", p_i, "naeste_moede")
            units.append(Unit(f"naeste_moede/{p.nummer}", meetings.AnnounceNextMeeting(
                meeting_id=m.id, punkt=p.nummer, dato=n.dato, tid=n.tid, sted=n.sted,
                tekst=n.tekst, provenance=Provenance(m.dato, Source(source, p.nummer))),
                at(*npath), npath))
    for p_i, p in enumerate(record.punkter):
        b = p.beslutning
        if b is None:
            continue
        path: Path = ("punkter", p_i, "beslutning")
        outcome = (None if b.udfald is None else
                   _outcome(located, b.udfald, (*path, "udfald"), file))
        sager = _matters(located, b, path, file)
        _check_matters(located, meetings.Punkt(p.nummer, p.titel, indstilling=p.indstilling),
                       outcome, sager, path, file)
        if b.referat is None and not b.sager:
            raise RecordError("feltet 'referat' mangler (det kan kun udelades, når referatet "
                              "kun har tekst under punktets sager)", file=file, line=at(*path),
                              field=_field_name((*path, "referat"), located),
                              rule="referat-mangler")
        clauses = []
        for k_i, k in enumerate(b.klausuler):
            clause_outcome = OUTCOMES.get(k.udfald)
            if clause_outcome is None:
                raise RecordError(
                    f"ukendt udfald '{k.udfald}'{_mente_du(k.udfald, DANISH_OUTCOMES)} "
                    f"(brug et af: {', '.join(DANISH_OUTCOMES)})",
                    file=file, line=at(*path, "klausuler", k_i, "udfald"),
                    field=_field_name((*path, "klausuler", k_i, "udfald"), located),
                    rule="ukendt-udfald")
            clauses.append(meetings.Klausul(k.nummer, clause_outcome, k.note))
        ref = DecisionRef(m.id, p.nummer)
        sted = b.kilde_sted or p.kilde_sted  # the decision's lines, else its item's
        decided = Provenance(m.dato, Source(source, p.nummer, b.note, sted))
        units.append(Unit(f"beslutning/{p.nummer}", meetings.RecordDecision(
            meeting_id=m.id, punkt=p.nummer, outcome=outcome, referat=b.referat or "",
            bemaerkninger=b.bemaerkninger, anbefaling_til=b.anbefaling_til,
            godkender_referat_af=b.godkender_referat_af, klausuler=tuple(clauses),
            sager=sager, sammenfatning=b.sammenfatning, provenance=decided),
            at(*path), path))
        carried = Provenance(m.dato, Source(source, p.nummer, kilde_sted=sted), ref)
        ids = [s.id for s in sager]
        for f_i, fact in enumerate(b.fakta):
            fpath = (*path, "fakta", f_i)
            units.append(Unit(f"fakta/{p.nummer}/{f_i}",
                              _fact_command(located, fact, fpath, file, carried, ids),
                              at(*fpath), fpath))
        actions: list[tuple[Path, Opfoelgning, Provenance]] = [
            ((*path, "opfoelgning", a_i), a, carried) for a_i, a in enumerate(b.opfoelgning)]
        for s_i, sag in enumerate(b.sager):
            by_matter = attrs.evolve(carried, decision=attrs.evolve(ref, matter=sag.id))
            for f_i, fact in enumerate(sag.fakta):
                fpath = (*path, "sager", s_i, "fakta", f_i)
                units.append(Unit(f"fakta/{p.nummer}/{sag.id}/{f_i}",
                                  _fact_command(located, fact, fpath, file, by_matter,
                                                [sag.id]), at(*fpath), fpath))
            actions += [((*path, "sager", s_i, "opfoelgning", a_i), a, by_matter)
                        for a_i, a in enumerate(sag.opfoelgning)]
        for apath, a, carrier in actions:
            try:
                told = _frist(a.frist, m.dato)
            except DomainError as err:
                raise RecordError(_frist_message(err, a.frist), file=file,
                                  line=at(*apath, "frist"),
                                  field=_field_name((*apath, "frist"), located),
                                  rule=err.rule) from None
            units.append(Unit(f"opfoelgning/{a.id}", meetings.AssignAction(
                meeting_id=m.id, punkt=p.nummer, action_id=a.id, ansvarlig=a.ansvarlig,
                leverance=a.leverance, frist=told.frist, til_naeste_moede=told.til_naeste_moede,
                snarest=told.snarest, note=a.note, provenance=carrier), at(*apath), apath))
    if record.efterskrift is not None:
        units += _efterskrift_units(located, record, file)
    units = [attrs.evolve(_normalised(located, u, file), field=_field_name(u.path, located))
             for u in units]
    meeting = next(u.command for u in units if u.key == "moede")
    try:
        names.check_meeting_id(meeting.meeting_id, meeting.body, meeting.dato)
    except DomainError as err:
        where: Path = ("moede", "forum") if err.field == "body" else ("moede", "id")
        raise RecordError(err.message, file=file, line=at(*where),
                          field=_field_name(where, located),
                          rule=err.rule, refused=True) from None  # the domain's rule
    for unit in units:
        _check_bounds(located, unit, file)
    return units


def _efterskrift_units(located: Located, record: Moedeoptegnelse, file: str) -> list[Unit]:
    """The facts and actions an efterskrift gives: its item's decision's, raised on its date
    (so it must name the item and carry a date)."""
    e = record.efterskrift
    if e is None or not (e.fakta or e.opfoelgning):
        return []
    m = record.moede
    punkt, dato = e.punkt, e.dato
    if punkt is None or dato is None:
        name = "punkt" if punkt is None else "dato"
        raise RecordError(f"et efterskrift med fakta eller opfølgninger skal angive '{name}' "
                          "(punktet, det føjer til, og dagen, det er skrevet)",
                          file=file, line=located.line_of(("efterskrift",)),
                          field=_field_name(("efterskrift", name), located),
                          rule=f"efterskrift-uden-{name}")
    signed = ", ".join(x for x in (f"efterskrift {dato.strftime('%d.%m.%Y')}",
                                   e.underskriver) if x)
    carried = Provenance(dato, Source(record.kilde, punkt, signed), DecisionRef(m.id, punkt))
    units: list[Unit] = []
    for f_i, fact in enumerate(e.fakta):
        fpath: Path = ("efterskrift", "fakta", f_i)
        units.append(Unit(f"efterskrift/fakta/{f_i}",
                          _fact_command(located, fact, fpath, file, carried),
                          located.line_of(fpath), fpath))
    for a_i, a in enumerate(e.opfoelgning):
        apath: Path = ("efterskrift", "opfoelgning", a_i)
        try:
            told = _frist(a.frist, dato)
        except DomainError as err:
            raise RecordError(_frist_message(err, a.frist), file=file,
                              line=located.line_of((*apath, "frist")),
                              field=_field_name((*apath, "frist"), located),
                              rule=err.rule) from None
        units.append(Unit(f"opfoelgning/{a.id}", meetings.AssignAction(
            meeting_id=m.id, punkt=punkt, action_id=a.id, ansvarlig=a.ansvarlig,
            leverance=a.leverance, frist=told.frist, til_naeste_moede=told.til_naeste_moede,
            snarest=told.snarest, note=a.note, provenance=carried),
            located.line_of(apath), apath))
    return units


def _text_path(record: Moedeoptegnelse) -> Path:
    """Where the meeting-level text is written: its first field present in the record."""
    for name in ("overskrift", "bilag", "efterskrift", "noter"):
        if getattr(record, name):
            return (name,)
    return ("noter",)


def _first_line(located: Located) -> int | None:
    value = located.value if isinstance(located.value, dict) else {}
    for name in ("overskrift", "bilag", "efterskrift", "noter"):
        if name in value:
            return located.line_of((name,))
    return None


def _check_bounds(located: Located, unit: Unit, file: str) -> None:
    """A value no store can hold (places past any column, a third decimal, NUL) is named
    by the line it is written on, before anything is decided."""
    try:
        check_fields(unit.command)
    except DomainError as err:
        if err.rule not in BOUND_RULES:
            return  # a type slip: the load reports it as before
        parts: list[str | int] = [int(p) if p.isdigit() else p for p in
                                  re.split(r"[.\[\]]+", err.field or "") if p]
        if parts and unit.path and parts[0] == unit.path[-1]:
            parts = parts[1:]  # the agenda's items: "punkter" is the unit's own path
        path: Path = (*unit.path, *parts)
        raise RecordError(err.message, file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=err.rule) from None


#: A command's field names where the record calls them otherwise.
_RECORD_NAMES = {"meeting_id": "id", "body": "forum", "outcome": "udfald", "action_id": "id"}


def _normalised(located: Located, unit: Unit, file: str) -> Unit:
    """The unit with its command's texts in NFC and its names checked (the domain's rule,
    applied here too so the record's digest and an error's line are the file's own)."""
    try:
        command = names.normalised(unit.command)
    except DomainError as err:
        parts = [int(p) if p.isdigit() else _RECORD_NAMES.get(p, p)
                 for p in (err.field or "").split(".") if p]
        if parts[:3] == ["provenance", "source", "document"]:
            path: Path = (*unit.path[:2], "kilde") if unit.path[:1] == ("grundlag",) else (
                "kilde",)
        else:
            if parts and unit.path and parts[0] == unit.path[-1]:
                parts = parts[1:]
            path = (*unit.path, *parts)
        message = err.message.removeprefix(f"{err.field}: ")
        raise RecordError(message, file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=err.rule) from None
    return unit if command is unit.command else attrs.evolve(unit, command=command)
