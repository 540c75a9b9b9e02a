"""Hold and record a meeting in the browser: attendance, each item's decision and
follow-up actions, publishing the referat, and marking actions done.

Every write goes through the meetings commands the record files use (``CorrectMeeting``,
``RecordDecision``/``CorrectDecision``, ``AssignAction``, ``CompleteAction``), so the same
rules refuse the same things. A form carries the meeting stream's version: a save made
after someone else changed the meeting is refused (409) with their change shown and the
form as typed, so nothing is lost; the version is asked again as the events are stored
(:func:`socialaftale.record_at`), so a save landing in between is refused too. A referat
begun here is hidden from the public until it is published (see :mod:`.kladde`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from litestar import get, post
from litestar.enums import MediaType, RequestEncodingType
from litestar.params import Body, FromPath
from litestar.response import Redirect, Template
from litestar.types import ControllerRouterHandler

from socialaftale import (
    ConcurrencyConflict,
    DecisionRef,
    DomainError,
    Provenance,
    Source,
    meetings,
    record_at,
)
from socialaftale.records import (
    FACT_TYPES,
    FRIST_FORMS,
    RecordError,
    fact_fields,
    fact_from_text,
    read_frist,
)
from socialaftale.records.descriptions import CLASSES, FIELD_FALLBACK, FIELDS_OF
from socialaftale.records.descriptions import FIELDS as FIELD_TEXT

from .common import Caller, Store, ViewError, in_thread, require_secretariat
from .kladde import Moedeforloeb, stream_of

__all__ = ["routes"]

WHAT = "tage referat af et møde"
STALE = "ændret af en anden siden du åbnede siden"
ACTION_ROWS = 3
"""Blank follow-up rows an item's form offers at a time."""
OUTCOMES = [(name, meetings.OUTCOME_TEXT[model]) for name, model in
            meetings.OUTCOME_NAMES.items() if model not in meetings.DERIVED_ONLY]
"""The outcomes a form may choose: the record's Danish names (blandet is only derived)."""


def _found(store: Any, meeting_id: str) -> Moedeforloeb:
    found = stream_of(store, meeting_id)
    if found is None:
        raise ViewError(f"ukendt møde '{meeting_id}'", status_code=404)
    return found


def _source(principal: Any) -> Source:
    return Source(f"referat taget i browseren af {principal.describe()}")


def _version(data: dict[str, str]) -> int:
    try:
        return int(data.get("version", ""))
    except ValueError:
        raise ViewError("Formularen mangler mødets version (feltet 'version'); genindlæs "
                        "siden. Intet er gemt.", status_code=400) from None


def _changes_since(found: Moedeforloeb, version: int) -> list[dict[str, str]]:
    """What others recorded in the meeting since the form was opened, as shown."""
    return [{"hvad": r.event.summary() if hasattr(r.event, "summary") else type(r.event).__name__,
             "hvem": r.meta.recorded_by, "hvornaar": r.meta.recorded_at.strftime("%d.%m.%Y %H:%M")}
            for r in found.recorded if r.version > version]


def _lines(text: str | None) -> list[str]:
    return [x.strip() for x in (text or "").splitlines() if x.strip()]


# -- the meeting's referat page and attendance ----------------------------------------------


def _people_text(people: tuple[Any, ...]) -> str:
    return "\n".join(f"{p.navn}, {p.organisation}" if p.organisation else p.navn
                     for p in people)


def _people(text: str, before: tuple[Any, ...], field: str,
            errors: dict[str, str]) -> tuple[Any, ...]:
    """One person a line, "Navn, Organisation"; a person listed before keeps the role and
    notes recorded for them."""
    known = {p.navn: p for p in before}
    out = []
    for i, line in enumerate(_lines(text), start=1):
        navn, _, org = (x.strip() for x in line.partition(","))
        if not navn:
            errors[field] = f"linje {i}: navnet mangler før kommaet ('{line}')"
            continue
        was = known.get(navn)
        if was is not None:
            out.append(meetings.Deltager(navn, org or was.organisation, was.rolle, was.note,
                                         was.i_stedet_for, was.punkter, was.tid, was.referent))
        else:
            out.append(meetings.Deltager(navn, org or None))
    names = [p.navn for p in out]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        errors[field] = f"{', '.join(dupes)} står flere gange"
    return tuple(out)


def _overview(found: Moedeforloeb, meeting_id: str, **extra: Any) -> dict[str, Any]:
    m = found.moede
    return {"meeting_id": meeting_id, "m": m, "f": found, "version": found.version,
            "punkter": list(found.state.punkter.values()),
            "deltagere": _people_text(m.deltagere), "afbud": _people_text(m.afbud),
            "fejl": {}, "andres": [], **extra}


@get("/moeder/{meeting_id:str}/referat/skriv", include_in_schema=False, sync_to_thread=True)
def referat_page(store: Store, principal: Caller, meeting_id: FromPath[str]) -> Template:
    require_secretariat(principal, WHAT)
    found = _found(store, meeting_id)
    return Template("referat_skriv.html", context=_overview(found, meeting_id))


@post("/moeder/{meeting_id:str}/referat/fremmoede", include_in_schema=False, status_code=303,
      media_type=MediaType.HTML)
async def attendance_form(store: Store, principal: Caller, meeting_id: FromPath[str],
                          data: Annotated[dict[str, str], Body(
                              media_type=RequestEncodingType.URL_ENCODED)]) -> Any:
    return await in_thread(_attendance, store, principal, meeting_id, data)


def _attendance(store: Any, principal: Any, meeting_id: str, data: dict[str, str]) -> Any:
    """Who attended and who sent apologies, as a correction of the meeting's facts (the
    record's own way to state attendance after the meeting was planned)."""
    require_secretariat(principal, WHAT)
    found = _found(store, meeting_id)
    version = _version(data)
    typed = {"deltagere": data.get("deltagere", ""), "afbud": data.get("afbud", "")}
    if version != found.version:
        return Template("referat_skriv.html", status_code=409, context=_overview(
            found, meeting_id, **typed, version=version,
            andres=_changes_since(found, version)))
    errors: dict[str, str] = {}
    m = found.moede
    present = _people(typed["deltagere"], m.deltagere + m.afbud, "deltagere", errors)
    absent = _people(typed["afbud"], m.afbud + m.deltagere, "afbud", errors)
    both = sorted({p.navn for p in present} & {p.navn for p in absent})
    if both:
        errors["afbud"] = f"{', '.join(both)} står både som deltager og med afbud"
    if not errors:
        command = meetings.CorrectMeeting(
            meeting_id=meeting_id, body=m.body, dato=m.dato, tid=m.tid, sted=m.sted,
            sagsnr=m.sagsnr, deltagere=present, afbud=absent, gaester=m.gaester,
            referent=m.referent, grund="fremmøde registreret i browseren",
            provenance=Provenance(m.dato, _source(principal)))
        opening = ([meetings.OpenReferat(meeting_id=meeting_id, provenance=command.provenance)]
                   if found.state.referat is None and not len(found.state.decided) else [])
        try:  # taking the referat begins here: hidden from the public until published
            record_at(store, meeting_id, version, [*opening, command], by=principal.describe())
        except DomainError as err:
            errors[_field(err.field, "deltagere")] = f"{err.message} (regel {err.rule})"
        except ConcurrencyConflict:
            return _stale_overview(store, meeting_id, typed, version)
    if errors:
        return Template("referat_skriv.html", status_code=422, context=_overview(
            found, meeting_id, **typed, fejl=errors))
    return Redirect(f"/moeder/{meeting_id}/referat/skriv?gemt=fremmoede", status_code=303)


def _stale_overview(store: Any, meeting_id: str, typed: dict[str, str],
                    version: int) -> Template:
    found = _found(store, meeting_id)
    return Template("referat_skriv.html", status_code=409, context=_overview(
        found, meeting_id, **typed, version=version, andres=_changes_since(found, version)))


def _field(name: str | None, default: str) -> str:
    return name if name else default


# -- one item: outcome, referat, remarks, actions ------------------------------------------


MATTER_ROWS = 2
"""Blank sub-matter rows an item's form offers beyond those recorded."""
MATTER_FIELDS = {"id": "id", "titel": "titel", "outcome": "udfald", "referat": "referat"}
"""A sub-matter's field in the model, and the form's name for it."""


def _matters(data: dict[str, str], errors: dict[str, str],
             filled: list[int]) -> tuple[meetings.Sag, ...]:
    """The form's filled sub-matter rows (``sager``) as the model's; each its own outcome.
    The domain's rules (each id once, a title) are asked when the decision is decided;
    ``filled`` gets each sub-matter's row in the form."""
    out = []
    rows = sorted({int(k.rsplit("_", 1)[1]) for k in data
                   if k.startswith("sag_") and k.rsplit("_", 1)[1].isdigit()})
    for row in rows:
        typed = {f: data.get(f"sag_{f}_{row}", "").strip() for f in MATTER_FIELDS.values()}
        if not any(typed.values()):
            continue
        outcome = meetings.OUTCOME_NAMES.get(typed["udfald"])
        if outcome is None or outcome in meetings.DERIVED_ONLY:
            errors[f"sag_udfald_{row}"] = ("vælg sagens udfald: "
                                           + ", ".join(text for _, text in OUTCOMES))
            continue
        out.append(meetings.Sag(typed["id"], typed["titel"], outcome,
                                referat=typed["referat"] or None))
        filled.append(row)
    return tuple(out)


def _matter_rows(typed: dict[str, str], d: Any) -> int:
    """How many sub-matter rows are filled (recorded or typed)."""
    typed_rows = [int(k.rsplit("_", 1)[1]) for k, v in typed.items()
                  if k.startswith("sag_") and k.rsplit("_", 1)[1].isdigit() and v.strip()]
    return max([len(d.sager) if d else 0, *typed_rows])


def _matter_field(field: str, filled: list[int]) -> str | None:
    """The form field of a refused ``sager[2].titel`` (the second filled row's title)."""
    found = re.fullmatch(r"sager\[(\d+)\]\.(\w+)", field)
    if found is None or not 1 <= int(found.group(1)) <= len(filled):
        return None
    row = filled[int(found.group(1)) - 1]
    return f"sag_{MATTER_FIELDS.get(found.group(2), 'id')}_{row}"


FACT_CHOICES = sorted((name, CLASSES.get(name, name)) for name in FACT_TYPES)
"""The facts a decision may carry, as the record files name them, with their Danish text."""


def _fact_form(name: str) -> list[tuple[str, str]]:
    """A fact type's fields with the Danish text the record schema shows for each."""
    if name not in FACT_TYPES:
        return []
    own = FIELDS_OF.get(name, {})
    return [(f, own.get(f) or FIELD_TEXT.get(f) or FIELD_FALLBACK.format(name=f))
            for f in fact_fields(name)]


def _fact_command(data: dict[str, str], meeting_id: str, nummer: str, prov: Provenance,
                  errors: dict[str, str], sager: tuple[meetings.Sag, ...] = ()) -> Any:
    """The fact the form's decision carries, read by the records' own rules (the same
    Danish refusals as in a record file), or None when no fact type is chosen."""
    name = data.get("fakt_type", "").strip()
    if not name:
        return None
    fields = {f: data.get(f"fakt_{f}", "") for f in fact_fields(name)} \
        if name in FACT_TYPES else {}
    matter = data.get("fakt_sag", "").strip() or None
    ids = [sag.id for sag in sager]
    if matter is not None and matter not in ids:
        errors["fakt_sag"] = (f"sagen '{matter}' findes ikke under punktet (punktets sager: "
                              f"{', '.join(ids) or 'ingen'})")
        return None
    carried = Provenance(prov.occurred_on, prov.source,
                         DecisionRef(meeting_id, nummer, matter=matter))
    try:
        return fact_from_text(name, fields, carried)
    except RecordError as err:
        key = f"fakt_{err.field}" if err.field in fields else "fakt_type"
        errors[key] = f"{err.message} (regel {err.rule})"
        return None


def _item_context(found: Moedeforloeb, meeting_id: str, nummer: str,
                  typed: dict[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    punkt = found.state.punkter[nummer]
    d = found.beslutninger.get(nummer)
    if typed is None:
        name = next((n for n, model in meetings.OUTCOME_NAMES.items()
                     if d is not None and model == d.outcome), "")
        typed = {"udfald": name, "referat": d.referat if d else "",
                 "bemaerkninger": "\n".join(d.bemaerkninger) if d else "", "grund": "",
                 "godkender_referat_af": (d.godkender_referat_af or "") if d else ""}
        for r, sag in enumerate(d.sager if d else (), start=1):
            name = next((n for n, model in meetings.OUTCOME_NAMES.items()
                         if model == sag.outcome), "")
            typed.update({f"sag_id_{r}": sag.id, f"sag_titel_{r}": sag.titel,
                          f"sag_udfald_{r}": name, f"sag_referat_{r}": sag.referat or ""})
    actions = [a for a in found.opfoelgninger.values() if a.punkt == nummer]
    return {"meeting_id": meeting_id, "m": found.moede, "punkt": punkt, "d": d,
            "udgaver": [*found.kladder.get(nummer, [])[:-1], *found.udgaver.get(nummer, [])],
            "opfoelgninger": actions,
            "rows": range(1, ACTION_ROWS + 1), "udfald_valg": OUTCOMES, "v": typed,
            "version": found.version, "fejl": {}, "andres": [], "frist_former": FRIST_FORMS,
            "tekst": meetings.OUTCOME_TEXT, "deadline": meetings.deadline_text,
            "fakta_valg": FACT_CHOICES, "baaret": (),
            "sag_rows": range(1, _matter_rows(typed, d) + MATTER_ROWS + 1),
            "fakta_felter": _fact_form(typed.get("fakt_type", "")),
            **extra}


def _carried(store: Any, meeting_id: str, nummer: str) -> tuple[Any, ...]:
    """The facts the item's decision already carries, so a save is not made blind."""
    return tuple(store.facts_of_decision(meeting_id, nummer))


def _item(found: Moedeforloeb, meeting_id: str, nummer: str) -> None:
    if nummer not in found.state.punkter:
        raise ViewError(f"punkt {nummer} står ikke på dagsordenen for {meeting_id}",
                        status_code=404, back=(f"/moeder/{meeting_id}/referat/skriv",
                                               "Tilbage til referatet"))


@get("/moeder/{meeting_id:str}/punkt/{nummer:str}", include_in_schema=False)
async def item_page(store: Store, principal: Caller, meeting_id: FromPath[str],
                    nummer: FromPath[str]) -> Template:
    return await in_thread(_item_page, store, principal, meeting_id, nummer)


def _item_page(store: Any, principal: Any, meeting_id: str, nummer: str) -> Template:
    require_secretariat(principal, WHAT)
    found = _found(store, meeting_id)
    _item(found, meeting_id, nummer)
    return Template("referat_punkt.html", context=_item_context(
        found, meeting_id, nummer, baaret=_carried(store, meeting_id, nummer)))


@post("/moeder/{meeting_id:str}/punkt/{nummer:str}", include_in_schema=False, status_code=303,
      media_type=MediaType.HTML)
async def item_form(store: Store, principal: Caller, meeting_id: FromPath[str],
                    nummer: FromPath[str], data: Annotated[dict[str, str], Body(
                        media_type=RequestEncodingType.URL_ENCODED)]) -> Any:
    return await in_thread(_item_form, store, principal, meeting_id, nummer, data)


def _action_commands(data: dict[str, str], found: Moedeforloeb, meeting_id: str, nummer: str,
                     prov: Provenance, errors: dict[str, str]) -> list[tuple[str, Any]]:
    """The form's filled follow-up rows as commands, each with the row's field prefix."""
    out: list[tuple[str, Any]] = []
    taken = set(found.opfoelgninger)
    k = 0
    for row in range(1, ACTION_ROWS + 1):
        owner = data.get(f"ansvarlig_{row}", "").strip()
        what = data.get(f"leverance_{row}", "").strip()
        when = data.get(f"frist_{row}", "").strip()
        if not (owner or what or when):
            continue
        if not what:
            errors[f"leverance_{row}"] = "en opfølgning skal have en leverance (hvad skal ske)"
        frist = None
        if when:
            try:
                frist = read_frist(when, found.state.dato)
            except DomainError as err:
                errors[f"frist_{row}"] = f"{err.message} (regel {err.rule})"
        if not what or (when and frist is None):
            continue
        k += 1
        while f"{nummer}-{k}" in taken:
            k += 1
        taken.add(f"{nummer}-{k}")
        out.append((f"_{row}", meetings.AssignAction(
            meeting_id=meeting_id, punkt=nummer, action_id=f"{nummer}-{k}",
            ansvarlig=owner or None, leverance=what,
            frist=frist.frist if frist else None,
            til_naeste_moede=frist.til_naeste_moede if frist else False,
            snarest=frist.snarest if frist else False, provenance=prov)))
    return out


FIELDS = {"outcome": "udfald", "referat": "referat", "bemaerkninger": "bemaerkninger",
          "grund": "grund", "ansvarlig": "ansvarlig", "leverance": "leverance",
          "frist": "frist", "action_id": "leverance",
          "godkender_referat_af": "godkender_referat_af"}
"""The form field a command's refused field is shown beside."""


def _item_form(store: Any, principal: Any, meeting_id: str, nummer: str,
               data: dict[str, str]) -> Any:
    """Check every field, then every command on its own (so all refusals show at once), and
    record them together only when none is refused."""
    require_secretariat(principal, WHAT)
    found = _found(store, meeting_id)
    _item(found, meeting_id, nummer)
    version = _version(data)
    typed = {k: data.get(k, "") for k in ("udfald", "referat", "bemaerkninger", "grund",
                                          "godkender_referat_af")}
    typed.update({f"{k}_{r}": data.get(f"{k}_{r}", "") for k in
                  ("ansvarlig", "leverance", "frist") for r in range(1, ACTION_ROWS + 1)})
    typed["fakt_type"] = data.get("fakt_type", "").strip()
    typed.update({k: v for k, v in data.items()
                  if k.startswith(("fakt_", "sag_")) and k != "fakt_type"})

    def again(status: int, **extra: Any) -> Template:
        return Template("referat_punkt.html", status_code=status, context=_item_context(
            found, meeting_id, nummer, typed, baaret=_carried(store, meeting_id, nummer),
            **extra))

    if version != found.version:
        return again(409, version=version, andres=_changes_since(found, version))
    if "vis_felter" in data:  # the fact type was chosen: show its fields, record nothing
        return again(200)
    errors: dict[str, str] = {}
    filled: list[int] = []
    sager = _matters(data, errors, filled)
    outcome = meetings.OUTCOME_NAMES.get(typed["udfald"])
    if outcome in meetings.DERIVED_ONLY:
        outcome = None  # "blandet" is derived from the sub-matters, never chosen
    if outcome is None and not sager and not any(k.startswith("sag_udfald") for k in errors):
        errors["udfald"] = ("vælg punktets udfald (eller angiv sager at aflede det af): "
                            + ", ".join(text for _, text in OUTCOMES))
    decided = nummer in found.beslutninger
    prov = Provenance(found.state.dato, _source(principal))
    commands: list[tuple[str, Any]] = []
    if found.state.referat is None and not len(found.state.decided):
        commands.append(("", meetings.OpenReferat(meeting_id=meeting_id, provenance=prov)))
    if outcome is not None or sager:
        fields: dict[str, Any] = {
            "meeting_id": meeting_id, "punkt": nummer, "outcome": outcome,
            "referat": typed["referat"].strip(),
            "bemaerkninger": tuple(_lines(typed["bemaerkninger"])), "provenance": prov,
            # the item approves an earlier meeting's referat, as the minutes do
            "godkender_referat_af": typed["godkender_referat_af"].strip() or None}
        if decided:
            old = found.beslutninger[nummer]
            if typed["grund"].strip() == "" and found.state.referat != "offentliggjort" \
                    and found.state.referat is not None:
                typed["grund"] = "rettet før offentliggørelsen"
            commands.append(("", meetings.CorrectDecision(
                **fields, anbefaling_til=old.anbefaling_til, klausuler=old.klausuler,
                sager=sager, sammenfatning=old.sammenfatning, grund=typed["grund"].strip())))
        else:
            commands.append(("", meetings.RecordDecision(**fields, sager=sager)))
    commands += _action_commands(data, found, meeting_id, nummer, prov, errors)
    fact = _fact_command(data, meeting_id, nummer, prov, errors, sager)
    if fact is not None:
        commands.append(("fakt", fact))
    by = principal.describe()
    refused = False
    for suffix, command in commands:
        # a fact is judged after the decision that carries it (its rule asks for one)
        earlier = [c for s, c in commands if s != "fakt"] if suffix == "fakt" else []
        if suffix == "fakt" and refused:
            continue  # the decision it needs was refused: that error is the one to fix
        try:
            store.decide(*earlier, command, by=by)
        except DomainError as err:
            first = (err.field or "").split(".")[0].split("[")[0]
            if suffix == "fakt":  # a rule of the fact's context refused it
                fact_keys = fact_fields(typed["fakt_type"])
                errors.setdefault(f"fakt_{first}" if first in fact_keys else "fakt_type",
                                  f"{err.message} (regel {err.rule})")
                continue
            refused = True
            matter = _matter_field(err.field or "", filled)
            if matter is not None:
                errors.setdefault(matter, f"{err.message} (regel {err.rule})")
                continue
            name = FIELDS.get(first, "udfald")
            key = name + suffix if name in ("ansvarlig", "leverance", "frist") else name
            errors.setdefault(key, f"{err.message} (regel {err.rule})")
    if errors:
        return again(422, fejl=errors)
    try:
        record_at(store, meeting_id, version, [c for _, c in commands], by=by)
    except DomainError as err:  # the commands together (one alone passed)
        return again(422, fejl={"udfald": f"{err.message} (regel {err.rule})"})
    except ConcurrencyConflict:
        fresh = _found(store, meeting_id)
        return Template("referat_punkt.html", status_code=409, context=_item_context(
            fresh, meeting_id, nummer, typed, version=version,
            andres=_changes_since(fresh, version)))
    return Redirect(f"/moeder/{meeting_id}/referat/skriv?gemt={nummer}", status_code=303)


# -- publishing and follow-up -------------------------------------------------------------


@post("/moeder/{meeting_id:str}/referat/offentliggoer", include_in_schema=False,
      status_code=303, media_type=MediaType.HTML)
async def publish_form(store: Store, principal: Caller, meeting_id: FromPath[str],
                       data: Annotated[dict[str, str], Body(
                           media_type=RequestEncodingType.URL_ENCODED)]) -> Any:
    return await in_thread(_publish, store, principal, meeting_id, data)


def _publish(store: Any, principal: Any, meeting_id: str, data: dict[str, str]) -> Any:
    require_secretariat(principal, WHAT)
    found = _found(store, meeting_id)
    version = _version(data)
    if version != found.version:
        return _stale_overview(store, meeting_id, {}, version)
    try:
        record_at(store, meeting_id, version, [meetings.PublishReferat(
            meeting_id=meeting_id, dato=max(date.today(), found.state.dato),
            provenance=Provenance(max(date.today(), found.state.dato), _source(principal)))],
            by=principal.describe())
    except DomainError as err:
        raise ViewError(f"Referatet blev ikke offentliggjort: {err.message} (regel "
                        f"{err.rule}). Intet er gemt.", status_code=409,
                        back=(f"/moeder/{meeting_id}/referat/skriv",
                              "Tilbage til referatet")) from None
    except ConcurrencyConflict:
        return _stale_overview(store, meeting_id, {}, version)
    return Redirect(f"/moeder/{meeting_id}?offentliggjort=1", status_code=303)


@post("/opfoelgninger/afslut", include_in_schema=False, status_code=303)
async def complete_form(store: Store, principal: Caller, data: Annotated[
        dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]) -> Redirect:
    return await in_thread(_complete, store, principal, data)


def _complete(store: Any, principal: Any, data: dict[str, str]) -> Redirect:
    """The secretariat marks an action delivered (today, or the date given)."""
    require_secretariat(principal, "afslutte en opfølgning")
    meeting_id, action_id = data.get("moede", ""), data.get("opfoelgning", "")
    back = ("/opfoelgninger", "Tilbage til opfølgningerne")
    try:
        day = date.fromisoformat(data["dato"]) if data.get("dato") else date.today()
    except ValueError:
        raise ViewError(f"felt 'dato': '{data['dato']}' er ikke en dato (ÅÅÅÅ-MM-DD). Intet "
                        "er gemt.", status_code=400, back=back) from None
    _found(store, meeting_id)
    try:
        store.record(meetings.CompleteAction(
            meeting_id=meeting_id, action_id=action_id, dato=day,
            provenance=Provenance(day, _source(principal))), by=principal.describe())
    except DomainError as err:
        raise ViewError(f"Opfølgningen blev ikke afsluttet: {err.message} (regel "
                        f"{err.rule}). Intet er gemt.", status_code=409, back=back) from None
    except ConcurrencyConflict:
        raise ViewError("Opfølgningen blev ikke afsluttet: en anden registrerede i mødet "
                        "samtidig. Intet er gemt; prøv igen.", status_code=409,
                        back=back) from None
    return Redirect("/opfoelgninger?alle=true", status_code=303)


# -- the wordings of a decision, public once published ------------------------------------


@get("/moeder/{meeting_id:str}/punkt/{nummer:str}/udgaver", include_in_schema=False,
     sync_to_thread=True)
def versions_page(store: Store, principal: Caller, meeting_id: FromPath[str],
                  nummer: FromPath[str]) -> Template:
    """Every wording the item's decision has had, newest last: where "Rettet <dato>:
    <grund>" links to the earlier wording."""
    found = _found(store, meeting_id)
    _item(found, meeting_id, nummer)
    if found.state.referat == "kladde" and not principal.is_secretariat:
        raise ViewError("Referatet af mødet er endnu ikke offentliggjort.", status_code=404)
    return Template("referat_udgaver.html", context={
        "meeting_id": meeting_id, "punkt": found.state.punkter[nummer],
        "udgaver": found.udgaver.get(nummer, []), "tekst": meetings.OUTCOME_TEXT,
        # the drafts' history, for the secretariat only (issue 20)
        "kladder": found.kladder.get(nummer, []) if principal.is_secretariat else []})


def routes() -> list[ControllerRouterHandler]:
    return [referat_page, attendance_form, item_page, item_form, publish_form, complete_form,
            versions_page]
