"""The CLI's own sub-commands: asking the record, and moving or rebuilding it.

Exit codes: 0 done, 1 refused by a domain rule, 2 bad usage or invalid input, 3 done but a
read model stands before an event it cannot apply (the message names it and the position).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from socialaftale import (
    BUDGET_HEADINGS,
    Letterhead,
    budget_table,
    danish_date,
    did_you_mean,
    format_kroner,
    meeting_pdf,
)

from .output import FORMATS, antal, cell, emit

F = TypeVar("F", bound=Callable[..., Any])


def store_option(fn: F) -> F:
    return click.option(
        "--store", envvar="SOCIALAFTALE_STORE", default="socialaftale.db", show_default=True,
        help="Lageret: en SQLite-fil, memory: eller postgresql://… (også SOCIALAFTALE_STORE).",
    )(fn)


def _output(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.meta["socialaftale.output"] = value


def format_option(fn: F) -> F:
    fn = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                      default=None, expose_value=False, callback=_output,
                      help="Filen, et regneark (--format xlsx) skrives til.")(fn)
    return click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
                        help="Uddata som tabel, JSON, CSV eller XLSX (regneark, med -o FIL)."
                        )(fn)


class DanishDate(click.ParamType[date]):
    name = "dato"

    def convert(self, value: Any, param: Any, ctx: Any) -> date:
        if isinstance(value, date):
            return value
        from socialaftale import DomainError, parse_danish_date

        try:
            return parse_danish_date(str(value))
        except DomainError as err:
            self.fail(f"{err.message} (skriv fx 2020-01-01 eller 1. januar 2020)", param, ctx)


DATE = DanishDate()

def long_date(day: date) -> str:
    """A date as Danish prose: "5. marts 2020" (the library's one spelling)."""
    return danish_date(day)


def _remember(ctx: click.Context, param: click.Parameter, value: date | None) -> None:
    if value is not None:
        ctx.meta[f"socialaftale.{param.name}"] = value


def known_option(fn: F) -> F:
    """``--known-at`` (as the record held it at the end of that day) and ``--occurred-by``
    (as the world knew it then: only facts that had happened by the day); :func:`opened`
    then answers from that view of the store and says so on standard error."""
    fn = click.option(
        "--occurred-by", "occurred_by", type=DATE, default=None, expose_value=False,
        callback=_remember,
        help="Som verden kendte det: kun fakta, der var sket til og med denne dato.")(fn)
    return click.option(
        "--known-at", "known_at", type=DATE, default=None, expose_value=False,
        callback=_remember,
        help="Som registret kendte det ved udgangen af denne dato (dansk tid).")(fn)


def _view(store: Any) -> Any:
    """The store as the command's ``--known-at``/``--occurred-by`` asks (itself without)."""
    ctx = click.get_current_context(silent=True)
    meta = ctx.meta if ctx is not None else {}
    known_at, occurred_by = meta.get("socialaftale.known_at"), meta.get(
        "socialaftale.occurred_by")
    if known_at is None and occurred_by is None:
        return store
    said = []
    if known_at is not None:
        said.append(f"som registret kendte det den {long_date(known_at)}")
    if occurred_by is not None:
        said.append(f"som verden kendte det den {long_date(occurred_by)} (fakta sket til og "
                    "med den dag)")
    click.echo(f"Visning: {' og '.join(said)}.", err=True)
    return store.as_known(known_at, occurred_by=occurred_by)


STOPPED = 3
"""Exit code: done, but a read model stands before an event it cannot apply."""


def _stopped(failures: Any, label: str = "Fejl") -> None:
    for failure in failures:
        click.echo(f"{label}: {failure.message}", err=True)
        click.echo("  (regel: laesemodel-standset)", err=True)


@contextmanager
def opened(url: str, *, project: bool = True, reads_log_only: bool = False) -> Iterator[Any]:
    """Open the store; a domain refusal exits 1, bad input and a store that cannot be used
    (not a database, unreachable, a damaged log, another writer first) exit 2, each with a
    Danish message and its rule. ``project=False``: do not bring the read models up to date
    first (export and rebuild need only the log, and work while the read models cannot).

    A read model that cannot apply an event never keeps the store closed: the command runs,
    the failure is printed and the exit code is 3 (``reads_log_only``, as ``export``, which
    does not use the read models: printed, exit 0)."""
    from socialaftale import (
        ConcurrencyConflict,
        DomainError,
        ProjectionFailed,
        StoreError,
        open_store,
    )

    try:
        store = open_store(url, actor="cli", project=project)
    except StoreError as err:
        _fail(err.message, err.rule)
    except ValueError as err:
        raise click.UsageError(str(err)) from None
    try:
        view = _view(store)
        yield view
        failures = view.projection_failures()
    except DomainError as err:
        click.echo(f"Afvist: {err.message}", err=True)
        sys.exit(1)
    except ProjectionFailed as err:
        failures = list(err.failures)
    except StoreError as err:
        _fail(err.message, err.rule)
    except ConcurrencyConflict as err:
        _fail(str(err), err.rule)
    finally:
        store.close()
    if failures:
        _stopped(failures, "Advarsel" if reads_log_only else "Fejl")
        if not reads_log_only:
            sys.exit(STOPPED)


def _fail(message: str, rule: str) -> NoReturn:
    click.echo(f"Fejl: {message}", err=True)
    click.echo(f"  (regel: {rule})", err=True)
    sys.exit(2)


def _progress(label: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        click.echo(f"\r{label}: {done}/{total} hændelser", err=True, nl=done >= total)

    return show


@click.command()
@store_option
@known_option
@click.option("--as-of", "as_of", type=DATE, default=None, help="Datoen (standard: i dag).")
@format_option
def tilbudsvifte(store: str, as_of: date | None, fmt: str) -> None:
    """Tilbudsviften på en dato."""
    with opened(store) as s:
        offers = s.tilbudsvifte(as_of or date.today())
        emit(fmt, ["Tilbud", "Driftsherre", "Lovgrundlag", "Pladser", "Forstærket samarbejde"],
             [(o.navn, o.driftsherre, o.lovgrundlag_tekst, o.pladser, o.forstaerket_samarbejde)
              for o in offers], offers)


@click.command()
@store_option
@known_option
@click.argument("name")
@format_option
def tilbud(store: str, name: str, fmt: str) -> None:
    """Et tilbuds historik: hver ændring med dato, beslutning og kilde."""
    from socialaftale import DomainError

    with opened(store) as s:
        try:
            posts = s.tilbud_history(name)
        except DomainError as err:  # an unknown or ambiguous name is bad input, not a refusal
            raise click.BadParameter(err.message, param_hint="NAME") from None
        emit(fmt, ["Gælder fra", "Ændring", "Kilde", "Beslutning"],
             [(p.effective_on, p.summary,
               f"{p.source.document}{' pkt. ' + p.source.item if p.source.item else ''}",
               _carried_by(p))
              for p in posts], posts)


def _carried_by(post: Any) -> str:
    """The decision that carries a fact, or, when another body decided it, the item that
    reports it and that body as the source says: "omtalt ved das-2019-10-24 pkt. 8;
    besluttet af KKR og de nordjyske byråd (dato ikke angivet) (ifølge kilden)"."""
    at = f"{post.decision.meeting} pkt. {post.decision.item}" if post.decision else ""
    if not post.besluttet_af:
        return at
    return "; ".join(x for x in (f"omtalt ved {at}" if at else "", post.besluttet_af) if x)


@click.command()
@store_option
@known_option
@click.option("--search", default=None, help="Ord der skal forekomme (alle).")
@click.option("--body", default=None, help="Forum, fx DAS eller SOCDIR.")
@click.option("--from", "from_date", type=DATE, default=None)
@click.option("--to", "to_date", type=DATE, default=None)
@click.option("--outcome", default=None,
              help="Udfald, fx droeftet, taget_til_efterretning eller ikke_angivet.")
@click.option("--organisation", default=None,
              help="Kun beslutninger, der nævner organisationen eller bærer fakta om den.")
@format_option
def decisions(store: str, search: str | None, body: str | None, from_date: date | None,
              to_date: date | None, outcome: str | None, organisation: str | None,
              fmt: str) -> None:
    """Beslutningshistorikken."""
    from socialaftale import DomainError

    with opened(store) as s:
        try:
            found = s.decisions(search=search, body=body, from_date=from_date, to_date=to_date,
                                organisation=organisation, outcome=outcome)
        except DomainError as err:  # a search too long to ask: bad input, not a refusal
            hint = {"organisation": "--organisation", "outcome": "--outcome"}.get(
                err.field or "", "--search")
            raise click.BadParameter(f"{err.message} (regel {err.rule})",
                                     param_hint=hint) from None
        emit(fmt, ["Dato", "Forum", "Punkt", "Sag", "Titel", "Udfald", "Noter",
                   "Andre organers beslutninger"],
             [row for d in found for row in _decision_rows(d)], found)


def _decision_rows(d: Any) -> list[tuple[Any, ...]]:
    """A decision's row, then one per sub-matter under it (its own outcome); a decision
    found only for some of its sub-matters shows just those. Notes are the record's source
    notes, never the minutes' words."""
    rows: list[tuple[Any, ...]] = [] if d.kun_sager else [
        (d.dato, d.body, d.punkt, "", d.titel, d.outcome_tekst, "; ".join(d.noter),
         _external_of(d.fakta))]
    rows += [(d.dato, d.body, d.punkt, s.id, s.titel, s.outcome_tekst, s.note or "",
              _external_of(s.fakta)) for s in d.sager]
    return rows


def _external_of(facts: Any) -> str:
    """The facts under a decision that another body decided: "Udtræder af det forstærkede
    samarbejde: besluttet af KKR og de nordjyske byråd (dato ikke angivet) (ifølge kilden)"."""
    return "; ".join(f"{f.summary}: {f.besluttet_af}" for f in facts if f.besluttet_af)


@click.command()
@store_option
@known_option
@click.argument("year", type=int)
@click.option("--cost-centre", default="Sekretariatet for Rammeaftaler", show_default=True)
@format_option
def budget(store: str, year: int, cost_centre: str, fmt: str) -> None:
    """Budget og regnskab for et år i referatets opstilling, med fodnoter og enhedstal."""
    with opened(store) as s:
        t = s.budget(year, cost_centre)
        emit(fmt, list(BUDGET_HEADINGS), budget_table(t), t)
        if fmt == "table" and t.lines:
            click.echo("")
            for note in t.noter:
                click.echo(f"Bemærk: {note}")
            for line in t.lines:
                for figure in line.enhedstal:
                    click.echo(f"Enhedstal ({line.line}): {_figure(figure)}")
            if t.fodnoter:
                click.echo("\nFodnoter:")
            for n in t.fodnoter:
                where = n.linje if n.linje is not None else f"overskrift: {n.overskrift}"
                click.echo(f"  {n.nummer} ({where}): {n.tekst}")
                for figure in n.enhedstal:
                    click.echo(f"     enhedstal: {_figure(figure)}")
                if n.beregnet is not None:
                    click.echo(f"     i alt {format_kroner(n.beregnet)} (beregnet)")
            for rule in s.sharing_rules(cost_centre=cost_centre):
                click.echo(f"\nFordelingsnøgle {rule.regel}: {_rule_line(rule)}")


def _figure(figure: Any) -> str:
    """A unit figure, with its product only where the quantity is stated."""
    if figure.i_alt is None:
        return f"{figure.tekst()} (antal ikke angivet)"
    return f"{figure.tekst()} = {format_kroner(figure.i_alt)} (beregnet)"


def _rule_line(rule: Any) -> str:
    return f"{rule.formaal}, efter {rule.noegle} — {rule.status}"


@click.command()
@store_option
def export(store: str) -> None:
    """Skriv hele loggen som JSON Lines (én hændelse pr. linje) til standard-ud."""
    from socialaftale import export_events

    with opened(store, project=False, reads_log_only=True) as s:
        for line in export_events(s):
            click.echo(line)


@click.command("import")
@store_option
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--key", "key_file", default=None, type=click.Path(dir_okay=False),
              help="Offentlig nøgle, som eksportens checkpoint skal være underskrevet med.")
def import_(store: str, file: str, key_file: str | None) -> None:
    """Læs en eksporteret log ind i et tomt lager (alt eller intet).

    Har filen et checkpoint, kontrolleres hændelserne mod det, før noget skrives."""
    import io
    from pathlib import Path

    from socialaftale import audit, import_events, open_regular_file

    public = None
    if key_file:
        try:
            public = audit.load_public_key(Path(key_file).read_bytes())
        except (OSError, ValueError) as err:
            click.echo(f"Fejl: {key_file}: kan ikke læses som offentlig nøgle ({err})",
                       err=True)
            sys.exit(2)
    try:  # only a regular file (or "-", standard input): never a FIFO or /dev/zero
        lines: Any = sys.stdin if file == "-" else io.TextIOWrapper(
            open_regular_file(file), encoding="utf-8")
    except ValueError as err:
        click.echo(f"Fejl: {err}", err=True)
        sys.exit(2)
    with lines, opened(store) as s:
        try:
            count = import_events(s, lines, source=file, public_key=public,
                                  progress=_progress("Opbygger læsemodeller"))
        except ValueError as err:
            click.echo(f"Fejl: {err}", err=True)
            sys.exit(2)
        click.echo(f"{antal(count, 'hændelse', 'hændelser')} importeret.", err=True)


@click.command("catch-up")
@store_option
@click.option("--follow", is_flag=True, help="Bliv ved: hent nye hændelser hvert interval.")
@click.option("--interval", type=float, default=2.0, show_default=True,
              help="Sekunder mellem opslag med --follow.")
def catch_up(store: str, follow: bool, interval: float) -> None:
    """Bring læsemodellerne à jour med loggen (fx i en separat proces ved PostgreSQL)."""
    import time

    from socialaftale import ProjectionFailed

    with opened(store) as s:
        reported: set[Any] = set()
        while True:
            try:
                count = s.catch_up(progress=_progress("Opdaterer"))
            except ProjectionFailed as err:
                if not follow:
                    raise
                count = 0  # the other read models are up to date; say each failure once
                _stopped(f for f in err.failures if f not in reported)
                reported.update(err.failures)
            if count:
                click.echo(f"{antal(count, 'ny hændelse', 'nye hændelser')} indarbejdet.",
                           err=True)
            if not follow:
                return
            time.sleep(interval)


@click.command()
@store_option
def rebuild(store: str) -> None:
    """Genopbyg alle læsemodeller fra loggen."""
    with opened(store, project=False) as s:
        count = s.rebuild(progress=_progress("Genopbygger"))
        click.echo(f"{antal(count, 'hændelse', 'hændelser')} genafspillet.", err=True)


@click.command()
@store_option
@known_option
@click.option("--body", default=None, help="Forum, fx DAS eller SOCDIR.")
@format_option
def meetings(store: str, body: str | None, fmt: str) -> None:
    """Møderne, ældste først."""
    with opened(store) as s:
        found = s.meetings(body=body)
        emit(fmt, ["Møde", "Forum", "Dato", "Sted", "Status"],
             [(x.meeting_id, x.body, x.dato, x.sted, _meeting_status(x)) for x in found],
             found)


def _meeting_status(m: Any) -> str:
    """Held (a referat), a draft agenda, or planned by an earlier meeting's announcement."""
    if m.planlagt:
        return f"planlagt ({m.annonceret_ved})" if m.annonceret_ved else "planlagt"
    return "dagsorden (udkast)" if m.udkast else "afholdt"


@click.command()
@store_option
@known_option
@click.argument("meeting_id")
@click.option("--referat/--dagsorden", "referat", default=True, show_default=True,
              help="Referatet (med beslutninger) eller dagsordenen (før mødet).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md",
              show_default=True)
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Skriv dokumentet som PDF til filen (med brevhoved, sidetal, revision).")
@click.option("--sekretariat", "navn", envvar="SOCIALAFTALE_SEKRETARIAT",
              default="Nordjysk Socialaftale", show_default=True,
              help="PDF'ens brevhoved: navnet (også SOCIALAFTALE_SEKRETARIAT).")
@click.option("--adresse", envvar="SOCIALAFTALE_ADRESSE", default="",
              help="PDF'ens brevhoved: adressen, linjer adskilt af '|' "
                   "(også SOCIALAFTALE_ADRESSE).")
@click.option("--url", "base_url", default="",
              help="Webudgavens adresse, så PDF'ens bilag-links virker (fx https://…).")
def meeting(store: str, meeting_id: str, referat: bool, fmt: str, pdf_path: str | None,
            navn: str, adresse: str, base_url: str) -> None:
    """Et mødes dagsorden eller referat i referatets opstilling (Markdown, HTML eller PDF)."""
    with opened(store) as s:
        render = {(True, "md"): s.referat_markdown, (True, "html"): s.referat_html,
                  (False, "md"): s.dagsorden_markdown,
                  (False, "html"): s.dagsorden_html}[(referat, fmt)]
        try:
            if pdf_path is not None:
                data = meeting_pdf(s, meeting_id, referat=referat,
                                   letterhead=Letterhead.configured(navn, adresse),
                                   base_url=base_url.rstrip("/"))
            else:
                text = render(meeting_id)
        except KeyError:
            raise click.BadParameter(f"ukendt møde '{meeting_id}'",
                                     param_hint="MEETING_ID") from None
        except ImportError:
            raise click.ClickException("PDF kræver WeasyPrint: pip install "
                                       "'socialaftale[pdf]'. Intet er skrevet.") from None
        if pdf_path is not None:
            Path(pdf_path).write_bytes(data)
            click.echo(f"{'Referat' if referat else 'Dagsorden'} for {meeting_id} skrevet til "
                       f"{pdf_path} ({len(data)} byte).")
            return
        click.echo(text)


@click.command()
@store_option
@known_option
@click.option("--open/--all", "only_open", default=True, show_default=True,
              help="Kun åbne opfølgninger (standard) eller også afsluttede.")
@click.option("--owner", default=None,
              help="Kun denne ansvarlige ('ikke angivet': dem, referatet ikke nævner en"
                   " ansvarlig for).")
@click.option("--as-of", "--today", "today", type=DATE, default=None,
              help="Datoen: opfølgninger givet til og med den, åbne og overskredne som da"
                   " (standard: i dag).")
@format_option
def actions(store: str, only_open: bool, owner: str | None, today: date | None,
            fmt: str) -> None:
    """Opfølgninger fra møderne; overskredne først."""
    with opened(store) as s:
        found = s.actions(today or date.today(), open_only=only_open, owner=owner)
        emit(fmt, ["Frist", "Ansvarlig", "Leverance", "Møde", "Overskredet", "Historik",
                   "Note"],
             [(a.frist_tekst, a.ansvarlig or "ikke angivet", a.leverance,
               f"{a.meeting_id} pkt. {a.punkt}", a.overskredet, _action_history(a),
               a.note or "") for a in found], found)


def _action_history(a: Any) -> str:
    """An action's later changes in one cell: what each decision changed, and from what."""
    lines = [f"{c.art} {c.dato.isoformat()}{' (' + c.ved + ')' if c.ved else ''}: "
             f"{c.tekst} (før: {c.foer})" for c in a.historik]
    if a.afsluttet is not None:
        ved = f" ({a.afsluttet_ved})" if a.afsluttet_ved else ""
        lines.append(f"afsluttet {a.afsluttet.isoformat()}{ved}")
    return "; ".join(lines)


@click.command()
@store_option
@known_option
@click.argument("year", type=int, required=False)
@click.option("--cost-centre", default=None, help="Fx NOPII.")
@click.option("--regel", default=None, help="En fordelingsnøgles id.")
@click.option("--dato", type=DATE, default=None,
              help="Status pr. denne dato (standard: alt registreret).")
@format_option
def shares(store: str, year: int | None, cost_centre: str | None, regel: str | None,
           dato: date | None, fmt: str) -> None:
    """Hvem betaler hvad: hver kommunes andel efter befolkningstal, og fordelingsnøglerne.

    Med ÅR og --cost-centre: fordelingen det år. Med --regel: én fordelingsnøgle, som den stod
    på --dato (standard: i dag), med svar, det den afventer og andelene, når de kan beregnes.
    Uden nogen af dem: alle fordelingsnøgler og deres status."""
    with opened(store) as s:
        if regel is not None:
            rule = s.sharing_rule(regel, dato)
            if rule is None:
                click.echo(f"Fejl: fordelingsnøglen '{regel}' er ikke registreret"
                           + (f" pr. {dato.isoformat()}" if dato else ""), err=True)
                click.echo("  (regel: fordelingsnoegle-ukendt)", err=True)
                sys.exit(1)
            _show_rule(rule, fmt)
            return
        if year is None or cost_centre is None:
            if year is not None or cost_centre is not None:
                click.echo("Fejl: angiv både ÅR og --cost-centre, eller --regel", err=True)
                sys.exit(2)
            found_rules = s.sharing_rules(dato)
            emit(fmt, ["Regel", "Formål", "Nøgle", "Omkostningssted", "Status"],
                 [(r.regel, r.formaal, r.noegle, r.cost_centre, r.status)
                  for r in found_rules], found_rules)
            return
        found = s.shares(year, cost_centre)
        emit(fmt, ["Kommune", "Befolkning", "Andel"],
             [(x.kommune, x.befolkning, x.beloeb) for x in found], found)
        if fmt == "table":
            for rule in s.sharing_rules(dato, cost_centre=cost_centre):
                click.echo(f"\nFordelingsnøgle {rule.regel}: {_rule_line(rule)}")


def _show_rule(rule: Any, fmt: str) -> None:
    if fmt != "table":
        emit(fmt, ["Kommune", "Befolkning", "Andel"],
             [(x.kommune, x.befolkning, x.beloeb) for x in rule.andele], rule)
        return
    frist = "ikke fastsat" if rule.svarfrist is None else cell(rule.svarfrist)
    decided = rule.beslutning or "ingen beslutning i registret"
    click.echo(f"Fordelingsnøgle {rule.regel}: {rule.formaal}")
    click.echo(f"Ordlyd: »{rule.tekst}«")
    if rule.betingelse:
        click.echo(f"Betingelse: »{rule.betingelse}«")
    click.echo(f"Nøgle: {rule.noegle}; blandt: {rule.blandt or 'ikke angivet'}; "
               f"omkostningssted: {rule.cost_centre or 'ikke angivet'}")
    click.echo(f"Vedtaget: {cell(rule.vedtaget)} ({decided}; kilde {rule.kilde})")
    if rule.note:
        click.echo(f"Note: {rule.note}")
    click.echo(f"Beløb: {cell(rule.total)}; befolkningsår: {cell(rule.befolkningsaar)}; "
               f"svarfrist: {frist}")
    for a in rule.svar:
        late = " — efter svarfristen" if a.for_sent else ""
        click.echo(f"Svar: {a.kommune}: {a.svar} ({cell(a.dato)}){late}")
    click.echo(f"Status pr. {cell(rule.dato)}: {rule.status}")
    if rule.andele:
        click.echo("")
        emit(fmt, ["Kommune", "Befolkning", "Andel"],
             [(x.kommune, x.befolkning, x.beloeb) for x in rule.andele], rule.andele)


_RETNING = {"uaendret": "uændret", "nedsaettelse": "nedsættelse", "forhoejelse": "forhøjelse"}


@click.command()
@store_option
@known_option
@click.argument("year", type=int, required=False)
@format_option
def takstbeslutninger(store: str, year: int | None, fmt: str) -> None:
    """Beslutninger om et års takster (fx "der ændres ikke i taksterne for 2013") og de
    forventninger til senere år, beslutningen nævner, med ordlyden fra referatet."""
    with opened(store) as s:
        found = s.rate_decisions(year)
        rows: list[tuple[Any, ...]] = []
        for d in found:
            rows.append((d.aar, _RETNING[d.aendring], d.tekst, d.beslutning or d.kilde))
            rows += [(f.aar, f"forventet: {_RETNING.get(f.retning, 'ikke angivet')}", f.tekst,
                      "")
                     for f in d.forventninger]
        emit(fmt, ["År", "Beslutning", "Ordlyd", "Beslutning i"], rows, found)


@click.command()
@store_option
@known_option
@click.argument("name", required=False)
@format_option
def fora(store: str, name: str | None, fmt: str) -> None:
    """Fora (organer) med alle deres navne: navn, kortnavn, aliaser og tidligere navne.

    Med NAVN: kun forummet, der kendes under det navn (et hvilket som helst af dets navne)."""
    with opened(store) as s:
        found = s.fora()
        if name is not None:
            one = s.forum(name)
            if one is None:
                known = sorted({n for f in found for n in f.alle_navne})
                hint = did_you_mean(name, known, cutoff=0.75, same_but_case=True)
                click.echo(f"Fejl: ukendt forum '{name}'{hint}", err=True)
                click.echo("  (regel: ukendt-forum)", err=True)
                sys.exit(2)
            found = (one,)
        emit(fmt, ["Forum", "Navn", "Kortnavn", "Aliaser", "Tidligere navne"],
             [(f.key, f.navn, f.kortnavn or "", "; ".join(
                 f"{a.alias} ({a.kilde})" for a in f.aliaser),
               "; ".join(_former(n) for n in f.navne[:-1])) for f in found], found)


def _former(name: Any) -> str:
    """A former name with its short name."""
    return f"{name.navn}{f' ({name.kortnavn})' if name.kortnavn else ''}"


@click.command()
@store_option
@known_option
@click.option("--as-of", "as_of", type=DATE, default=None, help="Datoen (standard: i dag).")
@format_option
def groups(store: str, as_of: date | None, fmt: str) -> None:
    """Arbejdsgrupper på en dato: mandat, formand, medlemmer, milepæle og advarsler."""
    with opened(store) as s:
        found = s.groups(as_of or date.today())
        emit(fmt, ["Gruppe", "Formand", "Medlemmer", "Næste milepæl", "Overskredne",
                   "Advarsler", "Mandat", "Beslutning", "Noter"],
             [(g.navn, g.formand, len(g.medlemmer),
               f"{g.naeste_milepael.dato} {g.naeste_milepael.beskrivelse}"
               if g.naeste_milepael else "",
               "; ".join(f"{m.dato} {m.beskrivelse}" for m in g.overskredne),
               "; ".join(g.advarsler), g.mandat or "ikke angivet", _group_decision(g),
               "; ".join(g.noter))
              for g in found], found)


def _group_decision(group: Any) -> str:
    """Who formed a group: the item that did (or reports it), and an external body."""
    shown = [f"nedsat ved {group.nedsat_ved}" if group.nedsat_ved else ""]
    if group.kendt_fra:
        shown = [group.kendt_fra, group.besluttet_af or ""]
    elif group.besluttet_af:
        shown = [f"omtalt ved {group.nedsat_ved}" if group.nedsat_ved else "",
                 group.besluttet_af]
    return "; ".join(s for s in shown if s)


@click.command()
@store_option
@known_option
@click.argument("name")
@format_option
def person(store: str, name: str, fmt: str) -> None:
    """En persons roller over tid (medlemskaber, formandsposter, udpegninger) under alle de
    stavemåder, der er bekræftet som personens; tabellen nævner stavemåderne og forslag."""
    from socialaftale import DomainError

    with opened(store) as s:
        try:
            found = s.person_identity(name)
        except DomainError as err:
            raise click.BadParameter(err.message, param_hint="NAME") from None
        if fmt == "table":
            click.echo("Stavemåder: " + "; ".join(
                f"{x.navn} ({antal(len(x.forekomster), 'gang', 'gange')} i møderne)"
                for x in found.stavemaader))
            for f in found.forslag:
                click.echo(f"Foreslået (ikke bekræftet): {f.navn_a} / {f.navn_b} ({f.grund})")
            click.echo("")
        emit(fmt, ["Fra", "Til", "Rolle", "Hvor"],
             [(r.fra, r.til, r.rolle, r.hvor) for r in found.roller], found)


def _detail(change: Any) -> str:
    """What changed in an offer, field by field, in the table's Danish words."""
    from .output import cell

    return "; ".join(f"{label} {cell(before)} → {cell(after)}"
                     for label, before, after in change.felter())


@click.command()
@store_option
@known_option
@click.option("--from", "from_date", type=DATE, required=True)
@click.option("--to", "to_date", type=DATE, required=True)
@format_option
def changes(store: str, from_date: date, to_date: date, fmt: str) -> None:
    """Hvad kom ind i, gik ud af og ændrede sig i tilbudsviften mellem to datoer."""
    if from_date > to_date:
        raise click.UsageError(
            f"--from {from_date.isoformat()} ligger efter --to {to_date.isoformat()}; byt om "
            "på datoerne")
    with opened(store) as s:
        c = s.tilbud_changes(from_date, to_date)
        rows: list[tuple[Any, ...]] = [("ind", t.navn, t.driftsherre, "") for t in c.ind]
        rows += [("ud", t.navn, t.driftsherre, "") for t in c.ud]
        rows += [("ændret", a.efter.navn, a.efter.driftsherre, _detail(a))
                 for a in c.aendret]
        emit(fmt, ["Ændring", "Tilbud", "Driftsherre", "Detalje"], rows, c)


@click.command()
@store_option
@known_option
@click.argument("year", type=int)
@format_option
def takstbilag(store: str, year: int, fmt: str) -> None:
    """Takstbilaget for et år: takst pr. tilbud og ydelse, for sent indmeldte markeret."""
    with opened(store) as s:
        t = s.takstbilag(year)
        emit(fmt, ["Tilbud", "Ydelse", "Takst", "Enhed", "For sent"],
             [(x.key, x.ydelse, x.beloeb, x.enhed, x.for_sent) for x in t.takster], t)


@click.command()
@store_option
@click.option("--until", "until", required=True, metavar="POSITION|DATO",
              help="Sidste position i loggen, eller en dato: loggen som den stod ved dagens "
                   "udgang (dansk tid).")
@click.option("--to", "target", required=True, metavar="LAGER",
              help="Et tomt lager, som genafspilningen skrives til.")
def replay(store: str, until: str, target: str) -> None:
    """Genafspil loggen til et tomt lager, som den stod på en position eller en dato.

    Alle kommandoer kan derefter spørge mållageret, som registret så ud dengang."""
    from socialaftale import DomainError, ReplayPoint, parse_danish_date, replay_events

    try:
        point = (ReplayPoint(position=int(until)) if until.strip().isdigit()
                 else ReplayPoint(day=parse_danish_date(until)))
    except (DomainError, ValueError) as err:
        message = err.message if isinstance(err, DomainError) else str(err)
        raise click.BadParameter(f"{message} (skriv en position som 120 eller en dato som "
                                 "2020-03-01 eller 1. marts 2020)", param_hint="--until"
                                 ) from None
    with opened(store, project=False, reads_log_only=True) as source, opened(target) as to:
        try:
            count = replay_events(source, to, point, progress=_progress("Opbygger læsemodeller"))
        except ValueError as err:
            _fail(f"{target}: {err}", "maal-ikke-tomt")
        click.echo(f"{antal(count, 'hændelse', 'hændelser')} genafspillet til {target}.",
                   err=True)


@click.command()
@store_option
@known_option
@click.argument("text")
@click.option("--art", "arter", multiple=True,
              help="Kun denne art (kan gentages): beslutning, sag, punkt, bilag, opfoelgning,"
                   " moede, tilbud, arbejdsgruppe, person.")
@click.option("--body", default=None, help="Forum, fx DAS eller SOCDIR.")
@click.option("--year", type=int, default=None, help="Året.")
@click.option("--outcome", default=None, help="Udfald, fx droeftet eller godkendt.")
@click.option("--kommune", default=None, help="Kun det, der nævner eller angår kommunen.")
@click.option("--orden", type=click.Choice(["rang", "nyeste"]), default="rang",
              show_default=True, help="rang: titeltræf først; nyeste: nyeste først.")
@click.option("--side", type=int, default=1, show_default=True)
@click.option("--pr-side", "pr_side", type=int, default=20, show_default=True,
              help="Træf pr. art pr. side.")
@format_option
def search(store: str, text: str, arter: tuple[str, ...], body: str | None,
           year: int | None, outcome: str | None, kommune: str | None, orden: str, side: int,
           pr_side: int, fmt: str) -> None:
    """Søg i alt: beslutninger, sager, dagsordenstekst, bilag, opfølgning, tilbud,
    arbejdsgrupper og personer, med dansk bøjning (aftalemodeller finder aftalemodel)."""
    from socialaftale import SEARCH_HEADINGS, DomainError, search_rows

    with opened(store) as s:
        try:
            found = s.search(text, arter=list(arter) or None, body=body, year=year,
                             outcome=outcome, kommune=kommune, orden=orden, side=side,
                             pr_side=pr_side, drafts=True)  # the local user reads the store
        except DomainError as err:  # bad input, not a refusal
            hint = {"art": "--art", "side": "--side/--pr-side", "outcome": "--outcome",
                    "kommune": "--kommune"}.get(err.field or "", "TEXT")
            raise click.BadParameter(f"{err.message} (regel {err.rule})",
                                     param_hint=hint) from None
        emit(fmt, list(SEARCH_HEADINGS), search_rows(found), found)
        if fmt == "table":
            click.echo("")
            for g in found.grupper:
                told = "kun de nyeste, ældre udeladt" if g.begraenset else "i alt"
                click.echo(f"{g.navn}: {g.antal} {told} (side {found.side})")
