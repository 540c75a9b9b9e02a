"""Users managed in the browser by a secretariat administrator (as ``socialaftale user``)."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, get, post
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.params import Body
from litestar.response import Redirect, Template
from litestar.types import ControllerRouterHandler

from socialaftale import DomainError

from ..access import Principal
from ..users import UserStore
from .common import Caller, in_thread

__all__ = ["routes"]

Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]


def _require_admin(principal: Principal) -> None:
    if principal.admin:
        return
    if principal.role == "offentlig":
        raise NotAuthorizedException(
            "Kun sekretariatets administrator må administrere brugere. Log ind.")
    raise PermissionDeniedException(
        f"Du er logget ind som {principal.describe()}; kun sekretariatets administrator må "
        "administrere brugere. Intet er gemt.")


def _page(request: Request[Any, Any, Any], principal: Principal, *, fejl: str | None = None,
          udfyldt: dict[str, str] | None = None, status: int = 200) -> Template:
    users: UserStore = request.app.state.users
    return Template("brugere.html", status_code=status, context={
        "principal": principal, "brugere": users.list(), "fejl": fejl,
        "udfyldt": udfyldt or {}})


@get("/brugere", include_in_schema=False)
async def users_page(request: Request[Any, Any, Any], principal: Caller) -> Template:
    _require_admin(principal)
    return await in_thread(_page, request, principal)


def _change(request: Request[Any, Any, Any], principal: Principal, data: dict[str, str],
            action: str) -> Template | Redirect:
    _require_admin(principal)
    users: UserStore = request.app.state.users
    kommune_name = data.get("kommune", "").strip() or None
    admin = data.get("admin") == "true"
    try:
        if action == "opret":
            users.create(data.get("brugernavn", ""), data.get("adgangskode", ""),
                         role=data.get("rolle", ""), name=data.get("navn", ""),
                         kommune_name=kommune_name, admin=admin)
        elif action == "rolle":
            if data.get("brugernavn", "").strip().lower() == principal.user and not admin:
                raise ValueError("du kan ikke fjerne din egen administratorret")
            users.set_role(data.get("brugernavn", ""), data.get("rolle", ""),
                           kommune_name=kommune_name, admin=admin)
        elif data.get("brugernavn", "").strip().lower() == principal.user:
            raise ValueError("du kan ikke deaktivere dig selv")
        elif not users.disable(data.get("brugernavn", "")):
            raise ValueError(f"ingen aktiv bruger hedder '{data.get('brugernavn', '')}'")
    except (ValueError, DomainError) as err:
        message = err.message if isinstance(err, DomainError) else str(err)
        kept = {k: v for k, v in data.items() if k not in ("adgangskode", "_csrf_token")}
        return _page(request, principal, fejl=f"Afvist: {message}. Intet er gemt.",
                     udfyldt=kept, status=422)
    return Redirect("/brugere", status_code=303)


@post("/brugere", include_in_schema=False, status_code=303)
async def create_user(request: Request[Any, Any, Any], principal: Caller,
                      data: Form) -> Template | Redirect:
    return await in_thread(_change, request, principal, data, "opret")


@post("/brugere/rolle", include_in_schema=False, status_code=303)
async def role_user(request: Request[Any, Any, Any], principal: Caller,
                    data: Form) -> Template | Redirect:
    return await in_thread(_change, request, principal, data, "rolle")


@post("/brugere/deaktiver", include_in_schema=False, status_code=303)
async def disable_user(request: Request[Any, Any, Any], principal: Caller,
                       data: Form) -> Template | Redirect:
    return await in_thread(_change, request, principal, data, "deaktiver")


def routes() -> list[ControllerRouterHandler]:
    return [users_page, create_user, role_user, disable_user]


