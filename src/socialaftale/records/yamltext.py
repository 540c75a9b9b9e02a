"""YAML text to plain values, remembering the line of every value.

A meeting record is written by people, so every error must name the line it
is about. PyYAML's node graph has the marks; this module turns it into plain
dicts, lists, strings, numbers and booleans (dates stay ISO text, checked
here so "2019-02-30" is reported where it is written) and a map from each
value's path to its line. Duplicate keys and tags other than the plain ones
are refused: in a record they are always a slip. Unquoted decimal numbers
become ``Decimal`` (never a float), so amounts keep their øre.

The text is hostile until read: anchors and aliases are counted while the
node graph is composed, so an alias bomb is refused once its expansion passes
:data:`MAX_EXPANDED` (before anything is built from it), and nesting deeper
than :data:`MAX_DEPTH` is refused before Python's recursion limit is near.
YAML 1.1's surprises are named rather than followed: ``0x10``, ``034``,
``1_000`` and ``1:30`` are not read as numbers, and ``No``/``yes``/``on`` are
not read as booleans (only ``true``/``false`` are).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.resolver import Resolver

__all__ = ["MAX_ALIASES", "MAX_DEPTH", "MAX_EXPANDED", "Located", "RecordSyntaxError",
           "parse_yaml"]

#: Most nodes plus scalar characters a document may stand for once its aliases are expanded.
#: A file within the 5 MB limit that uses no aliases stays under it; an alias bomb does not.
MAX_EXPANDED = 10_000_000
#: Most aliases (``*navn``) in one document; a record repeats a participant now and then.
MAX_ALIASES = 10_000
#: Deepest nesting of lists and mappings; a record needs about ten levels.
MAX_DEPTH = 100

Path = tuple[str | int, ...]


class RecordSyntaxError(ValueError):
    """The text is not a readable record: encoding, YAML syntax, duplicate key, bad date."""

    def __init__(self, message: str, line: int | None, path: Path = (),
                 rule: str = "ugyldig-yaml") -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.path = path
        self.rule = rule
        #: the ``nummer`` of the agenda item the error is in, so the error names the item as
        #: the minutes number it (the file was not read far enough to look it up)
        self.nummer: str | None = None


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


_DECIMAL_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_TRUE_FALSE = {"true": True, "false": False}


def _number_form(value: str) -> str:
    """Why a YAML 1.1 number other than a plain decimal is refused, naming what was written."""
    bare = value.lstrip("+-")
    if ":" in bare:
        return (f"'{value}' læses i YAML som et tal i 60-talssystemet (fx et klokkeslæt); "
                f"sæt det i anførselstegn (\"{value}\")")
    if "_" in bare:
        return f"'{value}' har understregning (_) i et tal; skriv tallet uden (fx 1000)"
    if bare[:2].lower() == "0x":
        return (f"'{value}' ligner et hexadecimalt tal; skriv et almindeligt heltal, eller "
                f"\"{value}\" i anførselstegn, hvis det er tekst")
    if bare[:2].lower() == "0b":
        return (f"'{value}' ligner et binært tal; skriv et almindeligt heltal, eller "
                f"\"{value}\" i anførselstegn, hvis det er tekst")
    return (f"'{value}' har et foranstillet 0 og læses i YAML som et oktaltal; skriv "
            f"{bare.lstrip('0') or '0'}, eller \"{value}\" i anførselstegn, hvis det er tekst")


def _scalar(node: yaml.ScalarNode, path: Path) -> Any:
    tag = node.tag.removeprefix(_PLAIN)
    value: str = node.value
    line = node.start_mark.line + 1
    if tag == "str":
        return value
    if tag == "null":
        return None
    if tag == "bool":
        if value.lower() in _TRUE_FALSE:  # true, True, TRUE (the resolver's only forms)
            return _TRUE_FALSE[value.lower()]
        raise RecordSyntaxError(
            f"'{value}' læses i YAML som en ja/nej-værdi; skriv true eller false, eller "
            f"\"{value}\" i anførselstegn, hvis det er tekst", line, path, "yaml-ja-nej")
    if tag == "int":
        if _DECIMAL_INT.fullmatch(value):
            return int(value)
        raise RecordSyntaxError(_number_form(value), line, path, "yaml-talform")
    if tag == "float":
        if "_" in value or ":" in value:
            raise RecordSyntaxError(_number_form(value), line, path, "yaml-talform")
        try:
            return Decimal(value)
        except InvalidOperation:
            return value
    if tag == "timestamp":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise RecordSyntaxError(
                f"dato {value} findes ikke (skriv ÅÅÅÅ-MM-DD med en gyldig dag)", line, path,
                "ugyldig-dato") from None
    raise RecordSyntaxError(f"mærket !{tag} bruges ikke i en mødeoptegnelse", line, path,
                            "yaml-maerke")


_CORE_TAGS = frozenset(_PLAIN + t for t in (
    "str", "null", "bool", "int", "float", "timestamp", "seq", "map"))


def _dansk(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class _BoundedComposer(Composer):
    """PyYAML's composer, counting as it goes: the expanded size of every node (aliases
    counted as often as they occur, memoised per node), the aliases, and the depth; it
    refuses tags outside YAML's core schema and an alias to a node still being composed.
    The events come from the parser it is mixed with."""

    check_event: Any
    peek_event: Any

    def __init__(self) -> None:
        super().__init__()
        self._sizes: dict[int, int] = {}
        self._open: list[int] = []  # expanded size so far of each collection being composed
        self._aliases = 0

    def _add(self, size: int, line: int) -> None:
        if self._open:
            self._open[-1] += size
            if self._open[-1] > MAX_EXPANDED:
                raise RecordSyntaxError(
                    f"dokumentet fylder mere end {_dansk(MAX_EXPANDED)} elementer og tegn, når "
                    "dets aliaser (*navn) er foldet ud; brug færre aliaser",
                    line, (), "yaml-for-stor")

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            line = event.start_mark.line + 1
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise RecordSyntaxError(
                    f"dokumentet har mere end {_dansk(MAX_ALIASES)} aliaser (*navn)",
                    line, (), "yaml-for-mange-aliaser")
            node = super().compose_node(parent, index)
            size = self._sizes.get(id(node))
            if size is None:
                raise RecordSyntaxError(
                    f"aliaset *{event.anchor} peger på en del, det selv står i", line, (),
                    "yaml-alias-i-sig-selv")
            self._add(size, line)
            return node
        event = self.peek_event()
        line = event.start_mark.line + 1
        collection = not isinstance(event, yaml.ScalarEvent)
        if collection:
            if len(self._open) >= MAX_DEPTH:
                raise RecordSyntaxError(
                    f"lister og tabeller er indlejret mere end {MAX_DEPTH} niveauer dybt",
                    line, (), "yaml-for-dyb")
            self._open.append(1)
        node = super().compose_node(parent, index)
        assert node is not None  # an event that starts a node was peeked
        if node.tag not in _CORE_TAGS:
            tag = node.tag.removeprefix(_PLAIN)
            shown = f"!!{tag}" if tag != node.tag else tag
            raise RecordSyntaxError(f"mærket {shown} bruges ikke i en mødeoptegnelse "
                                    "(kun almindelig tekst, tal, datoer, lister og tabeller)",
                                    line, (), "yaml-maerke")
        size = self._open.pop() if collection else 1 + len(node.value)
        self._sizes[id(node)] = size
        self._add(size, line)
        return node


class _PyLoader(_BoundedComposer, yaml.reader.Reader, yaml.scanner.Scanner,
                yaml.parser.Parser, Resolver):
    """The pure-Python parser, only to word a syntax error as PyYAML's own messages do."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _BoundedComposer.__init__(self)
        Resolver.__init__(self)


try:  # libyaml's parser when PyYAML has it (several times faster); the composing is ours
    from yaml._yaml import CParser

    class _Loader(_BoundedComposer, CParser, Resolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _BoundedComposer.__init__(self)
            Resolver.__init__(self)

    _FAST: type[Any] | None = _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _FAST = None


def _compose(text: str) -> yaml.Node | None:
    if _FAST is not None:
        loader = _FAST(text)
        try:
            node: yaml.Node | None = loader.get_single_node()
            return node
        except yaml.YAMLError:
            pass
        finally:
            loader.dispose()
    # libyaml found a syntax error: the pure-Python parser names it in the words the
    # messages below translate (both follow the same YAML 1.1 grammar)
    py = _PyLoader(text)
    try:
        py_node: yaml.Node | None = py.get_single_node()
    finally:
        py.dispose()
    return py_node


def _convert(node: yaml.Node, path: Path, lines: dict[Path, int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, path)
    if isinstance(node, yaml.SequenceNode):
        if path != ("punkter",):
            return [_convert(child, (*path, i), lines) for i, child in enumerate(node.value)]
        items = []
        for i, child in enumerate(node.value):
            try:
                items.append(_convert(child, (*path, i), lines))
            except RecordSyntaxError as err:
                err.nummer = _nummer_of(child)
                raise
        return items
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


def _nummer_of(item: yaml.Node) -> str | None:
    """An agenda item's ``nummer`` as written, read from its node."""
    if isinstance(item, yaml.MappingNode):
        for key, value in item.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "nummer" \
                    and isinstance(value, yaml.ScalarNode) and str(value.value).strip():
                return str(value.value)
    return None


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


def _looks_utf16(data: bytes) -> bool:
    """A UTF-16 byte-order mark, or NUL in every other byte (ASCII text saved as UTF-16,
    which also decodes as UTF-8, full of NUL characters)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = data[:4096]
    if len(head) < 2 or b"\x00" not in head:
        return False
    half = len(head) // 2
    return max(head[0::2].count(0), head[1::2].count(0)) >= 0.9 * half


def parse_yaml(data: bytes | str) -> Located:
    """Parse one YAML document (UTF-8 bytes or text) into plain values with their lines."""
    if isinstance(data, bytes):
        if _looks_utf16(data):
            raise RecordSyntaxError("filen ser ud til at være gemt som UTF-16; gem den som "
                                    "UTF-8", 1, (), "fil-utf16")
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
        node = _compose(text)
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
