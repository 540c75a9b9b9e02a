"""Tokens live in the store's own database: the same behaviour on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from socialaftale import DomainError, Socialaftale
from socialaftale_web import TokenStore


def test_a_token_stands_for_its_role_until_revoked_on_every_kind_of_store(
    store: Socialaftale,
) -> None:
    tokens = TokenStore(store)
    made = tokens.create("kommune", kommune_name="Vesthimmerland Kommune", label="VHK")
    caller = tokens.principal(made)
    assert caller is not None
    assert (caller.role, caller.kommune) == ("kommune", "Vesthimmerland")
    assert caller.may_act_for("Vesthimmerland") and not caller.may_act_for("Aalborg")
    assert tokens.principal(made + "x") is None
    assert TokenStore(store).by_id(caller.token_id or "") == caller  # survives a new TokenStore
    assert tokens.revoke(caller.token_id or "")
    assert tokens.principal(made) is None and tokens.by_id(caller.token_id or "") is None
    listed = tokens.list()
    assert [(t.label, t.revoked_at is not None) for t in listed] == [("VHK", True)]


def test_only_known_roles_and_real_municipalities_get_tokens(store: Socialaftale) -> None:
    tokens = TokenStore(store)
    with pytest.raises(ValueError, match="ukendt rolle"):
        tokens.create("admin")
    with pytest.raises(ValueError, match="skal have en kommune"):
        tokens.create("kommune")
    with pytest.raises(DomainError):
        tokens.create("kommune", kommune_name="Ålborg by")
    with pytest.raises(ValueError, match="kun en kommune-nøgle"):
        tokens.create("sekretariat", kommune_name="Aalborg")
    assert tokens.list() == []
