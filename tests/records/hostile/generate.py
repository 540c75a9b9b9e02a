"""The hostile-input corpus: every case of issue 24 that a user can reach through the CLI.

Each case says what it is, how its input is made, which command it runs and what
must happen: the exit code (2 invalid input, 1 refused by a domain rule), the rule
id the message carries, and -- checked by ``test_hostile.py`` for every case -- no
traceback, an answer within the timeout, and the store's ``export`` byte-identical
before and after. Inputs are generated here, deterministically, into a directory the
test gives (never large files in git). ``python generate.py DIR`` writes every case's
files into DIR; ``python generate.py --table`` prints the table of README.md.

Cases whose rule id the fix has yet to choose expect ``RULE_TBD``: then any rule id
will do, but the exit code class, the Danish message, the unchanged export and the
time bound are still asserted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CASES", "KNOWN_DEFECTS", "RULE_TBD", "Case", "base_record", "table"]

HERE = Path(__file__).parent
VALID = (HERE.parent / "valid.yaml").read_bytes()

#: The expected rule id of a case whose fix has not chosen its rule yet (issue 24).
RULE_TBD = "RULE_TBD"  # filled in below from what the fixed code says

#: Cases that fail on the code this corpus was written against (the defects of issue 24);
#: run as strict xfail, so a fixed case XPASSes and fails the run until it is removed here.
#: Keys are "case id" (every store) or "case id@store kind" (one store only).
KNOWN_DEFECTS: frozenset[str] = frozenset()


def base_record(*, meeting_id: str = "das-2019-11-07", forum: str = "DAS",
                dato: str = "2019-11-07", navn: str = "Testa Fiktivsen",
                referat: str = "Dagsordenen blev godkendt.", pladser: str = "26",
                budget: str = "1231000", year: str = "2019", nummer: str = '"2"',
                driftsherre: str = "Mariagerfjord", extra_item: str = "",
                noter: str = "") -> bytes:
    """A second valid meeting record (DAS 7 November 2019) with one raw YAML value replaced.

    Every argument is YAML text put in as written, so a case can write a value exactly
    the way a hostile or careless file would. Loaded after ``valid.yaml`` it is accepted
    as it stands (the control case ``kontrol-gyldig`` proves it)."""
    text = f"""\
# DAS 7. november 2019 (genereret til den fjendtlige samling)
kilde: hostile-{meeting_id}.txt
moede:
  id: {meeting_id}
  forum: {forum}
  dato: {dato}
  sted: Regionshuset
  deltagere:
    - {{navn: {navn}, organisation: Jammerbugt Kommune}}
grundlag:
  - dato: 2019-11-01
    kilde: budget-2019.pdf
    fakta:
      - {{type: RegisterBudgetLine, cost_centre: Sekretariatet for Rammeaftaler, year: {year},
         line: Lønomkostninger, gruppe: direkte, position: 1, budget: {budget}}}
      - {{type: RegisterTilbud, key: x/nyt, navn: Nyt Botilbud, driftsherre: {driftsherre},
         lovgrundlag: "§107", pladser: 4, effective_on: 2019-11-01}}
punkter:
  - nummer: "1"
    titel: Godkendelse af dagsorden
    beslutning:
      udfald: godkendt
      referat: {referat}
  - nummer: {nummer}
    titel: Pladser i Kirketoften
    beslutning:
      udfald: godkendt
      referat: DAS godkendte.
      fakta:
        - {{type: ChangePladser, key: mariagerfjord/kirketoften, effective_on: 2020-02-01,
           pladser: {pladser}}}
{extra_item}"""
    if noter:
        text += f"noter: {noter}\n"
    return text.encode()


@dataclass(frozen=True)
class Case:
    """One hostile input: what it is, how it is made, what the CLI must answer."""

    id: str
    section: str  # the section: critical, high, medium, low; held (already held)
    what: str
    how: str
    make: Callable[[Path], list[str]]  # writes its files into the dir; returns the CLI args
    exit: tuple[int, ...]  # the acceptable exit codes (one, unless the fix may choose)
    rule: str | None  # the rule id the message must carry, RULE_TBD, or None for exit 0
    contains: str | None = None  # a fragment the message must contain (what was written)
    stores: tuple[str, ...] = ("sqlite", "postgres")
    #: valid | empty | garbage | missing-dir | unreachable | reordered | versions-swapped
    setup: str = "valid"
    writes: bool = False  # an accepted load: the export must change (and nothing else may)
    #: for an accepted case (exit 0): a check of the store's export after it (NFC names, …)
    export_check: Callable[[str], bool] | None = None
    #: for an accepted case: another command to run and a check of what it prints
    then: tuple[list[str], Callable[[str], bool]] | None = None
    #: the CPU seconds the command may use, when the case needs more than the usual bound
    cpu_seconds: int | None = None


def _file(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], list[str]]:
    """A case that loads one file; ``data`` may be a function, made only when the case runs."""
    def make(d: Path) -> list[str]:
        (d / name).write_bytes(data if isinstance(data, bytes) else data())
        return ["load", str(d / name)]
    return make


def _record(**raw: str) -> Callable[[Path], list[str]]:
    return _file("optegnelse.yaml", base_record(**raw))


def _valid_with(old: bytes, new: bytes) -> Callable[[Path], list[str]]:
    """A record whose line ``old`` is replaced (a new meeting, so nothing collides)."""
    data = base_record().replace(old, new)
    if data == base_record():
        raise ValueError(f"{old!r} is not in the base record")
    return _file("optegnelse.yaml", data)


# -- the hostile YAML -------------------------------------------------------------------


def alias_bomb() -> bytes:
    """Nine levels of ten aliases each ("billion laughs"): 10^9 strings from 1 KB of text."""
    lines = ['a0: &a0 "ha"']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append("noter: *a9")
    return base_record().replace(b"kilde: hostile", "\n".join(lines).encode() + b"\nkilde: hostile")


def alias_bomb_20kb() -> bytes:
    """The issue's shape: about 20 KB of anchors, each a list of 60 aliases of the one before."""
    lines = ['b0: &b0 "' + "x" * 100 + '"']
    for level in range(1, 60):
        refs = ", ".join([f"*b{level - 1}"] * 60)
        lines.append(f"b{level}: &b{level} [{refs}]")
    return "\n".join(lines).encode() + b"\n" + base_record()


def aliases_to_big_string() -> bytes:
    """A referat of 1 MB anchored, and 2,000 notes that are aliases of it: 2 GB of text once
    expanded, every field where the format allows it (issue: 700,000 aliases, SIGSEGV)."""
    big = "x" * (1024 * 1024)
    return base_record(referat=f'&big "{big}"', noter="[" + ", ".join(["*big"] * 2000) + "]")


def deep(levels: int) -> bytes:
    return base_record(noter="[" * levels + '"dyb"' + "]" * levels)


def agenda_items(n: int) -> bytes:
    """A record with ``n`` agenda items, each with its own number (a legal, huge agenda)."""
    items = "".join(f'  - {{nummer: "{i}", titel: Punkt {i}}}\n' for i in range(3, n + 3))
    return base_record(extra_item=items)


def huge_file() -> bytes:
    """A valid record padded with notes to 6 MB (the bound is 5 MB)."""
    note = "  - " + "x" * 1000 + "\n"
    return base_record() + b"noter:\n" + note.encode() * (6 * 1024)


def truncated() -> bytes:
    data = base_record()
    return data[: data.index(b"effective_on: 2020-02-01")]  # inside an open { … }


def ascii_utf16() -> bytes:
    """The base record made ASCII-only, saved as UTF-16 (a BOM and a zero byte after each)."""
    text = base_record().decode().replace("ø", "oe").replace("§", "")
    if not text.isascii():
        raise ValueError("the base record has letters this does not replace")
    return text.encode("utf-16")


def latin1() -> bytes:
    return base_record(navn="Søren Ærø").decode().encode("latin-1")


def export_with(old: bytes, new: bytes) -> Callable[[Path], list[str]]:
    """An export of valid.yaml's store with one value replaced, for ``import``."""
    def make(d: Path) -> list[str]:
        from socialaftale import export_events, load_record, open_store

        store = open_store("memory:", actor="hostile")
        load_record(store, VALID, "valid.yaml")
        text = "".join(line + "\n" for line in export_events(store))
        store.close()
        if old not in text.encode():
            raise ValueError(f"{old!r} is not in the export")
        (d / "eksport.jsonl").write_bytes(text.encode().replace(old, new, 1))
        return ["import", str(d / "eksport.jsonl")]
    return make


def _symlink(target: str) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        os.symlink(target, d / "link.yaml")
        return ["load", str(d / "link.yaml")]
    return make


def _fifo(d: Path) -> list[str]:
    os.mkfifo(d / "fifo.yaml")
    return ["load", str(d / "fifo.yaml")]


def _dir_named_yaml(d: Path) -> list[str]:
    (d / "mappe" / "sub.yaml").mkdir(parents=True)
    return ["load", str(d / "mappe")]


def _twice(d: Path) -> list[str]:
    (d / "a.yaml").write_bytes(base_record())
    return ["load", str(d / "a.yaml"), str(d / "a.yaml")]


def _good_then_bad(d: Path) -> list[str]:
    (d / "1-god.yaml").write_bytes(base_record())
    bad = base_record(meeting_id="das-2019-11-08", dato="2019-11-08", pladser="-3",
                      year="2018")
    (d / "2-daarlig.yaml").write_bytes(bad.replace(b"x/nyt", b"x/andet"))
    return ["load", str(d / "1-god.yaml"), str(d / "2-daarlig.yaml")]


def _command(*args: str) -> Callable[[Path], list[str]]:
    return lambda d: list(args)


def _nfc(export: str) -> bool:
    import unicodedata

    return "Tårnby" in export and unicodedata.normalize("NFC", export) == export


def _no_false_heading(text: str) -> bool:
    return not any(line.startswith(("## 99", "**Beslutning:** falsk"))
                   for line in text.splitlines())


ZWSP = "\u200b"
RLO = "\u202e"


def _nfd(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", s)


CASES: tuple[Case, ...] = (
    # -- the control: the harness sees a write when there is one -------------------------
    Case("kontrol-gyldig", "control", "the base record itself, valid",
         "base_record() unchanged", _record(), (0,), None, writes=True),
    # -- Critical: nothing valid may brick a store ---------------------------------------
    Case("pladser-over-int64", "critical", "places beyond a 64-bit integer",
         "pladser: 9223372036854775808", _record(pladser="9223372036854775808"),
         (1, 2), "uden-for-graense"),
    Case("pladser-over-int32", "critical", "places beyond PostgreSQL's integer",
         "pladser: 2147483648", _record(pladser="2147483648"), (1, 2), "uden-for-graense"),
    Case("pladser-28-mia", "critical", "28 billion places", "pladser: 28000000000",
         _record(pladser="28000000000"), (1, 2), "uden-for-graense"),
    Case("aar-over-int64", "critical", "a budget year beyond a 64-bit integer",
         "year: 9223372036854775808", _record(year="9223372036854775808"), (1, 2),
         "uden-for-graense"),
    Case("beloeb-over-int64", "critical", "a budget amount beyond any column",
         "budget: 99999999999999999999", _record(budget="99999999999999999999"),
         (1, 2), "beloeb-for-stort"),
    Case("nul-i-tekst", "critical", "a NUL character in a text (YAML escape)",
         'referat: "a\\0b"', _record(referat='"a\\0b"'), (2,), "ulaeseligt-tegn"),
    Case("enlig-surrogat", "critical", "a lone surrogate in a text (YAML escape)",
         'referat: "a\\ud800b"', _record(referat='"a\\ud800b"'), (2,), "ulaeseligt-tegn"),
    Case("import-pladser-over-int64", "critical",
         "an export whose places no store can hold, imported into an empty store",
         'valid.yaml\'s export with "pladser":28 → 9223372036854775808',
         export_with(b'"pladser":28', b'"pladser":9223372036854775808'), (2,), "uden-for-graense",
         setup="empty"),
    Case("import-nul-i-tekst", "critical",
         "an export with a NUL in a text, imported into an empty store",
         "valid.yaml's export with a \\u0000 in the referat",
         export_with(b"Dagsordenen blev godkendt.", b"Dagsordenen\\u0000blev godkendt."),
         (2,), "ulaeseligt-tegn", setup="empty"),
    # -- High: no hangs, bounded time and memory ------------------------------------------
    Case("alias-bombe", "high", "nine levels of ten aliases (10^9 nodes from 1 KB)",
         "alias_bomb()", _file("bombe.yaml", alias_bomb), (2,), "yaml-for-stor"),
    Case("alias-bombe-20kb", "high", "20 KB of anchors, 60 aliases each",
         "alias_bomb_20kb()", _file("bombe.yaml", alias_bomb_20kb), (2,), "yaml-for-stor"),
    Case("aliaser-til-stor-tekst", "high", "2,000 aliases of one 1 MB string (2 GB expanded)",
         "aliases_to_big_string()", _file("bombe.yaml", aliases_to_big_string),
         (2,), "yaml-for-stor"),
    Case("maerke-python", "high", "a Python object tag on a list",
         "indstilling: !!python/object/apply:os.system [...]",
         _valid_with(b"    titel: Pladser i Kirketoften\n",
                     b"    titel: Pladser i Kirketoften\n"
                     b"    indstilling: !!python/object/apply:os.system [\"echo hacked\"]\n"),
         (2,), "yaml-maerke"),
    Case("maerke-set", "high", "a !!set tag", "noter: !!set {a, b}",
         _record(noter="!!set {a, b}"), (2,), "yaml-maerke"),
    Case("maerke-ukendt-tabel", "high", "an unknown local tag on a mapping",
         "moede: !evil (block mapping)", _valid_with(b"moede:\n", b"moede: !evil\n"),
         (2,), "yaml-maerke"),
    Case("maerke-ukendt-tekst", "held", "an unknown local tag on a text (refused today)",
         "sted: !evil Regionshuset", _valid_with(b"sted: Regionshuset", b"sted: !evil x"),
         (2,), "yaml-maerke"),
    Case("dybde-500", "high", "500 nested lists", "noter: [[[… 500 levels", _file(
        "dyb.yaml", lambda: deep(500)), (2,), "yaml-for-dyb"),
    Case("dybde-5000", "high", "5,000 nested lists", "noter: [[[… 5,000 levels", _file(
        "dyb.yaml", lambda: deep(5000)), (2,), "yaml-for-dyb"),
    Case("symlink-dev-zero", "high", "a symlink to /dev/zero", "os.symlink('/dev/zero')",
         _symlink("/dev/zero"), (2,), "fil-ikke-almindelig"),
    Case("symlink-dev-urandom", "high", "a symlink to /dev/urandom",
         "os.symlink('/dev/urandom')", _symlink("/dev/urandom"), (2,), "fil-ikke-almindelig"),
    Case("fifo", "high", "a named pipe nobody writes to", "os.mkfifo", _fifo, (2,),
         "fil-ikke-almindelig"),
    Case("mappe-med-yaml-navn", "high", "a directory named sub.yaml in a loaded directory",
         "mkdir mappe/sub.yaml; load mappe", _dir_named_yaml, (2,), "fil-ikke-almindelig"),
    Case("dagsorden-20000", "high",
         "20,000 agenda items (quadratic duplicate check; issue: 150,000 in 600 s)",
         "agenda_items(20000)", _file("stor.yaml", lambda: agenda_items(20000)), (0,), None,
         writes=True, cpu_seconds=15),  # linear: about 7 s (pure-Python YAML); today 30
    # -- Medium: no traceback reaches a user ----------------------------------------------
    Case("lager-ikke-database", "medium", "a store file that is not a database",
         "--store FILE with text in it", _command("meetings"), (2,), "lager-ikke-database",
         stores=("sqlite",), setup="garbage"),
    Case("lager-mappe-mangler", "medium", "a store in a directory that does not exist",
         "--store /…/findes-ikke/x.db", _command("meetings"), (2,), "lager-mappe-mangler",
         stores=("sqlite",), setup="missing-dir"),
    Case("postgres-utilgaengelig", "medium", "a PostgreSQL server nobody listens for",
         "--store postgresql://…@127.0.0.1:1/test", _command("meetings"), (2,),
         "lager-utilgaengeligt",
         stores=("postgres",), setup="unreachable"),
    Case("log-omordnet", "medium", "two events of a meeting swapped in the log (tampered)",
         "swap topic and state of the agenda and a decision; rebuild",
         _command("rebuild"), (2,), "log-beskadiget", setup="reordered"),
    Case("log-versioner-byttet", "medium",
         "the meeting's first two events with each other's version (tampered); a correction",
         "swap originator_version 1 and 2 of the meeting; load valid.yaml edited",
         _file("rettet.yaml", VALID.replace(b"Dagsordenen blev godkendt.",
                                            b"Dagsordenen blev godkendt uden bemaerkninger.")),
         (1, 2), "log-beskadiget", setup="versions-swapped"),
    Case("fts-procent", "medium", "a % in the organisation filter (full-text search)",
         "decisions --organisation %", _command("decisions", "--organisation", "%"), (0,),
         None),
    Case("fts-mindre-end", "medium", "a < in the organisation filter",
         "decisions --organisation <", _command("decisions", "--organisation", "<"), (0,),
         None),
    Case("fts-enligt-anfoerselstegn", "medium", 'a lone " in the organisation filter',
         "decisions --organisation '\"'", _command("decisions", "--organisation", '"'),
         (0,), None),
    Case("soeg-enligt-anfoerselstegn", "held", 'a lone " in the search filter',
         "decisions --search '\"'", _command("decisions", "--search", '"'), (0,), None),
    # -- Low: values kept as written, identities not split --------------------------------
    Case("beloeb-tre-decimaler", "low", "an amount with three decimals",
         "budget: 1231000.125", _record(budget="1231000.125"), (2,), "beloeb-decimaler",
         contains="1231000.125"),
    Case("beloeb-tre-decimaler-dansk", "low", "a Danish amount with three decimals",
         'budget: "1.231.000,125 kr."', _record(budget='"1.231.000,125 kr."'), (2,),
         "beloeb-decimaler", contains="1.231.000,125"),
    Case("beloeb-1e-30", "low", "an amount of 1e-30", "budget: 1e-30",
         _record(budget="1e-30"), (2,), "ugyldigt-beløb", contains="1e-30"),
    Case("beloeb-27-cifre", "low", "an amount of 27 digits",
         "budget: 123456789012345678901234567", _record(budget="123456789012345678901234567"),
         (1, 2), "beloeb-for-stort"),
    Case("nummer-hex", "low", "an item number written in hexadecimal", "nummer: 0x10",
         _record(nummer="0x10"), (2,), "yaml-talform", contains="0x10"),
    Case("pladser-foranstillet-nul", "low", "places with a leading zero", "pladser: 034",
         _record(pladser="034"), (2,), "yaml-talform", contains="034"),
    Case("navn-no", "low", "a name YAML reads as false", "navn: No", _record(navn="No"),
         (2,), "yaml-ja-nej", contains="No"),
    Case("id-uenig-med-dato", "low", "a meeting id whose date is not the meeting's",
         "id das-2019-11-07, dato 2019-11-08", _record(dato="2019-11-08"), (1, 2),
         "moede-id-passer-ikke"),
    Case("id-nulbredde", "low", "a meeting id with a zero-width space",
         "id: das-2019-11-07<U+200B>", _record(meeting_id=f'"das-2019-11-07{ZWSP}"'), (1, 2),
         "ugyldigt-tegn"),
    Case("forum-kontroltegn", "low", "a body name with a control character",
         'forum: "DAS\\x07"', _record(forum='"DAS\\x07"'), (1, 2), "ugyldigt-tegn"),
    Case("navn-bidi", "low", "a bidirectional override in a person's name",
         "navn: Testa<U+202E>Fiktivsen", _record(navn=f'"Testa{RLO}Fiktivsen"'), (1, 2),
         "ugyldigt-tegn"),
    Case("driftsherre-nfd", "low", "an operator written in NFD (decomposed å)",
         "driftsherre: Tårnby in NFD; the export holds NFC", _record(
             driftsherre=_nfd("Tårnby")), (0,), None, writes=True, export_check=_nfc),
    Case("referat-falsk-overskrift", "low", "a referat that looks like a heading and a decision",
         "referat: '## 99 Falsk punkt' and '**Beslutning:** falsk'; meeting prints text",
         _record(referat='"x\\n## 99 Falsk punkt\\n**Beslutning:** falsk"'), (0,), None,
         writes=True,
         then=(["meeting", "das-2019-11-07"], _no_false_heading)),
    Case("samme-fil-to-gange", "low", "the same file twice in one load", "load a.yaml a.yaml",
         _twice, (2,), "fil-dobbelt"),
    Case("utf16-ascii", "low", "an ASCII-only file saved as UTF-16", "text.encode('utf-16')",
         _file("utf16.yaml", ascii_utf16), (2,), "fil-utf16", contains="UTF-16"),
    # -- What held: keep it --------------------------------------------------------------
    Case("latin1", "held", "a file in Latin-1", "text.encode('latin-1')",
         _file("latin1.yaml", latin1), (2,), "ugyldig-yaml", contains="ikke UTF-8"),
    Case("dobbelt-noegle", "held", "a key twice in one mapping", "moede.sted twice",
         _valid_with(b"  sted: Regionshuset\n", b"  sted: Regionshuset\n  sted: Aalborg\n"),
         (2,), "ugyldig-yaml", contains="står to gange"),
    Case("umulig-dato", "held", "30 February", "dato: 2019-02-30",
         _record(dato="2019-02-30", meeting_id="das-2019-02-30"), (2,), "ugyldig-dato",
         contains="2019-02-30"),
    Case("pladser-nan", "held", "places NaN", "pladser: .nan", _record(pladser=".nan"),
         (2,), "ugyldigt-felt"),
    Case("beloeb-inf", "held", "an amount of infinity", "budget: .inf",
         _record(budget=".inf"), (2,), "ugyldigt-beløb"),
    Case("fil-for-stor", "held", "a file of 6 MB (bound 5 MB)", "huge_file()",
         _file("stor.yaml", huge_file), (2,), "fil-for-stor"),
    Case("afkortet", "held", "a file cut off inside a mapping", "truncated()",
         _file("afkortet.yaml", truncated), (2,), "ugyldig-yaml"),
    Case("god-og-daarlig", "held", "a good and a bad file in one load: all or nothing",
         "load 1-god.yaml 2-daarlig.yaml (negative places)", _good_then_bad, (1,),
         "negative-pladser"),
)


def table() -> str:
    """The corpus as the Markdown table of README.md."""
    rows = ["| id | section | what | how it is generated | exit | rule |",
            "|---|---|---|---|---|---|"]
    for c in CASES:
        stores = "" if c.stores == ("sqlite", "postgres") else f" ({', '.join(c.stores)})"
        how = c.how.replace("|", "\\|")
        rows.append(f"| `{c.id}` | {c.section} | {c.what}{stores} | `{how}` | "
                    f"{' or '.join(map(str, c.exit))} | {c.rule or '–'} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str]) -> None:
    if argv == ["--table"]:
        sys.stdout.write(table())
        return
    out = Path(argv[0])
    for c in CASES:
        d = out / c.id
        d.mkdir(parents=True, exist_ok=True)
        print(c.id, *c.make(d))


if __name__ == "__main__":
    main(sys.argv[1:])
