"""YAML text to plain values, remembering the line of every value.

A meeting record is written by people, so every error must name the line it
is about. PyYAML's node graph has the marks; this module turns it into plain
dicts, lists, strings, numbers and booleans (dates stay ISO text, checked
here so "2019-02-30" is reported where it is written) and a map from each
value's path to its line. Duplicate keys and tags other than the plain ones
are refused: in a record they are always a slip. Unquoted decimal numbers
become ``Decimal`` (never a float), so amounts keep their øre.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

__all__ = ["Located", "RecordSyntaxError", "parse_yaml"]

Path = tuple[str | int, ...]


class RecordSyntaxError(ValueError):
    """The text is not a readable record: encoding, YAML syntax, duplicate key, bad date."""

    def __init__(self, message: str, line: int | None, path: Path = ()) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.path = path


class Located:
    """Plain values parsed from YAML and the 1-based line of each path in them."""

    def __init__(self, value: Any, lines: Mapping[Path, int]) -> None:
        self.value = value
        self.lines = dict(lines)

    def line_of(self, path: Path) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None


_PLAIN = "tag:yaml.org,2002:"


def _scalar(node: yaml.ScalarNode, path: Path) -> Any:
    tag = node.tag.removeprefix(_PLAIN)
    value: str = node.value
    line = node.start_mark.line + 1
    if tag == "str":
        return value
    if tag == "null":
        return None
    if tag == "bool":
        return value.lower() in ("yes", "true", "on", "y")
    if tag == "int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == "float":
        try:
            return Decimal(value.replace("_", ""))
        except InvalidOperation:
            return value
    if tag == "timestamp":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise RecordSyntaxError(
                f"dato {value} findes ikke (skriv ÅÅÅÅ-MM-DD med en gyldig dag)", line, path
            ) from None
    raise RecordSyntaxError(f"mærket !{tag} bruges ikke i en mødeoptegnelse", line, path)


def _convert(node: yaml.Node, path: Path, lines: dict[Path, int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, path)
    if isinstance(node, yaml.SequenceNode):
        return [_convert(child, (*path, i), lines) for i, child in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise RecordSyntaxError("en nøgle skal være tekst", key_node.start_mark.line + 1,
                                        path)
            key = str(key_node.value)
            if key in result:
                raise RecordSyntaxError(f"feltet '{key}' står to gange",
                                        key_node.start_mark.line + 1, (*path, key))
            result[key] = _convert(value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    raise RecordSyntaxError("ukendt YAML-element", node.start_mark.line + 1, path)


_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text) for pattern, text in (
        (r"mapping values are not allowed here",
         "et kolon (:) er ikke tilladt her; sæt en tekst med kolon i anførselstegn, "
         "eller ret indrykningen"),
        (r"found character '\\t' that cannot start any token",
         "et tabulatortegn kan ikke bruges til indrykning (brug mellemrum)"),
        (r"found character '(.)' that cannot start any token",
         "tegnet '\\1' kan ikke stå først i en værdi (sæt værdien i anførselstegn)"),
        (r"found unexpected end of stream",
         "filen slutter, før et anførselstegn eller en parentes er lukket"),
        (r"expected <block end>, but found .*",
         "indrykningen passer ikke til linjerne ovenfor"),
        (r"expected ',' or '\]', but got .*", "en liste i [ ] er ikke lukket med ]"),
        (r"expected ',' or '\}', but got .*", "en mapping i { } er ikke lukket med }"),
        (r"found undefined alias '(.*)'", "aliaset *\\1 er ikke defineret"),
        (r"could not find expected ':'", "der mangler et kolon (:) efter en nøgle"),
        (r"found duplicate anchor.*", "det samme anker (&) står to gange"),
        (r"expected alphabetic or numeric character, but found .*",
         "et anker eller alias (& eller *) skal have et navn af bogstaver eller tal"),
        (r"found unknown escape character.*",
         "en ukendt escape-sekvens (\\) i en tekst i dobbelte anførselstegn"),
        (r"expected a comment or a line break, but found .*",
         "der står noget efter en værdi, hvor linjen skulle slutte"),
        (r"found a tab character .*",
         "et tabulatortegn kan ikke bruges til indrykning (brug mellemrum)"),
    )
)


def yaml_problem(problem: str | None, context: str | None) -> str:
    """PyYAML's problem in Danish; one this module does not know is quoted as it is."""
    for pattern, text in _PROBLEMS:
        if problem and pattern.fullmatch(problem):
            return pattern.sub(text, problem)
    raw = problem or context
    return f"ugyldig YAML ({raw})" if raw else "ugyldig YAML"


def parse_yaml(data: bytes | str) -> Located:
    """Parse one YAML document (UTF-8 bytes or text) into plain values with their lines."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            line = data[: err.start].count(b"\n") + 1
            raise RecordSyntaxError(
                "filen er ikke UTF-8 (gem den som UTF-8; byte "
                f"0x{data[err.start]:02x} kan ikke læses)", line) from None
    else:
        text = data
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        at = mark.line + 1 if mark is not None else None
        column = f" (kolonne {mark.column + 1})" if mark is not None else ""
        raise RecordSyntaxError(
            f"YAML-fejl: {yaml_problem(err.problem, err.context)}{column}", at) from None
    except yaml.YAMLError as err:
        raise RecordSyntaxError(f"YAML-fejl: {yaml_problem(str(err), None)}", None) from None
    if node is None:
        raise RecordSyntaxError("filen er tom", 1)
    lines: dict[Path, int] = {}
    return Located(_convert(node, (), lines), lines)
