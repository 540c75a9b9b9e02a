"""The Litestar application: pages for people, a JSON API for programs, one store behind both.

``create_app(store)`` builds the app around an open store. Pages (HTML, Danish,
no JavaScript needed) live under ``/``; the JSON API under ``/api``, described
by the OpenAPI document at ``/schema/openapi.json``. Both ask the same query
methods of :class:`socialaftale.Socialaftale`; this module holds no domain
logic, only who may ask and how the answer is shown.

Authentication: the API takes ``Authorization: Bearer <token>`` and nothing
else (no cookies, so no CSRF exposure there); pages take a browser session
opened by logging in with user name and password (or a pasted token), and every form
carries a CSRF token.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from litestar import Litestar, Request, Response, get, post
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.enums import RequestEncodingType, ScopeType
from litestar.exceptions import (
    HTTPException,
    NotAuthorizedException,
    PermissionDeniedException,
)
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme
from litestar.params import Body, FromQuery, QueryParameter
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.response import Redirect, Template
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig
from litestar.types import ASGIApp, ControllerRouterHandler, Receive, Scope, Send
from markupsafe import Markup

from socialaftale import Letterhead, Socialaftale, __version__

from .access import ANONYMOUS, Principal, RenewingSessionConfig, TokenStore, renew_session
from .failures import note_log_head, server_failure
from .sessions import DatabaseSessionStore, shared_secret
from .users import LoginRefused, UserStore
from .views import (
    NAV,
    ViewError,
    api_routes,
    apiskema,
    bilag,
    brugere,
    dokument,
    page_routes,
    present,
    tilgaengelighed,
)
from .views import kilder as kilder_views
from .views.common import READ_ERRORS, Caller, WhoAmI, form_date, in_thread
from .views.errors import danish_detail
from .views.forberedelse import routes as forberedelse_routes
from .views.referat_skriv import routes as referat_routes
from .views.tilbudsvifte import KEY as OFFER_KEY
from .views.tilbudsvifte import last_known

__all__ = ["create_app"]

HERE = Path(__file__).parent

CSRF_FAILED = (
    "Formularen kunne ikke godkendes: sikkerhedsfeltet (CSRF) mangler eller passer ikke. "
    "Genindlæs siden og prøv igen. Intet er gemt."
)
STATUS_TITLES = {
    400: "Forkert forespørgsel",
    401: "Log ind for at fortsætte",
    403: "Adgang nægtet",
    404: "Siden findes ikke",
    405: "Metoden er ikke tilladt",
    409: "Afvist af en regel i registret",
    422: "Indholdet kunne ikke godkendes",
    500: "Der opstod en fejl",
}


NUL_REFUSED = (
    "Forespørgslen indeholder et NUL-tegn (%00) i stien eller parametrene; ingen tekst i "
    "registret kan indeholde det. Intet er gemt."
)


def _refuse_nul(app: ASGIApp) -> ASGIApp:
    """A NUL in the path or query is a 400 before any view runs: no stored text holds one,
    and it would otherwise reach the file system (``/static/x%00``: "embedded null byte")
    or PostgreSQL ("cannot contain NUL") as an unexpected error."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == ScopeType.HTTP and (
            "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b"")
        ):
            raise ViewError(NUL_REFUSED, status_code=400)
        await app(scope, receive, send)

    return middleware


def principal_of(request: Request[Any, Any, Any]) -> Principal:
    """The caller: a bearer token (API) or a browser session made by logging in (pages).

    Found once a request (by the ``principal`` dependency, off the event loop) and kept in
    ``request.state``: a template asking again must not query the store on the loop."""
    known = request.state.get("principal")
    if isinstance(known, Principal):
        return known
    found = _principal_of(request)
    request.state.principal = found
    return found


def _principal_of(request: Request[Any, Any, Any]) -> Principal:
    tokens: TokenStore = request.app.state.tokens
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise NotAuthorizedException(
                "Adgangsnøglen skal sendes som 'Authorization: Bearer <nøgle>'."
            )
        found = tokens.principal(token)
        if found is None:
            raise NotAuthorizedException("Adgangsnøglen er ukendt eller tilbagekaldt.")
        return found
    if request.url.path.startswith("/api"):
        return ANONYMOUS
    session = request.session if "session" in request.scope else {}
    if session.get("user"):
        users: UserStore = request.app.state.users
        return users.principal(str(session["user"]),
                               credential=str(session.get("credential", ""))) or ANONYMOUS
    token_id = session.get("token_id")
    if token_id:
        found = tokens.by_id(str(token_id))
        if found is not None:
            return found
    return ANONYMOUS


def _provide_principal(request: Request[Any, Any, Any]) -> Principal:
    return principal_of(request)


KENDT = ("som registret kendte det ved udgangen af datoen (ÅÅÅÅ-MM-DD, dansk tid): hver "
         "forespørgsel svarer ud fra de hændelser, der var registreret da")
VERDEN = ("som verden kendte det på datoen (ÅÅÅÅ-MM-DD): kun fakta, der var sket til og med "
          "den dag, efter det registret ved nu")


async def _provide_store(
    request: Request[Any, Any, Any],
    kendt: Annotated[str | None, QueryParameter(description=KENDT)] = None,
    verden: Annotated[str | None, QueryParameter(description=VERDEN)] = None,
) -> Socialaftale:
    """The store, or with ``?kendt=`` / ``?verden=`` the read-only view of it on that day
    (every page and API answer asks the same queries of it); remembered in
    ``request.state.view`` for the page's notice."""
    store: Socialaftale = request.app.state.store
    known, occurred = form_date(kendt, "kendt"), form_date(verden, "verden")
    if known is None and occurred is None:
        return store
    if request.method not in ("GET", "HEAD"):
        raise ViewError("'kendt' og 'verden' viser registret, som det stod på en dato; der "
                        "kan ikke registreres i en sådan visning. Fjern dem fra adressen. "
                        "Intet er gemt.", status_code=400)
    request.state.view = (known, occurred)
    # Building a view replays the log: off the event loop (the present store needs no hop).
    return await in_thread(functools.partial(store.as_known, known, occurred_by=occurred))


def _known_view(context: Mapping[str, Any]) -> dict[str, Any]:
    """The past view the page shows, for its date picker and notice: ``kendt``/``verden``
    (None: the present), ``rest`` (the page's other query parameters, kept when another
    date is picked) and ``nu`` (the same page as the record is now).

    The dates come from the query, so a page that asks no store (an error page) still says
    which view was asked for; one that is no date is shown as not given."""
    request = context.get("request")
    if request is None:
        return {"kendt": None, "verden": None, "rest": [], "nu": "/"}
    view = request.state.get("view")
    if view is None:
        view = tuple(_given_date(request.query_params.get(name)) for name in ("kendt", "verden"))
    rest = [(k, v) for k, v in request.query_params.multi_items()
            if k not in ("kendt", "verden")]
    return {"kendt": view[0], "verden": view[1], "rest": rest,
            "nu": quote(request.url.path) + ("?" + urlencode(rest) if rest else "")}


def _given_date(value: str | None) -> date | None:
    try:
        return form_date(value, "")
    except ViewError:
        return None


TOO_DEEP = (
    "Indholdet kan ikke læses som JSON: det er indlejret i for mange niveauer. Intet er gemt."
)


def _too_deep(exc: Exception) -> bool:
    """A body nested deeper than the JSON decoder recurses (``[[[[…``): bad input, refused
    before any view ran."""
    return isinstance(exc, RecursionError) and "deserializing" in str(exc)


def _detail(request: Request[Any, Any, Any], exc: Exception) -> str:
    if (
        isinstance(exc, PermissionDeniedException)
        and exc.detail == "CSRF token verification failed"
    ):
        return CSRF_FAILED
    if isinstance(exc, ViewError):
        return exc.message
    if isinstance(exc, HTTPException):
        return danish_detail(request, exc)
    if _too_deep(exc):
        return TOO_DEEP
    return "Der opstod en uventet fejl."  # a 500: server_failure says what was stored


def _status(exc: Exception) -> int:
    if isinstance(exc, ViewError):
        return exc.status_code
    if isinstance(exc, HTTPException):
        return exc.status_code
    if _too_deep(exc):
        return 400
    return 500


def _error_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    status = _status(exc)
    detail = _detail(request, exc)
    headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
    request_id: str | None = None
    if status == 500:
        failure = server_failure(request, exc)
        detail, request_id = failure.detail, failure.request_id
        headers["X-Request-Id"] = request_id
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="socialaftale"'
    if request.url.path.startswith("/api") or request.url.path.startswith("/schema"):
        body: dict[str, Any] = {"status_code": status, "detail": detail}
        if request_id is not None:
            body["request_id"] = request_id
        extra = getattr(exc, "extra_json", None)
        if extra:
            body.update(extra)
        return Response(body, status_code=status, headers=headers)
    context = {
        "status": status,
        "title": STATUS_TITLES.get(status, "Fejl"),
        "detail": detail,
        "request_id": request_id,
        "extra": getattr(exc, "extra_json", None),
        "back": exc.back if isinstance(exc, ViewError) else None,
    }
    return Template("error.html", context=context, status_code=status, headers=headers)


@get("/", include_in_schema=False, sync_to_thread=True)
def forside(principal: Caller) -> Template:
    return Template("index.html", context={"sections": NAV, "principal": principal})


@get("/log-ind", include_in_schema=False, sync_to_thread=False)  # no store work
def login_form(principal: Caller, naeste: FromQuery[str] = "/") -> Template:
    return Template("login.html", context={"principal": principal, "naeste": _safe_next(naeste)})


def _safe_next(target: str) -> str:
    """Only a local path is followed after logging in (no open redirect)."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


@post("/log-ind", include_in_schema=False, status_code=303)
async def login(
    request: Request[Any, Any, Any],
    data: Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)],
) -> Response[Any]:
    return await in_thread(_login, request, data)


def _login(request: Request[Any, Any, Any], data: dict[str, str]) -> Response[Any]:
    """A person logs in with user name and password; a system's token still opens a session."""
    naeste = _safe_next(data.get("naeste", "/"))

    def refused(message: str, status: int, **kept: str) -> Response[Any]:
        return Template("login.html", status_code=status, context={
            "principal": ANONYMOUS, "naeste": naeste, "fejl": message, **kept})

    found: Principal | None
    if "bruger" in data:
        users: UserStore = request.app.state.users
        address = request.client.host if request.client else "ukendt"
        try:
            found = users.log_in(data.get("bruger", ""), data.get("adgangskode", ""), address)
        except LoginRefused as err:
            return refused(err.message, err.status_code, bruger=data.get("bruger", ""))
    else:
        found = request.app.state.tokens.principal(data.get("token", ""))
        if found is None:
            return refused("Adgangsnøglen er ukendt eller tilbagekaldt. Du er ikke logget ind.",
                           401)
    renew_session(request, found.session_key)
    return Redirect(naeste, status_code=303)


@post("/log-ud", include_in_schema=False, sync_to_thread=True, status_code=303)
def logout(request: Request[Any, Any, Any]) -> Redirect:
    request.clear_session()
    return Redirect("/", status_code=303)


@get(
    "/api/mig",
    sync_to_thread=True,
    tags=["adgang"],
    summary="Hvem er jeg",
    responses=READ_ERRORS,
    security=[{}, {"noegle": []}],
)
def api_whoami(principal: Caller) -> WhoAmI:
    """The role the given token stands for (``offentlig`` without a token)."""
    return WhoAmI(role=principal.role, kommune=principal.kommune)


def _current_principal(context: Mapping[str, Any]) -> Principal:
    request = context.get("request")
    if request is None:
        return ANONYMOUS
    try:
        return principal_of(request)
    except NotAuthorizedException:
        return ANONYMOUS


def _offer_text(context: Mapping[str, Any], text: str) -> Markup:
    """A fact's summary with Danish dates and every offer key it names as a link with the
    offer's name ("Opsplittet i Botilbud Kærvej, bodel, …"); names are looked up once a
    request."""
    request = context.get("request")
    keys = set(OFFER_KEY.findall(text))
    if request is None or not keys:
        return present.linked_text(text, {})
    known: dict[str, tuple[str, str] | None] = request.state.setdefault("offer_links", {})
    store = request.app.state.store
    for key in keys - set(known):
        found = last_known(store, key)
        known[key] = (f"/tilbud/{key}", found.navn) if found is not None else None
    return present.linked_text(text, {k: v for k in keys if (v := known[k]) is not None})


def _setup_jinja(engine: JinjaTemplateEngine) -> None:
    engine.engine.globals["nav"] = NAV
    present.filters(engine.engine.filters, engine.engine.globals)
    engine.register_template_callable("current_principal", _current_principal)
    engine.register_template_callable("tilbud_tekst", _offer_text)
    engine.register_template_callable("known_view", _known_view)
    engine.register_template_callable("kilde_url", kilder_views.kilde_url)


def create_app(
    store: Socialaftale,
    *,
    secret: str | None = None,
    extra_routes: Sequence[ControllerRouterHandler] = (),
    debug: bool = False,
    users: UserStore | None = None,
    session_max_age: int = 8 * 3600,
    letterhead: Letterhead | None = None,
    base_url: str = "",
    kilder: Path | str | None = None,
) -> Litestar:
    """The web app for one open store. ``secret`` signs CSRF tokens (random by default);
    ``users`` (default: argon2id's default cost) is where people log in; a session ends
    ``session_max_age`` seconds after login; ``letterhead`` heads the printed dagsorden and
    referat (the secretariat's name and address); ``base_url`` (e.g. ``https://host/``) is
    the public address for links in feeds and PDFs, instead of the request's Host header.
    Without ``secret`` the store's own (``web_secret``) signs, and sessions are kept in the
    store (``web_sessions``), so every worker process on the store honours the same login.
    ``kilder`` is the directory of the source documents the record cites (default:
    SOCIALAFTALE_KILDER), shown at /kilder/{dokument}; without it no "Kilde" link is drawn."""
    secret = secret or shared_secret(store)
    tokens = TokenStore(store)
    users = users or UserStore(store)
    template_config = TemplateConfig(
        directory=HERE / "templates", engine=JinjaTemplateEngine, engine_callback=_setup_jinja
    )
    handlers: list[ControllerRouterHandler] = [
        forside,
        login_form,
        login,
        logout,
        api_whoami,
        *page_routes(),
        *brugere.routes(),
        *bilag.routes(),
        *dokument.routes(),
        tilgaengelighed.statement_page,
        *kilder_views.routes(),
        *forberedelse_routes(),
        *referat_routes(),
        *api_routes(),
        create_static_files_router(
            "/static", directories=[HERE / "static"], include_in_schema=False
        ),
        *extra_routes,
    ]
    error_handlers: dict[type[Exception] | int, Callable[..., Response[Any]]] = {
        HTTPException: _error_handler,
        ViewError: _error_handler,
        500: _error_handler,
    }
    app = Litestar(
        route_handlers=handlers,
        dependencies={
            "principal": Provide(_provide_principal, sync_to_thread=True),
            "store": Provide(_provide_store),
        },
        template_config=template_config,
        csrf_config=CSRFConfig(secret=secret, exclude=["/api", "/schema"], cookie_httponly=False),
        middleware=[_refuse_nul, RenewingSessionConfig(max_age=session_max_age).middleware],
        stores={"sessions": DatabaseSessionStore(store)},
        openapi_config=OpenAPIConfig(
            title="Nordjysk Socialaftale",
            render_plugins=apiskema.render_plugins(),
            version=__version__,
            description=(
                "Den samme viden som kommandolinjen: tilbudsviften, møder, beslutninger, "
                "arbejdsgrupper og budget. Skrivning kræver en adgangsnøgle "
                "(Authorization: Bearer)."
            ),
            components=Components(
                security_schemes={
                    "noegle": SecurityScheme(
                        type="http", scheme="bearer", description="adgangsnøgle"
                    )
                }
            ),
        ),
        exception_handlers=error_handlers,
        before_request=note_log_head,
        state=State({"store": store, "tokens": tokens, "users": users,
                     "letterhead": letterhead or Letterhead(), "base_url": base_url,
                     "kilder": kilder_views.configured(kilder)}),
        debug=debug,
    )
    return app
