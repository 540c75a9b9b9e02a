"""Working-group read models: groups as of a date, and a person's roles over time.

A role in a group (``ag_role`` with ``gruppe`` set) is tied to the group's key, never its
name: a group converted under a new name is the same group (``GroupConverted``), and two
groups may come to carry the same name. The name shown is the one the group had when the role
began. A role ends when what gave it ends: the member's seat (``MemberRemoved``), the chair
(``ChairChanged``) or the group itself (``GroupDissolved``). A conversion ends nothing: the
group continues as another kind, with its people.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from typing import ClassVar

from attrs import frozen

from ..domain.arbejdsgrupper import (
    EVENTS,
    ChairChanged,
    GroupConverted,
    GroupDissolved,
    GroupFormed,
    GroupTaskReported,
    Klynge,
    KlyngerSet,
    MandateChanged,
    MemberAdded,
    MemberRemoved,
    MilestoneMet,
    MilestonePlanned,
    PersonAppointed,
    RolleKrav,
    composition_warnings,
)
from ..domain.common import DomainError, Meta, Recorded
from ..domain.dates import Dato, dato_earliest, dato_text, parse_dato
from ..domain.names import did_you_mean
from ..readstore import Database, Projection, Tx
from .fora import Person, person_of

__all__ = ["Arbejdsgruppe", "ArbejdsgrupperProjection", "ArbejdsgrupperQueries", "Mandat",
           "Medlem", "Milepael", "PersonRoller", "Rolle"]


def _known_from(m: Meta) -> str:
    """"kendt fra 2019-10-24 (003_….txt pkt. 6)": when and where a group is first seen."""
    where = m.source.document + (f" pkt. {m.source.item}" if m.source.item else "")
    return f"kendt fra {m.occurred_on.isoformat()} ({where})"


class ArbejdsgrupperProjection(Projection):
    name = "arbejdsgrupper"
    # 8: a mandate left unknown, an appointment without a known start, or tasks a source
    # reports (ag_task); 9, 10: those merged
    version = 10
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("ag_group", "ag_member", "ag_milestone", "ag_role",
                                         "ag_mandate", "ag_klynge", "ag_note", "ag_task")

    def create(self, tx: Tx) -> None:
        tx.execute(
            "CREATE TABLE IF NOT EXISTS ag_group (key TEXT PRIMARY KEY, navn TEXT NOT NULL,"
            " art TEXT NOT NULL, forum TEXT NOT NULL, mandat TEXT, formand TEXT,"
            " sekretariat TEXT, kraever_region INTEGER NOT NULL, nedsat TEXT NOT NULL,"
            " meeting TEXT, item TEXT, klynge_regel INTEGER NOT NULL, rollekrav TEXT NOT NULL,"
            " nedlagt TEXT, ekstern TEXT, kendt TEXT)"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS ag_mandate (position BIGINT PRIMARY KEY, key TEXT NOT"
            " NULL, mandat TEXT NOT NULL, status TEXT NOT NULL, fra TEXT NOT NULL, meeting TEXT,"
            " item TEXT, grund TEXT)"
        )
        tx.execute("CREATE TABLE IF NOT EXISTS ag_klynge (navn TEXT NOT NULL, kommune TEXT NOT"
                   " NULL)")
        tx.execute(
            # One row per seat held: a member who leaves and rejoins has two (position: the
            # MemberAdded event's), so the same member_id can come back.
            "CREATE TABLE IF NOT EXISTS ag_member (position BIGINT PRIMARY KEY, key TEXT NOT"
            " NULL, member_id TEXT NOT NULL, navn TEXT, organisation TEXT, rolle TEXT,"
            " fra TEXT NOT NULL, til TEXT)"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS ag_member_key ON ag_member (key, member_id)")
        tx.execute(
            # dato: as written ("2015-04-08", "primo april 2015"); dato_earliest sorts it.
            "CREATE TABLE IF NOT EXISTS ag_milestone (key TEXT NOT NULL, milestone_id TEXT NOT"
            " NULL, beskrivelse TEXT NOT NULL, dato TEXT NOT NULL, forum TEXT, naaet TEXT,"
            " dato_earliest TEXT NOT NULL, dato_latest TEXT NOT NULL,"
            " PRIMARY KEY (key, milestone_id))"
        )
        tx.execute(
            # gruppe: the group's key for a role in a group (what ends it is matched on),
            # NULL for an appointment; hvor: the name shown.
            "CREATE TABLE IF NOT EXISTS ag_role (position BIGINT PRIMARY KEY, navn TEXT NOT"
            " NULL, rolle TEXT NOT NULL, hvor TEXT NOT NULL, fra TEXT, til TEXT,"
            " gruppe TEXT)"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS ag_role_navn ON ag_role (navn)")
        # The record's source notes on a group's facts (not the minutes' words), by group.
        tx.execute("CREATE TABLE IF NOT EXISTS ag_note (position BIGINT PRIMARY KEY, key TEXT"
                   " NOT NULL, fra TEXT NOT NULL, note TEXT NOT NULL)")
        tx.execute("CREATE INDEX IF NOT EXISTS ag_role_gruppe ON ag_role (gruppe)")
        # Tasks a source reports a group as working on, in its words, known from ``fra``.
        tx.execute("CREATE TABLE IF NOT EXISTS ag_task (position BIGINT PRIMARY KEY, key TEXT"
                   " NOT NULL, fra TEXT NOT NULL, opgave TEXT NOT NULL)")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        meeting = m.decision.meeting if m.decision else None
        item = m.decision.item if m.decision else None
        if m.source.note and isinstance(getattr(e, "key", None), str):
            tx.execute("INSERT INTO ag_note VALUES (?, ?, ?, ?)",
                       (recorded.position, e.key, m.occurred_on.isoformat(), m.source.note))
        if isinstance(e, GroupFormed):
            tx.execute(
                "INSERT INTO ag_group VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                (e.key, e.navn, e.art, e.forum, e.mandat, e.formand, e.sekretariat,
                 int(e.kraever_region), m.occurred_on.isoformat(), meeting, item,
                 int(e.klynge_regel), json.dumps([[k.rolle, k.mindst, k.maks]
                                                  for k in e.rollekrav], ensure_ascii=False),
                 m.external.describe() if m.external else None,
                 _known_from(m) if e.eksisterede else None),
            )
            if e.mandat is not None:  # an unknown mandate has no version to list
                tx.execute("INSERT INTO ag_mandate VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                           (recorded.position, e.key, e.mandat,
                            "kendt" if e.eksisterede else "nedsat", m.occurred_on.isoformat(),
                            meeting, item))
            if e.formand:
                _open_role(tx, recorded.position, e.formand, "formand", e.key, e.navn,
                           m.occurred_on)
        elif isinstance(e, MemberAdded):
            tx.execute("INSERT INTO ag_member (position, key, member_id, navn, organisation,"
                       " rolle, fra, til) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                       (recorded.position, e.key, e.member_id, e.navn, e.organisation, e.rolle,
                        e.fra.isoformat()))
            if e.navn:
                group = tx.one("SELECT navn FROM ag_group WHERE key = ?", (e.key,))
                _open_role(tx, recorded.position, e.navn, e.rolle or "medlem", e.key,
                           group[0] if group else e.key, e.fra)
        elif isinstance(e, MemberRemoved):
            _remove_member(tx, e)
        elif isinstance(e, GroupTaskReported):
            tx.execute("INSERT INTO ag_task VALUES (?, ?, ?, ?)",
                       (recorded.position, e.key, m.occurred_on.isoformat(), e.opgave))
        elif isinstance(e, MilestonePlanned):
            tx.execute("INSERT INTO ag_milestone VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
                       (e.key, e.milestone_id, e.beskrivelse, dato_text(e.dato), e.forum,
                        dato_earliest(e.dato).isoformat(), dato_latest(e.dato).isoformat()))
        elif isinstance(e, MilestoneMet):
            tx.execute("UPDATE ag_milestone SET naaet = ? WHERE key = ? AND milestone_id = ?",
                       (e.dato.isoformat(), e.key, e.milestone_id))
        elif isinstance(e, MandateChanged):
            status = {True: "godkendt", False: "udkast", None: "ændret"}[e.godkendt]
            tx.execute("UPDATE ag_group SET mandat = ? WHERE key = ?", (e.mandat, e.key))
            tx.execute("INSERT INTO ag_mandate VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (recorded.position, e.key, e.mandat, status, m.occurred_on.isoformat(),
                        meeting, item, e.grund))
        elif isinstance(e, ChairChanged):
            group = tx.one("SELECT navn, formand FROM ag_group WHERE key = ?", (e.key,))
            assert group is not None
            if group[1] is not None and group[1] != e.formand:
                # The same chair named again (after a rename, say) keeps the one role.
                _end_roles(tx, e.key, m.occurred_on, navn=group[1], rolle="formand")
            tx.execute("UPDATE ag_group SET formand = ? WHERE key = ?", (e.formand, e.key))
            _open_role(tx, recorded.position, e.formand, "formand", e.key, group[0],
                       m.occurred_on)
        elif isinstance(e, GroupConverted):
            tx.execute("UPDATE ag_group SET art = ?, navn = COALESCE(?, navn) WHERE key = ?",
                       (e.art, e.navn, e.key))
        elif isinstance(e, GroupDissolved):
            tx.execute("UPDATE ag_group SET nedlagt = ? WHERE key = ?",
                       (e.dato.isoformat(), e.key))
            tx.execute("UPDATE ag_member SET til = ? WHERE key = ? AND til IS NULL",
                       (e.dato.isoformat(), e.key))
            _end_roles(tx, e.key, e.dato)
        elif isinstance(e, KlyngerSet):
            tx.execute("DELETE FROM ag_klynge")
            tx.executemany("INSERT INTO ag_klynge VALUES (?, ?)",
                           [(k.navn, kommune) for k in e.klynger for kommune in k.kommuner])
        elif isinstance(e, PersonAppointed):
            tx.execute("INSERT INTO ag_role (position, navn, rolle, hvor, fra, til, gruppe)"
                       " VALUES (?, ?, ?, ?, ?, ?, NULL)",
                       (recorded.position, e.navn, e.rolle,
                        f"{e.hvor} (for {e.for_forum})" if e.for_forum else e.hvor,
                        e.fra.isoformat() if e.fra else None,
                        e.til.isoformat() if e.til else None))


def _open_role(tx: Tx, position: int | None, navn: str, rolle: str, gruppe: str, hvor: str,
               fra: date) -> None:
    """A person's role in group ``gruppe`` (shown as ``hvor``) from ``fra``, unless the person
    holds that role there already: a chair named when the group is formed and again on its
    member list is one role, shown once. Matched on the key, so a rename does not split it."""
    if tx.one("SELECT 1 FROM ag_role WHERE navn = ? AND rolle = ? AND gruppe = ? AND til IS"
              " NULL", (navn, rolle, gruppe)) is None:
        tx.execute("INSERT INTO ag_role (position, navn, rolle, hvor, fra, til, gruppe)"
                   " VALUES (?, ?, ?, ?, ?, NULL, ?)",
                   (position, navn, rolle, hvor, fra.isoformat(), gruppe))


def _end_roles(tx: Tx, gruppe: str, til: date, *, navn: str | None = None,
               rolle: str | None = None) -> None:
    """End the open roles in group ``gruppe`` on ``til`` (only ``navn``'s, only ``rolle``, when
    given). A role that began after ``til`` (a dissolution dated back) ends the day it began,
    never before it."""
    day = til.isoformat()
    sql = ("UPDATE ag_role SET til = CASE WHEN fra > ? THEN fra ELSE ? END WHERE gruppe = ? AND"
           " til IS NULL")
    params: list[str] = [day, day, gruppe]
    for column, value in (("navn", navn), ("rolle", rolle)):
        if value is not None:
            sql += f" AND {column} = ?"
            params.append(value)
    tx.execute(sql, params)


def _remove_member(tx: Tx, e: MemberRemoved) -> None:
    """End the member's seat and, with it, the role it gave, unless something else in the record
    still gives the person that role there: another seat with the same role (the role is
    shown once), or the chair when the seat's role is 'formand' (chairing is changed by
    ``ChairChanged``, not by the member list)."""
    seat = tx.one("SELECT navn, rolle FROM ag_member WHERE key = ? AND member_id = ? AND til IS"
                  " NULL", (e.key, e.member_id))
    tx.execute("UPDATE ag_member SET til = ? WHERE key = ? AND member_id = ? AND til IS NULL",
               (e.til.isoformat(), e.key, e.member_id))
    if seat is None or seat[0] is None:
        return  # a seat not yet filled gave no one a role
    navn, rolle = str(seat[0]), str(seat[1] or "medlem")
    if tx.one("SELECT 1 FROM ag_member WHERE key = ? AND navn = ? AND COALESCE(rolle, 'medlem')"
              " = ? AND til IS NULL", (e.key, navn, rolle)) is not None:
        return
    if rolle == "formand" and tx.one("SELECT 1 FROM ag_group WHERE key = ? AND formand = ?",
                                     (e.key, navn)) is not None:
        return
    _end_roles(tx, e.key, e.til, navn=navn, rolle=rolle)


def dato_latest(value: Dato) -> date:
    """The last day a date may mean: a milestone is overdue only once all of it has passed."""
    return value if isinstance(value, date) else value.latest


def dato_from_text(text: str) -> Dato:
    """A date stored as :func:`dato_text` wrote it, read back as what it was."""
    return parse_dato(text)


@frozen
class Milepael:
    """``dato`` as the minutes give it (a day or "primo april 2015")."""

    beskrivelse: str
    dato: Dato
    forum: str | None
    naaet: date | None


@frozen
class Mandat:
    """One version of a group's mandate: as formed, changed, drafted or approved, and by
    which decision."""

    mandat: str
    status: str
    fra: date
    beslutning: str | None
    grund: str | None


@frozen
class Medlem:
    navn: str | None  # None: a seat not yet filled
    organisation: str | None
    rolle: str | None


@frozen
class Arbejdsgruppe:
    key: str
    navn: str
    art: str
    forum: str
    mandat: str | None
    """None: the minutes do not say the group's mandate (shown as "ikke angivet")."""
    formand: str | None
    medlemmer: tuple[str, ...]
    naeste_milepael: Milepael | None
    overskredne: tuple[Milepael, ...]
    advarsler: tuple[str, ...]
    nedsat_ved: str | None
    mandater: tuple[Mandat, ...] = ()
    deltagere: tuple[Medlem, ...] = ()
    """The members of ``medlemmer`` as fields (a name to link to, organisation, role)."""
    besluttet_af: str | None = None
    kendt_fra: str | None = None
    """For a group the source mentions as already existing: "kendt fra 2019-10-24
    (<document> pkt. 6)"; ``nedsat_ved`` then names the item that mentions it."""
    """Who formed it when that body's minutes are not in the record ("besluttet af KKR
    4. februar 2013 (ifølge kilden)"); ``nedsat_ved`` then names the item that reports it."""
    noter: tuple[str, ...] = ()
    """The record's source notes on the group's facts up to the date (not the minutes')."""
    sekretariat: str | None = None
    """Who services the group as its secretariat, as formed (``FormGroup.sekretariat``)."""
    opgaver: tuple[str, ...] = ()
    """Tasks a source reports the group as working on by the date, in its words (not
    given by a decision the record holds; no deadline)."""


@frozen
class Rolle:
    """A role over time; ``fra`` None: the source does not say when it began (ordered by
    its end)."""

    rolle: str
    hvor: str
    fra: date | None
    til: date | None


@frozen
class PersonRoller:
    """Everything the record knows about one person: roles, affiliations and meetings."""

    roller: tuple[Rolle, ...]
    person: Person


class ArbejdsgrupperQueries:
    """Working-group queries, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database

    def groups(self, as_of: date) -> tuple[Arbejdsgruppe, ...]:
        """Groups formed by ``as_of`` with members then, next and overdue milestones, warnings."""
        day = as_of.isoformat()
        found = []
        clusters: dict[str, list[str]] = {}
        for navn_k, kommune in self.db.query("SELECT navn, kommune FROM ag_klynge"):
            clusters.setdefault(navn_k, []).append(kommune)
        klynger = [Klynge(k, tuple(v)) for k, v in clusters.items()]
        for (key, navn, art, forum, mandat, formand, region, meeting, item, klynge_regel,
             rollekrav, ekstern, kendt, sekretariat) in self.db.query(
            "SELECT key, navn, art, forum, mandat, formand, kraever_region, meeting, item,"
            " klynge_regel, rollekrav, ekstern, kendt, sekretariat FROM ag_group"
            " WHERE nedsat <= ? AND"
            " (nedlagt IS NULL OR nedlagt > ?) ORDER BY navn", (day, day)
        ):
            mandates = tuple(Mandat(r[0], r[1], date.fromisoformat(r[2]),
                                    f"{r[3]} pkt. {r[4]}" if r[3] else None, r[5])
                             for r in self.db.query(
                                 "SELECT mandat, status, fra, meeting, item, grund FROM"
                                 " ag_mandate WHERE key = ? AND fra <= ? ORDER BY position",
                                 (key, day)))
            members = [
                MemberAdded(key, r[0], r[1], r[2], r[3], date.fromisoformat(r[4]))
                for r in self.db.query(
                    "SELECT member_id, navn, organisation, rolle, fra FROM ag_member WHERE"
                    " key = ? AND fra <= ? AND (til IS NULL OR til > ?) ORDER BY member_id",
                    (key, day, day))
            ]
            stones = [Milepael(r[0], dato_from_text(r[1]), r[2],
                               date.fromisoformat(r[3]) if r[3] else None)
                      for r in self.db.query(
                          "SELECT beskrivelse, dato, forum, naaet FROM ag_milestone WHERE key = ?"
                          " ORDER BY dato_earliest, dato_latest", (key,))]
            open_ = [s for s in stones if s.naaet is None or s.naaet > as_of]
            found.append(Arbejdsgruppe(
                key, navn, art, forum, mandates[-1].mandat if mandates else mandat, formand,
                tuple(f"{x.navn or '(ikke navngivet)'}"
                      f"{', ' + x.organisation if x.organisation else ''}"
                      f"{' – ' + x.rolle if x.rolle else ''}" for x in members),
                next((s for s in open_ if dato_latest(s.dato) >= as_of), None),
                tuple(s for s in open_ if dato_latest(s.dato) < as_of),
                tuple(composition_warnings(
                    bool(region), members, klynge_regel=bool(klynge_regel), klynger=klynger,
                    rollekrav=[RolleKrav(r, lo, hi) for r, lo, hi in json.loads(rollekrav)])),
                f"{meeting} pkt. {item}" if meeting else None,
                mandates,
                tuple(Medlem(x.navn, x.organisation, x.rolle) for x in members),
                ekstern,
                kendt,
                noter=tuple(r[0] for r in self.db.query(
                    "SELECT note FROM ag_note WHERE key = ? AND fra <= ? ORDER BY position",
                    (key, day))),
                sekretariat=sekretariat,
                opgaver=tuple(r[0] for r in self.db.query(
                    "SELECT opgave FROM ag_task WHERE key = ? AND fra <= ? ORDER BY position",
                    (key, day))),
            ))
        return tuple(found)

    def person_roles(self, navn: str) -> tuple[Rolle, ...]:
        """A person's memberships, chairs and appointments over time, oldest first."""
        rows = self.db.query("SELECT rolle, hvor, fra, til FROM ag_role WHERE navn = ?"
                             " ORDER BY COALESCE(fra, til), position", (navn,))
        return tuple(Rolle(r[0], r[1], date.fromisoformat(r[2]) if r[2] else None,
                           date.fromisoformat(r[3]) if r[3] else None) for r in rows)

    def person_overview(self, navn: str) -> PersonRoller:
        """A person's roles over time, affiliations and meetings, by the name exactly as
        recorded. A name the record does not know is refused (rule ``person-ukendt``),
        suggesting the names that differ only in case, or else the closest one. The name
        may come in any Unicode spelling (a macOS terminal types NFD; the record holds NFC)."""
        navn = unicodedata.normalize("NFC", navn)
        found = PersonRoller(self.person_roles(navn), person_of(self.db, navn))
        if found.roller or found.person.tilknytninger or found.person.moeder:
            return found
        known = sorted({str(r[0]) for r in self.db.query(
            "SELECT navn FROM ag_role UNION SELECT navn FROM person_affiliation"
            " UNION SELECT navn FROM meeting_attendance WHERE meeting_id NOT IN"
            " (SELECT meeting_id FROM meeting_kladde)")})
        hint = did_you_mean(navn, known, cutoff=0.8, same_but_case=True)
        raise DomainError(f"ukendt person '{navn}'{hint}", rule="person-ukendt", field="navn")
