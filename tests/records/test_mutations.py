"""Real records, mutated: every refusal is Danish, says where, and records nothing (issue 16).

The four example records of the real minutes (and tests/records/valid.yaml) are parsed,
and one value at a time is changed the way people slip: a value of the wrong kind (a
table or a list where a text or a number belongs, a text where a list belongs), a
misspelled field name, an impossible date, an amount that is no amount, a misspelled
outcome, a missing value. Every path of every file is a candidate, down to the deepest
(a split offer's new parts, a strategy's focus areas); a seeded sample of them runs,
the same sample every time. Each mutated file must be refused with a message in Danish
that names the file, a 1-based line inside the file and the field path as the writer
counts it, under a rule id, with no text of Python or cattrs in it; for a misspelled
field the message suggests the field meant. A few of them are then loaded together
with the other examples into a real SQLite store, which must be left as it was.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from socialaftale import RecordError, export_events, load_records, open_store, read_units
from socialaftale.records.format import field_path
from socialaftale.records.yamltext import parse_yaml

HERE = Path(__file__).parent
EXAMPLES = sorted((HERE.parents[1] / "examples" / "nordjylland").glob("*.yaml"))
FILES = [*EXAMPLES, HERE / "valid.yaml"]

#: Words and marks of Python, its types and cattrs that must never reach the writer.
ENGLISH = re.compile(
    r"Traceback|typing\.|\bnot in\b|expected|<class|NoneType|\bNone\b|invalid|Structuring|"
    r"\bobject\b|\battribute\b|\bargument\b|\bmissing\b|\brequired\b|\bindex\b|\bgot\b|"
    r"\bmust\b|\bis not\b|\biterable\b|\bkeys\b|\bstr\b|\bint\b|\bdict\b|\blist\b|Error\b|"
    r"\{'|'\}|\['|'\]")
DANISH = re.compile(r"[æøå]|\b(skal|ikke|kan|findes|mangler|ukendt|ugyldig\w*|mente du)\b")

AMOUNT_FIELDS = frozenset({"beloeb", "budget", "regnskab", "total"})
AMOUNT_RULES = frozenset({"ugyldigt-beløb", "beloeb-for-stort", "beloeb-decimaler"})
#: Mutations of each kind sampled per file (a misspelled field name most often): enough to
#: reach every part of the format over the five files, few enough for a shared machine.
SAMPLE = {"felt": 10}
SAMPLE_OTHERS = 4


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:float", str(value))


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(Decimal, _represent_decimal)


def dump(value: Any) -> str:
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


def _paths(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...],
                                                                          Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, (*path, i))


def _set(root: Any, path: tuple[str | int, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(root, dict):
        return {k: (_set(v, rest, new) if k == head else v) for k, v in root.items()}
    return [(_set(v, rest, new) if i == head else v) for i, v in enumerate(root)]


def _rename(root: Any, path: tuple[str | int, ...], old: str, new: str) -> Any:
    """The mapping at ``path`` with key ``old`` written as ``new``, in its place."""
    mapping = root
    for part in path:
        mapping = mapping[part]
    renamed = {(new if k == old else k): v for k, v in mapping.items()}
    return _set(root, path, renamed)


def typo(name: str) -> str:
    """A name with one letter lost, as a hurried hand writes it (ansvarlig → ansvarlg)."""
    return name[:-2] + name[-1]


#: (kind, path, the new value (or, for a misspelled field, its new name), what the writer
#: meant where it is a misspelling)
Mutation = tuple[str, tuple[str | int, ...], Any, str | None]


def mutations(value: Any) -> list[Mutation]:
    found: list[Mutation] = []
    for path, node in _paths(value):
        key = path[-1] if path else None
        if isinstance(node, dict):
            for k in node:
                if isinstance(k, str) and len(k) >= 4 and typo(k) not in node:
                    found.append(("felt", path, typo(k), k))
        elif isinstance(node, list):
            if path and key not in ("lovgrundlag", "punkter", "fakta"):
                found.append(("tekst-for-liste", path, "en tekst", None))
        else:
            found.append(("tabel", path, {"x": 1}, None))
            found.append(("liste", path, [{"x": 1}], None))
            found.append(("tom", path, None, None))
            if isinstance(node, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", node):
                found.append(("dato", path, "2019-02-30", None))
            if key in AMOUNT_FIELDS and isinstance(node, int | Decimal):
                found.append(("beloeb", path, "mange penge", None))
            if key == "udfald" and isinstance(node, str) and len(node) >= 6:
                found.append(("udfald", path, typo(node), node))
    return found


def apply(value: Any, mutation: Mutation) -> Any:
    kind, path, new, meant = mutation
    if kind == "felt":
        assert meant is not None
        return _rename(value, path, meant, new)
    return _set(value, path, new)


def _parsed(file: Path) -> Any:
    return parse_yaml(file.read_bytes()).value


def _sample(file: Path) -> list[Mutation]:
    every = mutations(_parsed(file))
    rng = random.Random(f"issue 16 {file.name}")
    chosen = []
    for kind in sorted({m[0] for m in every}):
        of_kind = [m for m in every if m[0] == kind]
        chosen += rng.sample(of_kind, min(SAMPLE.get(kind, SAMPLE_OTHERS), len(of_kind)))
    return chosen


CASES = [(f, m) for f in FILES for m in _sample(f)]


def _id(case: tuple[Path, Mutation]) -> str:
    file, (kind, path, _, _) = case
    return f"{file.stem}:{kind}:{'.'.join(map(str, path))}"


@pytest.mark.parametrize("file", FILES, ids=lambda f: f.stem)
def test_the_unmutated_records_read_after_the_round_trip(file: Path) -> None:
    assert read_units(dump(_parsed(file)), file.name)  # the mutations below start valid


def test_the_sample_holds_every_kind_of_slip() -> None:
    kinds = {m[0] for _, m in CASES}
    assert kinds == {"felt", "tekst-for-liste", "tabel", "liste", "tom", "dato", "beloeb",
                     "udfald"}
    assert max(len(m[1]) for _, m in CASES) >= 6  # deep paths too


def _check_refusal(err: RecordError, text: str, file: str) -> None:
    lines = text.count("\n") + 1
    assert err.file == file and str(err).startswith(f"{file}, linje {err.line}")
    assert err.line is not None and 1 <= err.line <= lines, err
    assert err.field, err
    assert err.rule and re.fullmatch(r"[a-zæøå0-9-]+", err.rule), err
    assert not ENGLISH.search(err.message), err.message
    assert DANISH.search(err.message), err.message


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_a_mutated_record_is_refused_in_danish_naming_file_line_and_field(
        case: tuple[Path, Mutation]) -> None:
    file, (kind, path, _, meant) = case
    mutated = apply(_parsed(file), case[1])
    text = dump(mutated)
    if kind == "dato":  # also as an unquoted date, read as a date by the YAML
        text = text.replace("'2019-02-30'", "2019-02-30")
    try:
        read_units(text, file.name)
    except RecordError as err:
        _check_refusal(err, text, file.name)
        where = field_path(path, mutated)
        if kind == "felt":
            assert meant is not None and f"mente du {meant}?" in err.message, err
            assert err.field == f"{where}.{typo(meant)}" if where else typo(meant)
            assert err.rule == "ugyldigt-felt"
        elif kind == "udfald":
            assert f"mente du {meant}?" in err.message and err.rule == "ukendt-udfald", err
            assert err.field == where
        elif kind == "dato":
            assert err.rule == "ugyldig-dato" and err.field == where, err
        elif kind == "beloeb":
            assert err.rule in AMOUNT_RULES and err.field == where, err
        elif kind != "tom":  # a value of the wrong kind is named where it is written
            assert where is not None and err.field.startswith(where), (err, where)
        return
    assert kind == "tom", f"{kind} at {path} was accepted"  # only a left-out value may be


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda f: f.stem)
def test_a_refused_example_records_nothing_among_valid_files(example: Path,
                                                             tmp_path: Path) -> None:
    """The examples load together (a later meeting builds on an earlier one); with one
    of them mutated the load is refused and the store, which already holds a record,
    is exactly as before."""
    store = open_store(str(tmp_path / "s.db"), actor="test")
    other = (HERE / "valid.yaml").read_text(encoding="utf-8").replace(
        "das-2019-10-24", "das-2019-10-25").replace("2019-10-24", "2019-10-25").replace(
        "mariagerfjord/kirketoften", "mariagerfjord/andet")
    load_records(store, [("andet.yaml", other)])  # another meeting
    before = list(export_events(store))
    rng = random.Random(f"store {example.name}")
    chosen = rng.sample([m for m in mutations(_parsed(example)) if m[0] != "tom"], 3)
    for mutation in chosen:
        kind, path = mutation[:2]
        files = [(f.name, dump(_parsed(f) if f != example else apply(_parsed(f), mutation)))
                 for f in EXAMPLES]
        with pytest.raises(RecordError) as caught:
            load_records(store, files)
        assert caught.value.file == example.name, (kind, path, caught.value)
        assert list(export_events(store)) == before
