"""/schema as a page drawn on the server, in Danish, from the app's own OpenAPI document:
no script, font or style from another host (a viewer such as Swagger UI or ReDoc would load
them from a CDN and show a blank page offline). The document itself stays at
``/schema/openapi.json`` (and ``.yaml``) for tools."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from litestar import Request
from litestar.enums import MediaType
from litestar.openapi.plugins import (
    JsonRenderPlugin,
    OpenAPIRenderPlugin,
    YamlRenderPlugin,
)

__all__ = ["render_plugins"]

METHODS = ("get", "post", "put", "patch", "delete")
# Danish for the stock English text a response without its own description gets.
STATUS_DA = {200: "OK", 201: "Oprettet", 204: "Intet indhold", 303: "Se anden side",
             400: "Ugyldig forespørgsel", 401: "Ikke logget ind", 403: "Ingen adgang",
             404: "Findes ikke", 409: "Konflikt", 413: "For stor", 422: "Kan ikke behandles",
             500: "Uventet fejl"}
WHERE = {"path": "sti", "query": "forespørgsel", "header": "header", "cookie": "cookie"}


def _type_of(schema: dict[str, Any], components: dict[str, Any]) -> str:
    """A short Danish description of a JSON Schema ("heltal", "tekst (dato)", "Tilbud")."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            parts = [_type_of(s, components) for s in schema[key]]
            return " eller ".join(p for p in parts if p != "null") or "null"
    kind = schema.get("type")
    names = {"integer": "heltal", "number": "tal", "string": "tekst", "boolean": "sand/falsk",
             "array": "liste", "object": "objekt", "null": "null"}
    if isinstance(kind, list):
        return " eller ".join(names.get(str(k), str(k)) for k in kind if k != "null")
    text = names.get(str(kind), str(kind or "værdi"))
    if kind == "array" and isinstance(schema.get("items"), dict):
        text += " af " + _type_of(schema["items"], components)
    if schema.get("format"):
        text += f" ({schema['format']})"
    if schema.get("enum"):
        text += ": " + ", ".join(str(v) for v in schema["enum"])
    return text


def _danish(code: str, text: str) -> str:
    """A response's own description, or Danish for the stock English one."""
    try:
        stock = HTTPStatus(int(code))
    except ValueError:
        return text
    if text in ("", stock.description, stock.phrase):
        return STATUS_DA.get(stock.value, stock.phrase)
    return text


def operations(doc: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The operations grouped by their first tag, in the order the tags first appear."""
    components = doc.get("components", {})
    groups: dict[str, list[dict[str, Any]]] = {}
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [
                {"navn": p.get("name", ""), "hvor": WHERE.get(p.get("in", ""), p.get("in", "")),
                 "kraevet": bool(p.get("required")), "type": _type_of(p.get("schema", {}),
                                                                      components),
                 "beskrivelse": p.get("description", "")}
                for p in [*item.get("parameters", []), *op.get("parameters", [])]
            ]
            security = op.get("security", doc.get("security", []))
            groups.setdefault((op.get("tags") or ["øvrige"])[0], []).append({
                "metode": method.upper(), "sti": path, "id": f"{method}-{path}",
                "resume": op.get("summary", ""), "beskrivelse": op.get("description", ""),
                "parametre": params,
                "krop": bool(op.get("requestBody")),
                "noegle": bool(security) and {} not in security,
                "svar": [(code, _danish(code, r.get("description", ""))) for code, r in
                         sorted(op.get("responses", {}).items())],
            })
    return list(groups.items())


class DanishSchemaPage(OpenAPIRenderPlugin):
    """The page at ``/schema``, rendered with the site's own template and stylesheet."""

    def __init__(self) -> None:
        super().__init__(path="/", media_type=MediaType.HTML)

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        template = request.app.template_engine.get_template("apiskema.html")  # type: ignore[union-attr]
        html: str = template.render(request=request, info=openapi_schema.get("info", {}),
                                    grupper=operations(openapi_schema))
        return html.encode("utf-8")


def render_plugins() -> list[OpenAPIRenderPlugin]:
    return [DanishSchemaPage(), JsonRenderPlugin(), YamlRenderPlugin()]
