"""Uploading a meeting record: the same validation, all-or-nothing and messages (with line
numbers) as ``socialaftale load``, from a form and from the API. Secretariat only."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Annotated, Any

from attrs import Factory, frozen
from litestar import get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Template

from socialaftale import ConcurrencyConflict, RecordError, load_record

from .common import WRITE_ERRORS, Caller, Store, ViewError, in_thread, require_secretariat

__all__ = ["Indlaesning", "Optegnelse", "api_upload", "upload_form", "upload_page"]

WHAT = "indlæse mødeoptegnelser"
MAX_UPLOAD = 5 * 1024 * 1024


@frozen
class Optegnelse:
    """A meeting record sent through the API: the file's name and its YAML text."""

    fil: str
    indhold: str
    proeve: bool = False
    grund: str | None = None


@frozen
class Aendring:
    noegle: str
    art: str
    linje: int | None
    felter: list[str]


@frozen
class Punkt:
    """An item on the meeting's agenda."""

    nummer: str
    titel: str


@frozen
class Del:
    """How many parts of one kind the file records (or would): "beslutning", 12."""

    art: str
    antal: int


@frozen
class Indlaesning:
    """What a load did (or, on a trial run, would do): the meeting, its agenda items and
    how many parts of each kind are (or would be) recorded."""

    fil: str
    moede: str
    status: str
    haendelser: int
    proeve: bool
    aendringer: list[Aendring]
    forum: str | None = None
    dato: date | None = None
    punkter: list[Punkt] = Factory(list)
    indhold: list[Del] = Factory(list)


KINDS = {
    "ScheduleMeeting": "mødets oplysninger", "ProposeAgenda": "dagsorden",
    "AmendAgenda": "ændret dagsorden", "SendAgenda": "udsendt dagsorden",
    "RecordDecision": "beslutning", "AssignAction": "opfølgning",
    "CompleteAction": "afsluttet opfølgning", "CorrectMeeting": "rettelse af mødet",
    "CorrectAgenda": "rettelse af dagsordenen", "CorrectDecision": "rettelse af en beslutning",
    "RegisterForum": "forum", "RenameForum": "nyt navn til et forum",
    "AddForumAlias": "andet navn for et forum",
    "AffiliatePerson": "persons tilknytning", "ChooseStrategy": "valgt strategi",
    "PlanAarshjulEvent": "begivenhed i årshjulet", "FormGroup": "nedsat arbejdsgruppe",
    "AddMember": "nyt medlem", "RemoveMember": "udtrådt medlem", "PlanMilestone": "milepæl",
    "RecordMilestoneMet": "nået milepæl", "AppointPerson": "udpegning",
    "ChangeMandate": "ændret mandat", "ChangeChair": "ny formand",
    "ConvertGroup": "omdannet gruppe", "DissolveGroup": "nedlagt gruppe",
    "SetKlynger": "klyngeinddeling", "RegisterTilbud": "tilbud i tilbudsviften",
    "SetFrister": "frister", "RequestIndmelding": "anmodning om indmelding",
    "RequestUdmelding": "anmodning om udmelding", "ApproveIndmelding": "godkendt indmelding",
    "RejectIndmelding": "afvist indmelding", "ApproveUdmelding": "godkendt udmelding",
    "RejectUdmelding": "afvist udmelding", "ChangePladser": "ændret antal pladser",
    "ConvertTilbud": "omlagt tilbud", "SplitTilbud": "opsplittet tilbud",
    "ReplaceTilbud": "erstattet tilbud", "CloseTilbud": "lukket tilbud",
    "LeaveForstaerketSamarbejde": "udtræden af det forstærkede samarbejde",
    "JoinForstaerketSamarbejde": "indtræden i det forstærkede samarbejde",
    "AgreeBilateralExemption": "bilateral undtagelse", "SetTakst": "takst",
    "CarryTakstRegulering": "takstregulering", "CorrectFact": "rettelse af et faktum",
    "RegisterBudgetLine": "budgetlinje", "BookAccounts": "regnskabstal",
    "CorrectAccounts": "rettet regnskabstal", "RecordAdvance": "udlæg",
    "SettleBudget": "afregning", "CarrySurplus": "overført overskud",
    "RecordPopulation": "befolkningstal", "SetParticipation": "deltagelse",
    "SplitCost": "fordeling af en udgift",
    "AddBudgetFootnote": "fodnote til budgettet", "AgreeCostSharing": "fordelingsnøgle",
    "AnswerCostSharing": "svar på en fordelingsnøgle",
    "SetCostSharingBasis": "grundlag for en fordelingsnøgle", "DecideRates": "takstbeslutning",
    "SammePerson": "bekræftet samme person", "IkkeSammePerson": "ikke samme person",
    "AdoptCompositionModel": "model for sammensætning af arbejdsgrupper",
}
"""Each kind of part of a record in the words of the minutes (unknown kinds by name)."""


def _contents(differences: Any) -> tuple[str | None, date | None, list[Punkt], list[Del]]:
    """The meeting, its agenda items and a count per kind of what the differences add."""
    forum: str | None = None
    day: date | None = None
    items: list[Punkt] = []
    counts: Counter[str] = Counter()
    for d in differences:
        if d.after is None:
            continue
        counts[d.kind] += 1
        data = json.loads(d.after)
        if d.kind == "ScheduleMeeting":
            forum = data.get("body")
            day = date.fromisoformat(data["dato"]) if data.get("dato") else None
        elif d.kind == "ProposeAgenda":
            items = [Punkt(str(p.get("nummer")), str(p.get("titel") or ""))
                     for p in data.get("punkter", [])]
    return forum, day, items, [Del(KINDS.get(k, k), n) for k, n in counts.items()]


def _refused(err: RecordError) -> ViewError:
    status = 409 if err.refused else 422
    return ViewError(str(err), status_code=status, extra_json={"errors": [{
        "line": err.line, "field": err.field, "message": err.message, "rule": err.rule}]})


def _load(store: Any, principal: Any, fil: str, data: bytes | str, proeve: bool,
          grund: str | None) -> Indlaesning:
    require_secretariat(principal, WHAT)
    try:
        result = load_record(store, data, fil, dry_run=proeve, by=principal.describe(),
                             grund=grund or None)
    except RecordError as err:
        raise _refused(err) from None
    except ConcurrencyConflict:
        raise ViewError(f"{fil} blev ikke indlæst: en anden registrerede i de samme forløb i "
                        "samme øjeblik. Intet er gemt; indlæs filen igen.",
                        status_code=409) from None
    changes = [Aendring(d.key, d.change, d.line,
                        [f"{name}: {before} → {after}" for name, before, after in d.fields()]
                        if d.change == "ændret" else [])
               for d in result.differences]
    forum, day, items, parts = _contents(result.differences)
    return Indlaesning(result.file, result.record_id, result.status, result.events,
                       result.dry_run, changes, forum, day, items, parts)


@get("/optegnelser", include_in_schema=False, sync_to_thread=False)  # no store work
def upload_form(principal: Caller) -> Template:
    require_secretariat(principal, WHAT)
    return Template("optegnelser.html", context={"resultat": None})


@post("/optegnelser", include_in_schema=False, status_code=200,
      request_max_body_size=MAX_UPLOAD + 64 * 1024)
async def upload_page(store: Store, principal: Caller, data: Annotated[
        dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)]) -> Template:
    return await in_thread(_upload_page, store, principal, data)


def _upload_page(store: Any, principal: Any, data: dict[str, Any]) -> Template:
    """The form's upload: a chosen file, or the file kept from the last attempt (a trial run
    or a refusal), so "Registrér nu" and a second try need no new choice of file."""
    require_secretariat(principal, WHAT)
    upload, kept = data.get("fil"), None
    grund = str(data.get("grund") or "") or None
    try:
        if isinstance(upload, UploadFile) and upload.filename:
            name, content = upload.filename, upload.file.read()
        elif str(data.get("indhold") or ""):
            name = str(data.get("filnavn") or "optegnelse.yaml")
            content = str(data["indhold"]).encode("utf-8")
        else:
            raise ViewError("vælg en mødeoptegnelse (YAML-fil) at indlæse", status_code=400)
        kept = _kept(name, content, grund)
        result = _load(store, principal, name, content, bool(data.get("proeve")), grund)
    except ViewError as err:
        if kept is not None:
            err.extra_json = {**(err.extra_json or {}), "kept": kept}
        raise err.going_back("/optegnelser", "Tilbage til formularen") from None
    return Template("optegnelser.html", context={"resultat": result, "beholdt": kept})


def _kept(name: str, content: bytes, grund: str | None) -> dict[str, str] | None:
    """The file as the form keeps it (text in a hidden field); None if it is no UTF-8 text."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return {"filnavn": name.replace("\\", "/").rsplit("/", 1)[-1], "indhold": text,
            "grund": grund or ""}


@post("/api/optegnelser", sync_to_thread=True, tags=["optegnelser"], status_code=200,
      summary="Indlæs en mødeoptegnelse (kun sekretariatet)", security=[{"noegle": []}],
      responses=WRITE_ERRORS, request_max_body_size=2 * MAX_UPLOAD)
def api_upload(store: Store, principal: Caller,
               data: Annotated[Optegnelse, Body()]) -> Indlaesning:
    """Check and record a meeting record in one transaction (``proeve``: only check).
    An error answers 422 (malformed) or 409 (a rule of the model refused it) with
    ``errors``: line, field, message and rule; nothing is recorded."""
    return _load(store, principal, data.fil, data.indhold, data.proeve, data.grund)
