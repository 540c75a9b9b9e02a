"""Downloads (issue 21): the tables of the tilbudsvifte on a date, the changes between two
dates, the takstbilag, the budget, the shares and the follow-up actions as CSV or XLSX, with
the same columns as the CLI's ``--format csv``/``xlsx`` of the same query; in the XLSX dates
are dates and amounts numbers in kroner."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from litestar import Response, get
from litestar.params import FromPath, FromQuery

from socialaftale import BUDGET_HEADINGS, DANISH_TIME, budget_table, format_kroner, xlsx_table

from .common import Caller, Store, ViewError, form_date, form_int

__all__ = ["download"]

Table = tuple[list[str], list[tuple[Any, ...]]]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _today(store: Any) -> date:
    """Today by the store's clock in Danish time (the same day as every other answer, and a
    test's or replay's clock, not the server's)."""
    day: date = store.clock().astimezone(DANISH_TIME).date()
    return day


def _sted(q: dict[str, str | None]) -> str:
    """The cost centre asked for: no default, since which one a store holds is its data."""
    sted = (q["omkostningssted"] or "").strip()
    if not sted:
        raise ViewError("Ugyldig forespørgsel: angiv omkostningssted (regel"
                        " omkostningssted-mangler).", status_code=400)
    return sted


def _vifte(store: Any, q: dict[str, str | None]) -> Table:
    offers = store.tilbudsvifte(form_date(q["dato"], "dato") or _today(store))
    return (["Tilbud", "Driftsherre", "Lovgrundlag", "Pladser", "Forstærket samarbejde"],
            [(o.navn, o.driftsherre, o.lovgrundlag_tekst, o.pladser, o.forstaerket_samarbejde)
             for o in offers])


def _changes(store: Any, q: dict[str, str | None]) -> Table:
    start = form_date(q["fra"], "fra") or date(_today(store).year, 1, 1)
    end = form_date(q["til"], "til") or _today(store)
    if start > end:
        raise ViewError("Ugyldig forespørgsel: 'fra' ligger efter 'til' (regel"
                        " periode-omvendt).", status_code=400)
    c = store.tilbud_changes(start, end)
    rows: list[tuple[Any, ...]] = [("ind", t.navn, t.driftsherre) for t in c.ind]
    rows += [("ud", t.navn, t.driftsherre) for t in c.ud]
    rows += [("ændret", a.efter.navn, a.efter.driftsherre) for a in c.aendret]
    return ["Ændring", "Tilbud", "Driftsherre"], rows


def _takstbilag(store: Any, q: dict[str, str | None]) -> Table:
    t = store.takstbilag(form_int(q["aar"], "aar") or _today(store).year)
    return (["Tilbud", "Ydelse", "Takst", "Enhed", "For sent"],
            [(x.key, x.ydelse, x.beloeb, x.enhed, x.for_sent) for x in t.takster])


def _budget(store: Any, q: dict[str, str | None]) -> Table:
    t = store.budget(form_int(q["aar"], "aar") or _today(store).year, _sted(q))
    return list(BUDGET_HEADINGS), budget_table(t)


def _shares(store: Any, q: dict[str, str | None]) -> Table:
    found = store.shares(form_int(q["aar"], "aar") or _today(store).year, _sted(q))
    return (["Kommune", "Befolkning", "Andel"],
            [(x.kommune, x.befolkning, x.beloeb) for x in found])


def _actions(store: Any, q: dict[str, str | None], principal: Any = None) -> Table:
    """The follow-up actions as /opfoelgninger shows them: a draft referat's actions only
    to the secretariat (issue 20)."""
    found = store.actions(form_date(q["dato"], "dato") or _today(store),
                          open_only=q["alle"] not in ("1", "true", "ja"),
                          owner=q["ansvarlig"] or None)
    if principal is None or not principal.is_secretariat:
        hidden = store.draft_referater()
        found = [a for a in found if a.meeting_id not in hidden]
    return (["Frist", "Ansvarlig", "Leverance", "Møde", "Overskredet", "Note"],
            [(a.frist if isinstance(a.frist, date) else a.frist_tekst,
              a.ansvarlig or "ikke angivet", a.leverance, f"{a.meeting_id} pkt. {a.punkt}",
              a.overskredet, a.note or "") for a in found])


TABLES: dict[str, Callable[[Any, dict[str, str | None]], Table]] = {
    "tilbudsvifte": _vifte, "aendringer": _changes, "takstbilag": _takstbilag,
    "budget": _budget, "fordeling": _shares, "opfoelgninger": _actions}


def _text(value: Any) -> str:
    """A CSV cell as the CLI's CSV writes it."""
    if value is None:
        return "ukendt"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, Decimal):
        return format_kroner(value)
    return str(value)


def _csv(headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headings)
    writer.writerows([[_text(v) for v in r] for r in rows])
    return buf.getvalue().encode("utf-8-sig")  # with a BOM: a spreadsheet reads it as UTF-8


@get("/hent/{fil:str}", include_in_schema=False, sync_to_thread=True)
def download(store: Store, principal: Caller, fil: FromPath[str],
             dato: FromQuery[str | None] = None,
             fra: FromQuery[str | None] = None, til: FromQuery[str | None] = None,
             aar: FromQuery[str | None] = None, omkostningssted: FromQuery[str | None] = None,
             ansvarlig: FromQuery[str | None] = None,
             alle: FromQuery[str | None] = None) -> Response[bytes]:
    """``/hent/<tabel>.csv`` or ``.xlsx``: the table a page shows, to save."""
    name, _, fmt = fil.rpartition(".")
    if name not in TABLES or fmt not in ("csv", "xlsx"):
        raise ViewError(f"ukendt download '{fil}' (brug {', '.join(TABLES)} med .csv eller"
                        " .xlsx)", status_code=404)
    q = {"dato": dato, "fra": fra, "til": til, "aar": aar, "omkostningssted": omkostningssted,
         "ansvarlig": ansvarlig, "alle": alle}
    headings, rows = (_actions(store, q, principal) if name == "opfoelgninger"
                      else TABLES[name](store, q))
    disposition = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    if fmt == "xlsx":
        return Response(xlsx_table(headings, rows, sheet=name, text=_text), media_type=XLSX,
                        headers=disposition)
    return Response(_csv(headings, rows), media_type="text/csv; charset=utf-8",
                    headers=disposition)
