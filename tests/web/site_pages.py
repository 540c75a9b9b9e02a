"""The pages of the site with the four real meetings loaded, for the tests that visit every
page (accessibility, narrow screens): one URL per kind of page, with real keys."""

from __future__ import annotations

from pathlib import Path

KILDER = Path(__file__).parents[2] / "examples" / "nordjylland" / "kilder"
"""The source documents the every-page tests give the app, so /kilder pages are visited."""

PUBLIC_PAGES: list[str] = [
    "/",
    "/log-ind",
    "/tilbudsvifte",
    "/tilbudsvifte?dato=2020-01-01",
    "/tilbud/mariagerfjord/kernen",
    "/aendringer",
    "/moeder",
    "/moeder/das-2019-10-24",
    "/moeder/socdir-2013-03-18",
    "/beslutninger",
    "/beslutninger?q=Taleinstituttet",
    "/beslutninger?forum=SOCDIR&side=2&pr_side=10",  # a page of a paged list
    "/soeg?q=aftalemodel",
    "/opfoelgninger",
    "/opfoelgninger?alle=true&dato=2026-01-01&side=2&pr_side=10",
    "/arbejdsgrupper",
    "/personer",
    "/personer/Lone%20Becker",
    "/fora",
    "/forloeb",
    "/forloeb/takstanalyse-2014",
    "/kommuner",
    "/kommuner/mariagerfjord",
    "/budget/2012",
    "/fordeling/2015",
    "/budget",
    "/fordeling",
    "/fordeling/noegle/kkr-2013-02-04-sekretariatet",
    "/revision",
    "/tilgaengelighed",
    "/schema",
    "/moeder/findes-ikke",  # the error page
    # The source documents (the app given examples/nordjylland/kilder), a cited span marked.
    "/kilder/000_939a2e46bbe95266.txt?linjer=20-24",
    "/kilder/001_06729882290ccbd8.txt",
    "/kilder/002_19692c500b0e1c7c.txt?linjer=100",
    "/kilder/003_dac07bbacd9158aa.txt?linjer=1003-1004",
]

# Pages only the secretariat sees (after logging in with its token).
SECRETARIAT_PAGES: list[str] = [
    "/optegnelser",
    "/haendelser",
]
