"""The pages and API routes, one module per part of the record.

A module is listed here once the context it shows is in the core; its pages
ask only that context's query methods on :class:`socialaftale.Socialaftale`.
"""

from __future__ import annotations

from litestar.types import ControllerRouterHandler

from . import (
    aftaler,
    feeds,
    fora,
    forloeb,
    grupper,
    hent,
    kommuner,
    log,
    moeder,
    oekonomi,
    optegnelser,
    personer,
    revision,
    skema,
    soeg,
    tilbudsvifte,
    udkast,
)
from .common import ViewError, WhoAmI

__all__ = ["NAV", "ViewError", "WhoAmI", "api_routes", "page_routes"]

# (path, label) of the sections shown in the menu, in menu order.
NAV: list[tuple[str, str]] = [
    ("/tilbudsvifte", "Tilbudsviften"),
    ("/aendringer", "Ændringer"),
    ("/moeder", "Møder"),
    ("/beslutninger", "Beslutninger"),
    ("/soeg", "Søg"),
    ("/opfoelgninger", "Opfølgninger"),
    ("/arbejdsgrupper", "Arbejdsgrupper"),
    ("/personer", "Personer"),
    ("/fora", "Fora"),
    ("/forloeb", "Sager på tværs"),
    ("/aftaler", "Aftaler"),
    ("/kommuner", "Kommuner"),
    ("/budget", "Budget"),  # the latest year with data (no year assumed here)
    ("/fordeling", "Fordeling"),
    ("/revision", "Revision"),
]


def page_routes() -> list[ControllerRouterHandler]:
    return [log.events_page, tilbudsvifte.vifte_page, tilbudsvifte.offer_page,
            tilbudsvifte.changes_page, tilbudsvifte.submit_form, moeder.meetings_page,
            moeder.meeting_page, moeder.decisions_page, moeder.actions_page,
            grupper.groups_page, grupper.person_page, fora.fora_page, oekonomi.budget_page,
            oekonomi.shares_page, oekonomi.sharing_rule_page, optegnelser.upload_form,
            optegnelser.upload_page, udkast.draft_page, udkast.record_draft_page,
            skema.record_format, revision.checkpoints_page, revision.proof_file,
            personer.people_page, forloeb.cases_page, forloeb.case_page,
            soeg.search_page, soeg.search_download, hent.download, feeds.calendar,
            feeds.atom, kommuner.kommuner_page, kommuner.kommune_page,
            aftaler.agreements_page, aftaler.agreement_page,
            oekonomi.budget_latest, oekonomi.shares_latest]


def api_routes() -> list[ControllerRouterHandler]:
    return [log.api_events, tilbudsvifte.api_vifte, tilbudsvifte.api_offer,
            tilbudsvifte.api_changes, tilbudsvifte.api_submit, moeder.api_meetings,
            moeder.api_meeting, moeder.api_decisions, moeder.api_search, moeder.api_actions,
            grupper.api_groups, grupper.api_person, fora.api_fora, fora.api_forum,
            oekonomi.api_budget, oekonomi.api_shares,
            oekonomi.api_sharing_rules,
            optegnelser.api_upload, revision.api_checkpoints, revision.api_proof,
            personer.api_people, personer.api_suggestions, personer.api_attendance,
            forloeb.api_cases, forloeb.api_case, forloeb.api_approvals,
            soeg.api_search_all, kommuner.api_kommune,
            aftaler.api_agreements, aftaler.api_agreement]
