"""schemathesis against the served OpenAPI document: no 5xx, nothing outside the schema.

Bounded: a handful of examples per operation, as the secretariat (who may call
everything), so the run takes seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from socialaftale import open_store
from socialaftale_web import TokenStore, create_app

_store = open_store("memory:", actor="schemathesis")
_token = TokenStore(_store).create("sekretariat", label="schemathesis")
app = create_app(_store)
schema = schemathesis.openapi.from_asgi("/schema/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _close_store() -> Iterator[None]:
    yield
    _store.close()


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_every_api_operation_keeps_to_its_schema(case: Any) -> None:
    # Only what the API promises: no 5xx and every response as documented. (The
    # negative-data checks would read the added token as "auth header left out".)
    case.call_and_validate(
        headers={"Authorization": f"Bearer {_token}"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
            response_headers_conformance,
        ],
    )
