"""Litestar's and msgspec's English refusals turned into Danish messages naming the field.

Litestar checks query, path and body parameters against the handlers' annotations
before a view runs; what it says when one fails ("Expected `int` <= 500", "Invalid
RFC3339 encoded date", "Missing required query parameter 'fra' …", "JSON is
malformed …", "no file or directory match …") is meant for developers. This module
is the one place that says it in Danish, for pages and API alike.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any, Literal

from litestar.exceptions import (
    HTTPException,
    MethodNotAllowedException,
    NotFoundException,
    ValidationException,
)

__all__ = ["STATUS_TEXTS", "danish_detail", "field_message"]

STATUS_TEXTS: dict[int, str] = {
    400: "Forespørgslen kan ikke besvares.",
    401: "Log ind for at fortsætte.",
    403: "Adgang nægtet.",
    404: "Siden findes ikke.",
    405: "Metoden er ikke tilladt her.",
    409: "Afvist af en regel i registret.",
    413: "Indholdet er for stort.",
    415: "Indholdet har en type, der ikke kan modtages (send JSON eller en formular).",
    422: "Indholdet kunne ikke godkendes.",
    429: "For mange forespørgsler; vent lidt og prøv igen.",
    500: "Der opstod en uventet fejl.",
    503: "Tjenesten er midlertidigt utilgængelig.",
}

_TYPES = {
    "bool": "true eller false",
    "int": "et helt tal",
    "float": "et tal",
    "str": "tekst",
    "object": "et JSON-objekt",
    "array": "en liste",
    "date": "en dato (ÅÅÅÅ-MM-DD)",
    "datetime": "et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)",
}
_BOUNDS = {"<=": "højst", ">=": "mindst", "<": "mindre end", ">": "større end"}
_MISSING = re.compile(r"Missing required (?:\w+ )?parameter '([^']+)'")
_EXPECTED = re.compile(r"Expected `([^`]+)`, got `([^`]+)`")
_BOUND = re.compile(r"Expected `([^`]+)`( of length)? (<=|>=|<|>) (-?[\d.]+)")
_ENUM = re.compile(r"Invalid enum value (.+)")
_REQUIRED = re.compile(r"Object missing required field `([^`]+)`")
_UNKNOWN = re.compile(r"Object contains unknown field `([^`]+)`")
_AT = re.compile(r" - at `\$(?:\.([\w.\[\]]+))?`$")
_JSON = re.compile(r"JSON is malformed: .*?\(byte (\d+)\)")
_STATIC = re.compile(r"no file or directory match the path (.+) was found")


def _type_words(expected: str) -> str:
    kinds = [k.strip() for k in expected.split("|") if k.strip() != "null"]
    words = [_TYPES.get(k, k) for k in kinds]
    return " eller ".join(words) if words else "tom"


def _literal_values(annotation: Any, here: str, name: str) -> list[str] | None:
    """The allowed values of ``name``: a Literal parameter, or a Literal field of a body."""
    seen: set[int] = set()

    def walk(tp: Any, here: str | None) -> list[str] | None:
        if id(tp) in seen:
            return None
        seen.add(id(tp))
        if typing.get_origin(tp) is Literal:
            return [str(v) for v in typing.get_args(tp)] if here == name else None
        for arg in typing.get_args(tp):
            found = walk(arg, here)
            if found:
                return found
        fields = getattr(tp, "__attrs_attrs__", None)
        if fields is not None:
            try:
                hints = typing.get_type_hints(tp)
            except Exception:  # a forward reference the module cannot resolve
                return None
            for f in fields:
                found = walk(hints.get(f.name), f.name)
                if found:
                    return found
        return None

    return walk(annotation, here)


def _allowed(request: Any, key: str) -> list[str] | None:
    try:
        params = request.route_handler.parsed_fn_signature.parameters
    except Exception:  # no handler matched (e.g. a 404 before routing)
        return None
    for pname, param in params.items():
        found = _literal_values(param.annotation, pname, key)
        if found:
            return found
    return None


def _missing_query(request: Any) -> list[str]:
    """Every required query parameter the request lacks (Litestar names only one)."""
    from litestar.params import ParameterKwarg

    try:
        params = request.route_handler.parsed_fn_signature.parameters
        given = request.query_params
    except Exception:  # no handler matched
        return []
    return [name for name, p in params.items()
            if isinstance(p.kwarg_definition, ParameterKwarg) and not p.has_default
            and not p.is_optional and not p.metadata and name not in given]


def _given(request: Any, key: str, source: Any) -> str | None:
    where = str(getattr(source, "value", source))
    try:
        if where == "query":
            value = request.query_params.get(key)
        elif where == "path":
            value = request.path_params.get(key)
        else:
            return None
    except Exception:  # the request has no such mapping
        return None
    return None if value is None else str(value)


def _or_list(values: Iterable[str]) -> str:
    items = list(values)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " eller " + items[-1]


def field_message(key: str, message: str, value: str | None = None,
                  allowed: list[str] | None = None) -> str:
    """One refused field in Danish: "felt 'antal': højst 500"."""
    at = _AT.search(message)
    if at:
        message = message[: at.start()]
        key = at.group(1) or key
    shown = f"'{value}'" if value is not None else "værdien"
    if m := _REQUIRED.fullmatch(message):
        return f"felt '{m.group(1)}' mangler"
    if m := _UNKNOWN.fullmatch(message):
        return f"felt '{m.group(1)}' kendes ikke"
    if message.startswith("Invalid RFC3339 encoded date"):
        what = "et gyldigt tidspunkt" if "datetime" in message else "en gyldig dato (ÅÅÅÅ-MM-DD)"
        given = value if value is not None else "værdien"
        return f"felt '{key}': {given} er ikke {what}"
    if m := _ENUM.fullmatch(message):
        choices = f" (vælg {_or_list(allowed)})" if allowed else ""
        return f"felt '{key}': {m.group(1)} er ikke en tilladt værdi{choices}"
    if m := _BOUND.fullmatch(message):
        words = _BOUNDS[m.group(3)]
        unit = " tegn" if m.group(2) and m.group(1) == "str" else (
            " elementer" if m.group(2) else "")
        return f"felt '{key}': {words} {m.group(4)}{unit}"
    if m := _EXPECTED.fullmatch(message):
        return f"felt '{key}': {shown} er ikke {_type_words(m.group(1))}"
    if message.startswith("Invalid UUID") or message.startswith("Invalid"):
        return f"felt '{key}': {shown} er ugyldig"
    return f"felt '{key}' har en ugyldig værdi"


def _validation(request: Any, exc: ValidationException) -> str:
    if m := _MISSING.search(str(exc.detail)):
        names = _missing_query(request) or [m.group(1)]
        return "Ugyldig forespørgsel: " + "; ".join(f"felt '{n}' mangler" for n in names) + "."
    errors = exc.extra if isinstance(exc.extra, list) else []
    parts: list[str] = []
    for e in errors:
        if not isinstance(e, Mapping):
            continue
        key = str(e.get("key") or "?")
        message = str(e.get("message") or "")
        parts.append(field_message(key, message, _given(request, key, e.get("source")),
                                   _allowed(request, key)))
    if not parts:
        return "Ugyldig forespørgsel: et eller flere felter kan ikke læses."
    return "Ugyldig forespørgsel: " + "; ".join(parts) + "."


def _english(detail: str, status: int) -> bool:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    return not detail or detail == phrase


def danish_detail(request: Any, exc: HTTPException) -> str:
    """What to tell the caller about a refusal Litestar raised, in Danish."""
    detail = str(exc.detail or "")
    if isinstance(exc, ValidationException):
        return _validation(request, exc)
    if isinstance(exc, MethodNotAllowedException):
        return f"Metoden {request.method} er ikke tilladt på {request.url.path}."
    if isinstance(exc, NotFoundException):
        if m := _STATIC.fullmatch(detail):
            return f"Filen {m.group(1)} findes ikke."
        if _english(detail, 404):
            return STATUS_TEXTS[404]
        return detail
    if m := _JSON.match(detail):
        return (f"Indholdet kan ikke læses som JSON (fejl ved tegn {int(m.group(1)) + 1}). "
                "Intet er gemt.")
    if detail.startswith("JSON is malformed"):
        return "Indholdet kan ikke læses som JSON. Intet er gemt."
    if detail == "Input data was truncated":
        return "Indholdet kan ikke læses som JSON: det slutter midt i en værdi. Intet er gemt."
    if detail.startswith("Number out of range"):
        return ("Indholdet kan ikke læses som JSON: et tal er større, end noget felt kan "
                "rumme. Intet er gemt.")
    if detail.startswith("Invalid UTF-8"):
        return "Indholdet kan ikke læses som JSON: det er ikke gyldig UTF-8. Intet er gemt."
    if detail == "Request Entity Too Large":
        if request.url.path == "/optegnelser/udkast":  # an uploaded minutes document
            from socialaftale import MAX_PDF_BYTES

            return (f"Filen er for stor: et referat må højst fylde "
                    f"{MAX_PDF_BYTES // (1024 * 1024)} MB. Intet er læst eller gemt.")
        return STATUS_TEXTS[413]
    if detail.startswith(("Invalid multipart", "Unexpected eof in multipart")):
        return "Formularen kan ikke læses (ufuldstændig multipart/form-data). Intet er gemt."
    if detail.startswith("Invalid content-length"):
        return "Forespørgslen har en ugyldig Content-Length."
    if detail == "Invalid host header":
        return "Forespørgslen har en ugyldig Host-header."
    if _english(detail, exc.status_code):
        return STATUS_TEXTS.get(exc.status_code, "Forespørgslen kan ikke besvares.")
    return detail
