"""The inventory's rows for das-2019-10-24, each answered through the public API or explained.

Minute lines refer to the minutes file this record cites (examples/nordjylland/kilder/).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from socialaftale import Socialaftale
from socialaftale.domain.dates import dato_text
from socialaftale.projections.arbejdsgrupper import Arbejdsgruppe
from socialaftale.projections.meetings import (
    Beslutning,
    Dagsordenspunkt,
    Moede,
    SagBeslutning,
)

from . import Facts, says, says_in

facts = Facts("das-2019-10-24")
Check = Callable[[Socialaftale], None]
M = "das-2019-10-24"
AFTER = date(2019, 11, 1)


def _meeting(s: Socialaftale) -> Moede:
    (m,) = [m for m in s.meetings() if m.meeting_id == M]
    return m


def _dec(s: Socialaftale, punkt: str) -> Beslutning:
    (d,) = [d for d in s.decisions() if d.meeting_id == M and d.punkt == punkt]
    return d


def _item(s: Socialaftale, punkt: str) -> Dagsordenspunkt:
    (p,) = [p for p in s.agenda(M) if p.nummer == punkt]
    return p


def _sag(s: Socialaftale, punkt: str, sag: str) -> SagBeslutning:
    (x,) = [x for x in _dec(s, punkt).sager if x.id == sag]
    return x


def _person(s: Socialaftale, navn: str) -> tuple[str, str | None, tuple[str, ...], str | None]:
    (d,) = [d for d in s.fremmoede(M) if d.navn == navn]
    return d.art, d.organisation, d.punkter, d.tid


def _action(s: Socialaftale, action_id: str) -> tuple[str | None, str, str]:
    (a,) = [a for a in s.actions(AFTER, open_only=False)
            if a.meeting_id == M and a.action_id == action_id]
    return a.ansvarlig, a.leverance, a.frist_tekst


def _group(s: Socialaftale, key: str) -> Arbejdsgruppe:
    (g,) = [g for g in s.groups(AFTER) if g.key == key]
    return g


def _offer(s: Socialaftale, key: str, day: date) -> tuple[str, int | None] | None:
    found = [o for o in s.tilbudsvifte(day) if o.key == key]
    return (found[0].navn, found[0].pladser) if found else None


def _kinds(s: Socialaftale, punkt: str, sag: str | None = None) -> list[str]:
    return [f.kind for f in s.facts_of_decision(M, punkt) if sag is None or f.sag == sag]


# -- the head of the minutes (lines 1-24) -------------------------------------------------

@facts.check(1, "forum Den Administrative Styregruppe")
def _forum(s: Socialaftale) -> None:
    # l. 1 "Møde Den Administrative Styregruppe"; "DAS Social" (l. 491) is an alias, no rename
    assert _meeting(s).body == "DAS"
    (das,) = [f for f in s.fora() if f.key == "das"]
    assert (das.navn, das.kortnavn, len(das.navne)) == ("Den Administrative Styregruppe", "DAS", 1)
    assert [a.alias for a in das.aliaser] == ["DAS Social"]


@facts.check(3, "tid 24.10.2019 kl. 12.00-15.00")
def _tid(s: Socialaftale) -> None:
    m = _meeting(s)
    assert (m.dato, m.tid) == (date(2019, 10, 24), "kl. 12.00-15.00")


@facts.check(5, "sted Regionshuset ... mødelokale 2")
def _sted(s: Socialaftale) -> None:
    assert _meeting(s).sted == "Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst – mødelokale 2"


_PRESENT = [
    (7, "Carsten Kaalbye (Jammerbugt)", "Carsten Kaalbye", "Jammerbugt"),
    (7, "Hans Chr. Mariegaard (Aalborg Kommune FB)", "Hans Chr. Mariegaard", "Aalborg Kommune FB"),
    (8, "Kim Topholm (Mariagerfjord)", "Kim Topholm", "Mariagerfjord"),
    (8, "Leif Serup (Hjørring)", "Leif Serup", "Hjørring Kommune"),
    (9, "Lotte Keller Christensen (Læsø)", "Lotte Keller Christensen", "Læsø Kommune"),
    (9, "Martin Bjørn Jensen (Region)", "Martin Bjørn Jensen", "Region Nordjylland"),
    (10, "Rikke Albrektsen (Frederikshavn)", "Rikke Albrektsen", "Frederikshavn Kommune"),
    (10, "Vibeke Stoustrup (Rebild)", "Vibeke Stoustrup", "Rebild Kommune"),
]
_ABSENT = [
    (14, "Anne Krøjer (Vesthimmerland)", "Anne Krøjer", "Vesthimmerland"),
    (14, "Dorte Juul Hansen (Region)", "Dorte Juul Hansen", "Region Nordjylland"),
    (14, "Hanne Madsen (Jammerbugt)", "Hanne Madsen", "Jammerbugt Kommune"),
    (16, "Henrik Rene Christensen (Morsø)", "Henrik Rene Christensen", "Morsø Kommune"),
    (16, "Kirstine Kejser (Aalborg ÆH)", "Kirstine Kejser", "Aalborg Kommune ÆH"),
    (18, "Lone Becker (Thisted)", "Lone Becker", "Thisted Kommune"),
    (18, "Peter Rasmussen (Mariagerfjord)", "Peter Rasmussen", "Mariagerfjord Kommune"),
    (20, "Helene Lund Therkildsen (KKR)", "Helene Lund Therkildsen", "KKR"),
]


def _attends(art: str, navn: str, org: str) -> Check:
    def check(s: Socialaftale) -> None:
        assert _person(s, navn)[:2] == (art, org)
    return check


for _line, _fact, _navn, _org in _PRESENT:
    facts.check(_line, f"deltager {_fact}")(_attends("deltog", _navn, _org))
for _line, _fact, _navn, _org in _ABSENT:
    facts.check(_line, f"afbud {_fact}")(_attends("afbud", _navn, _org))


@facts.check(7, "deltager Henrik Aarup-Kristensen (formand, Brønderslev)")
def _formand(s: Socialaftale) -> None:
    (d,) = [d for d in s.fremmoede(M) if d.navn == "Henrik Aarup-Kristensen"]
    assert (d.art, d.organisation, d.rolle) == ("deltog", "Brønderslev Kommune", "formand")


def _referent(navn: str) -> Check:
    def check(s: Socialaftale) -> None:
        (d,) = [d for d in s.fremmoede(M) if d.navn == navn]
        assert (d.art, d.organisation, d.referent) == (
            "deltog", "sekretariat for rammeaftaler", True)
    return check


facts.check(11, "deltager Charlotte S. Andersen (sekretariat/ref.)")(
    _referent("Charlotte S. Andersen"))
facts.check(11, "deltager Morten Aggerholm (sekretariat/ref.)")(
    _referent("Morten Aggerholm"))


@facts.check(12, "referenter Charlotte S. Andersen og Morten Aggerholm")
def _referenter(s: Socialaftale) -> None:
    assert _meeting(s).referent == ("Charlotte S. Andersen", "Morten Aggerholm")


@facts.check(22, "gæst Mette Brandt Pedersen pkt 3 kl. 12.00")
def _gaest_mette(s: Socialaftale) -> None:
    assert _person(s, "Mette Brandt Pedersen") == (
        "gæst", "Frederikshavns Kommune", ("3",), "kl. 12.00")


@facts.check(24, "gæst Nicolai B. Sørensen, Flex Trafik, pkt 4 kl. 12.45")
def _gaest_nicolai(s: Socialaftale) -> None:
    assert _person(s, "Nicolai B. Sørensen") == ("gæst", "Flex Trafik", ("4",), "kl. 12.45")


@facts.check(56, "oversigten nummererer 10/11 omvendt af punkternes tekst")
def _swap(s: Socialaftale) -> None:
    # l. 56 "10. Årshjul 2020" / l. 58 "11. Svar til KKR"; l. 1126 "10. Svar til KKR", l. 1188
    # "11. Årshjul 2020": the items as their own text numbers them, the slip as the record's note
    assert (_item(s, "10").titel.startswith("Svar til KKR"), _item(s, "11").titel) == (
        True, "Årshjul 2020")
    says_in(s.meeting_text(M).noter[0], "nummererer Årshjul 2020 som 10 og Svar til KKR som 11")


# -- titles, indstillinger, bilag, outcomes ----------------------------------------------

_TITLES = {
    (70, "1"): "Godkendelse af dagsorden",
    (92, "2"): "Godkendelse af referat fra mødet den 26. august",
    (144, "3"): "Egenmestringsgruppen – mandat for det videre arbejde",
    (262, "4"): "Dialog med NT vedr. flextrafik",
    (339, "5"): "Udmøntning af fokusområde 2: samarbejde mellem kommunerne og "
                "behandlingspsykiatrien",
    (516, "6"): "Udmøntning af fokusområde 1: Socialfagligt fokus på beskæftigelse",
    (608, "7"): "Fokus for Nordjysk Socialaftale 2021-2022",
    (851, "8"): "Ind- og udmelding af tilbud i nordjysk Socialaftale",
    (1005, "9"): "Drøftelse af henvendelse om oprettelse af botilbud til borgere med "
                 "Prader-Willis Syndrom",
    (1126, "10"): "Svar til KKR vedr. tilbud og plejefamiliers arbejde ift. socialtilsynets "
                  "anbefalinger",
    (1188, "11"): "Årshjul 2020",
    (1243, "12"): "Orientering fra FU",
}


def _title(punkt: str, titel: str) -> Check:
    def check(s: Socialaftale) -> None:
        assert _item(s, punkt).titel == titel
    return check


for (_line, _punkt), _titel in _TITLES.items():
    facts.check(_line, "titel")(_title(_punkt, _titel))


@facts.check(1310, "titel Evt.")
def _evt(s: Socialaftale) -> None:
    assert (_item(s, "13").titel, _item(s, "13").art) == ("Evt.", "orientering")


@facts.check(1310, "ingen beslutning")
def _evt_none(s: Socialaftale) -> None:
    assert [d for d in s.decisions() if d.meeting_id == M and d.punkt == "13"] == []


@facts.check(1316, "punkt 14 Næste møde (titel)")
def _item14(s: Socialaftale) -> None:
    assert _item(s, "14").titel == "Næste møde"


@facts.check(1320, "næste møde 13.1.2020")
def _next(s: Socialaftale) -> None:
    n = s.meeting_text(M).naeste_moede
    assert n is not None
    assert (n.punkt, n.dato, n.planlagt_id) == ("14", "2020-01-13", "das-2020-01-13")
    says(n.tekst, "Næste møde afholdes den 13. januar 2020")


_CLAUSES = {
    (78, "1"): ("indstilling", ("Den Administrative Styregruppe godkender dagsordenen",)),
    (100, "2"): ("indstilling", (
        "Den Administrative Styregruppe godkender referatet fra DAS mødet den 26. august",)),
    (308, "4"): ("indstilling", ("Den Administrative Styregruppe drøfter muligheden for "
                                 "effektivisering af Flextrafik med NT",)),
    (1173, "10"): ("indstilling", ("at Den Administrative Styregruppe drøfter oplægget til KKR",)),
    (1226, "11"): ("indstilling", (
        "Den Administrative Styregruppe drøfter udkast til årshjul 2020.",)),
    (1299, "12"): ("indstilling", (
        "Den Administrative Styregruppe tager orienteringerne til efterretning",)),
    (592, "6"): ("indstilling (… i forhold til at få borgere med psykiske vanskeligheder "
                 "tættere på arbejdsmarkedet)", (
        "Den Administrative Styregruppe drøfter arbejdsgruppens mandat i forhold til arbejdet "
        "omkring at få borgere med psykiske vanskeligheder tættere på arbejdsmarkedet.",)),
    (981, "8"): ("indstilling (… herunder Aalborg Kommunes orientering om udmelding af TI/HCN)", (
        "Den Administrative Styregruppe drøfter de indmeldte ind- og udmeldinger af tilbud i "
        "socialaftalen, herunder Aalborg Kommunes orientering om udmelding af "
        "Taleinstituttet/Hjerneskadecenter Nordjylland.",)),
    (1078, "9"): ("indstilling (… og om der er behov for nærmere undersøgelse)", (
        "Den Administrative Styregruppe drøfter kendskabet til målgruppens omfang i Nordjylland "
        "og om der er behov for nærmere undersøgelse.",)),
}


def _clauses(punkt: str, want: tuple[str, ...]) -> Check:
    def check(s: Socialaftale) -> None:
        assert _item(s, punkt).indstilling == want
    return check


# an at-clause is the minutes' words: the row's fact is the clause itself
for (_line, _punkt), (_fact, _want) in _CLAUSES.items():
    facts.words(_line, _fact)(_clauses(_punkt, _want))


@facts.words(226, "indstilling drøfter forslag til produkter")
def _ind3(s: Socialaftale) -> None:
    assert _item(s, "3").indstilling == (
        "Den Administrative Styregruppe drøfter forslag til produkter vedr. Egenmestring",)


@facts.words(475, "indstilling 1 drøfter forslag til udmøntning af fokusområde 2")
def _ind5a(s: Socialaftale) -> None:
    assert _item(s, "5").indstilling[0] == (
        "Den Administrative Styregruppe drøfter forslag til udmøntningen af fokusområde 2")


@facts.words(477, "indstilling 2 drøfter pejling til temadagen 15.1.2020")
def _ind5b(s: Socialaftale) -> None:
    assert _item(s, "5").indstilling[1] == (
        "Den Administrative Styregruppe drøfter, om DAS Social har bud på, hvad man særligt "
        "ønsker en pejling på i borddrøftelserne til temadagen den 15. januar 2020.")


@facts.check(812, "indstilling 1 drøfter de fremlagte analyser")
def _ind7a(s: Socialaftale) -> None:
    says(_item(s, "7").indstilling[0],
         "Den Administrative Styregruppe drøfter de fremlagte analyser")
    # the referat says nothing of the analyses: the clause's outcome is not stated
    assert _dec(s, "7").klausuler[0].nummer == 1
    assert _dec(s, "7").klausuler[0].outcome == "not_stated"


@facts.words(814, "indstilling 2 udpeger vision og fokusområder")
def _ind7b(s: Socialaftale) -> None:
    assert _item(s, "7").indstilling[1] == ("Den Administrative Styregruppe udpeger vision og "
                                            "fokusområder for Nordjysk Socialaftale 2021-2022")


_BILAG = {
    (106, "2", "bilag referatet (link das-referat-26-august-2019.pdf)"): (
        "Referatet kan findes her … "
        "http://rammeaftalernord.dk/media/1668/das-referat-26-august-2019.pdf",),
    (232, "3", "bilag 1 Forslag til produkter vedr. Egenmestring"): (
        "Bilag 1. Forslag til produkter vedr. Egenmestring",),
    (485, "5", "bilag 2 Udkast til program for temadag"): (
        "Bilag 2. Udkast til program for temadag vedr. tværsektorielt samarbejde om borgere med "
        "psykiatriske lidelser",),
    (1178, "10", "bilag 8 (eftersendes)"): (
        "Bilag 8: Tilbud og plejefamiliers arbejde med socialtilsynets anbefalinger "
        "(eftersendes)",),
    (1232, "11", "bilag 9 Årshjul 2020"): ("Bilag 9: Årshjul 2020",),
}


def _bilag(punkt: str, want: tuple[str, ...]) -> Check:
    def check(s: Socialaftale) -> None:
        assert _item(s, punkt).bilag == want
    return check


# a bilag's title is the minutes' words
for (_line, _punkt, _fact), _want in _BILAG.items():
    facts.words(_line, _fact)(_bilag(_punkt, _want))


def _nth_bilag(punkt: str, i: int, want: str) -> Check:
    def check(s: Socialaftale) -> None:
        assert _item(s, punkt).bilag[i] == want
    return check


facts.words(820, "bilag 3 Produkt fra fællesmøde")(_nth_bilag(
    "7", 0, "Bilag 3: Produkt fra fællesmøde mellem Styringsaftalegruppen og "
            "udviklingsstrategigruppen"))
facts.words(822, "bilag 4 Kapacitetsanalyse")(_nth_bilag(
    "7", 1, "Bilag 4: Kapacitetsanalyse"))
facts.words(824, "bilag 5 Udgiftsniveau analyse")(_nth_bilag(
    "7", 2, "Bilag 5: Udgiftsniveau analyse"))
facts.words(1086, "bilag 6 Baggrundsnotat PWS")(_nth_bilag(
    "9", 0, "Bilag 6: Baggrundsnotat PWS"))
facts.words(1088, "bilag 7 Henvendelse fra Stense Farholt")(_nth_bilag(
    "9", 1, "Bilag 7: Henvendelse fra Stense Farholt til Region Nordjylland om PWS"))

_OUTCOMES = {
    (84, "1", "udfald godkendt"): ("approved", "Dagsordenen blev godkendt"),
    (114, "2", "udfald godkendt"): ("approved", "Referatet blev godkendt"),
    # l. 314-336 report NT's presentation; that DAS discussed it is not stated (our reading)
    (314, "4", "udfald drøftet"): ("not_stated", None),
    (491, "5", "udfald drøftet"): ("discussed", None),
    (600, "6", "udfald drøftet"): ("discussed", None),
    # l. 1121 "Det aftales, at regionen ...": an agreement, so decided (our reading)
    (1111, "9", "udfald drøftet"): ("decided", None),
    (1184, "10", "udfald godkendt med præcisering"): ("approved_with_remarks", None),
    (1238, "11", "udfald godkendt med ønske"): ("approved_with_remarks", None),
    (1307, "12", "udfald taget til efterretning"): (
        "noted", "Orienteringen blev taget til efterretning."),
}


def _outcome(punkt: str, outcome: str, referat: str | None) -> Check:
    def check(s: Socialaftale) -> None:
        d = _dec(s, punkt)
        assert (d.outcome, d.afledt) == (outcome, False)
        if referat is not None:
            says(d.referat, referat)
    return check


for (_line, _punkt, _fact), (_out, _ref) in _OUTCOMES.items():
    facts.check(_line, _fact)(_outcome(_punkt, _out, _ref))


# -- item 2 ------------------------------------------------------------------------------

@facts.check(92, "godkender referat af 26.8.")
def _approves(s: Socialaftale) -> None:
    assert _dec(s, "2").godkender_referat_af == "das-2019-08-26"


# -- item 3: Egenmestringsgruppen ----------------------------------------------------------

@facts.check(160, "gruppen nedsat tidligere på tværs af udviklingsstrategi- og "
                  "styringsaftalegruppen, med fokus/mandat")
def _egen_known(s: Socialaftale) -> None:
    g = _group(s, "egenmestring")
    # known from the minutes, not formed by this meeting (l. 160 "blev der nedsat")
    assert (g.nedsat_ved, g.kendt_fra) == (None, "kendt fra 2019-10-24 (003_dac07bbacd9158aa.txt)")
    first = g.mandater[0]
    assert (first.status, first.beslutning, first.mandat) == (
        "kendt", None, "først og fremmest at komme med forslag til, hvordan der kan sættes fokus "
        "på arbejdet med borgerens egenmestring på det fælleskommunale område")
    says_in(g.noter[0], "på tværs af udviklingsstrategigruppen og styringsaftalegruppen")


@facts.check(146, "formand Mette Brandt Pedersen (Frederikshavn)")
def _egen_chair(s: Socialaftale) -> None:
    assert _group(s, "egenmestring").formand == "Mette Brandt Pedersen"
    says(_item(s, "3").indleder, "Mette Brandt Pedersen")


@facts.check(180, "fire foreslåede produkter (måling; inspiration; samarbejde; uddannelse)")
def _four(s: Socialaftale) -> None:
    # l. 174-214: the group's four proposals, numbered as the sagsfremstilling numbers them,
    # put to item 3; the slip 'progresssion' is a source note; no claim that one is only on a
    # slide (l. 237-239 say the presentation is attached)
    (p,) = s.proposals(M, "3")
    assert (p.af, [f.nummer for f in p.forslag], p.tilsidesat, p.besluttet_af) == (
        "arbejdsgruppen vedr. Egenmestring", ["1", "2", "3", "4"], (), None)
    for f, want in zip(p.forslag, ("Måling af progresssion og effekt", "Inspiration på tværs",
                                   "Samarbejde mellem myndighed, udfører og borger",
                                   "Fokus på uddannelse"), strict=True):
        says(f.tekst, want)
    says_in(p.kildenote, "'progresssion'")
    assert "kun" not in (p.kildenote or "")
    assert "ProposalsRecorded" in _kinds(s, "3")


@facts.check(245, "udfald DAS valgte tre produkter")
def _out3(s: Socialaftale) -> None:
    # "drøfter forslag" (l. 226) and DAS chose (l. 245): decided, not against the indstilling
    assert _dec(s, "3").outcome == "decided"


@facts.check(249, "mandat: Fokus på uddannelse; Samarbejde mellem myndighed og udfører; "
                  "Vidensbreve")
def _mandate3(s: Socialaftale) -> None:
    g = _group(s, "egenmestring")
    assert g.mandat == "Fokus på uddannelse; Samarbejde mellem myndighed og udfører; Vidensbreve"
    assert (g.mandater[-1].status, g.mandater[-1].beslutning) == ("ændret", "das-2019-10-24 pkt. 3")


@facts.check(243, "DAS: fælles mindset uden at være for indgribende")
def _mindset(s: Socialaftale) -> None:
    last = _group(s, "egenmestring").mandater[-1]
    assert (last.status, last.beslutning) == ("ændret", "das-2019-10-24 pkt. 3")
    says_in(last.grund, "særligt interesseret i, hvordan vi skabte et fælles mindset på tværs "
                        "af kommunerne og fagligheder uden, at det blev for indgribende og for "
                        "omfattende")


@facts.words(257, "enighed om fælles retningslinjer for køb/salg af pladser mv.")
def _enighed(s: Socialaftale) -> None:
    assert _dec(s, "3").bemaerkninger == (
        "Der var enighed om, at det vil kunne gavne samarbejdet på tværs, hvis der udarbejdes "
        "nogle fælles retningslinjer for køb/salg af pladser, samt den løbende opfølgning, "
        "herunder forventningsafstemning og klar rollefordeling.",)


@facts.check(237, "præsentationen vedhæftet referatet")
def _slides(s: Socialaftale) -> None:
    (b,) = s.meeting_text(M).bilag
    assert b.punkt == "3"
    says(b.tekst, "Vedhæftet referatet er præsentationen, hvor de foreslåede produkter fremgår "
                  "af sidste slide.")


# -- item 4: NT -------------------------------------------------------------------------

facts.cannot(278, "NT: potentiale 27 mio. kr. årligt", why=(
    "NT's own estimate in the item's Baggrund (l. 278-280); the model keeps the agreement's "
    "budgets and rates, not a third party's savings estimate, and has no field for an item's "
    "Baggrund. The resumé and sagsfremstilling are recorded verbatim."))


@facts.check(314, "NT præsenterede besparelsesmuligheder")
def _nt(s: Socialaftale) -> None:
    says_in(_dec(s, "4").referat,
            "Underdirektør Nicolai B. Sørensen fra NT flekstrafik præsenterede, hvilke "
            "overordnede besparelsesmuligheder de kunne se for kommunerne i forhold til "
            "flekstrafik.")
    says(_item(s, "4").indleder, "Nicolai B. Sørensen")
    assert _person(s, "Nicolai B. Sørensen")[:3] == ("gæst", "Flex Trafik", ("4",))


@facts.words(320, "NT reinvesterer i nyt IT-system")
def _nt_it(s: Socialaftale) -> None:
    # NT's account in the referat (l. 320-322), no fact of the agreement: the referat's words,
    # now the minutes' whole referat (it was cut after the first sentence)
    assert ("I forbindelse med, at NT skal reinvestere i nyt IT system, har de også set på "
            "kommunernes muligheder for at effektivisere driften.") in _dec(s, "4").referat
facts.cannot(330, "administrationsbidrag 19 -> 23 kr. pr. tur", why=(
    "NT's administrationsbidrag per trip (l. 330) is not a takst of an offer in the "
    "tilbudsvifte nor a budget line of the agreement; the model has no rate of a third party. "
    "It stands verbatim in the referat."))


@facts.check(334, "NT har aftalt møder med alle kommuner (bilaterale drøftelser)")
def _nt_meetings(s: Socialaftale) -> None:
    ansvarlig, leverance, frist = _action(s, "das-2019-10-24-4a")
    assert (ansvarlig, frist) == ("NT flekstrafik", "frist ukendt")
    says_in(leverance, "'bilaterale drøftelser' med hver af de nordjyske kommuner")


# -- item 5 ----------------------------------------------------------------------------

@facts.check(391, "FU 2.10.: initiativ a-c ikke længere relevante; nyt fokus (3 spørgsmål)")
def _fu_0210(s: Socialaftale) -> None:
    # l. 391-405: FU on 2 October set the initiatives a-c (l. 373-385) aside and proposed three
    # questions as the focus, put to item 5; FU's minutes are not in the record (external).
    # L391-395 state no decision: FU 'drøftede … og var enige om' and 'vurderede', so the
    # store tells it in the source's verb, never as 'besluttet af FU'.
    (p,) = s.proposals(M, "5")
    assert p.af == "FU" and p.besluttet_af is not None
    assert p.besluttet_af.endswith(" (2. oktober 2019, ifølge kilden)"), p.besluttet_af
    assert "besluttet" not in p.besluttet_af
    says(p.besluttet_af, "FU var enige om (2. oktober 2019, ifølge kilden)")
    assert [f.nummer for f in p.tilsidesat] == ["a", "b", "c"]
    assert [f.nummer for f in p.forslag] == [None, None, None]
    says_in(p.ekstern_tekst, "initiativerne ikke længere er relevante")
    for f, want in zip(p.forslag, ("Hvordan håndterer vi borgere med lettere psykiatriske",
                                   "Hvordan håndterer vi de svære sager i socialpsykiatrien?",
                                   "Hvordan sikrer vi i socialpsykiatrien et rettidigt"),
                       strict=True):
        says_in(f.tekst, want)
    says_in(p.tilsidesat[0].tekst, "hindrer genindlæggelser")


def _anette(s: Socialaftale) -> None:
    (role,) = s.person_roles("Anette Sloth")
    assert (role.rolle, role.hvor) == ("fast inviteret til DAS social møder",
                                       "DAS (for behandlingspsykiatrien)")
    (t,) = s.person("Anette Sloth").tilknytninger
    assert (t.organisation, t.rolle) == ("behandlingspsykiatrien", "direktør")
    (f,) = [f for f in s.facts_of_decision(M, "12") if f.kind == "PersonAppointed"]
    assert (f.sag, f.besluttet_af) == (
        "psykiatrien", "besluttet af FU (dato ikke angivet) (ifølge kilden)")


facts.check(439, "FU: direktør Anette Sloth inviteres fremadrettet til DAS social møder")(_anette)
facts.check(1269, "FU: Anette Sloth inviteres fremadrettet til DAS social møder")(_anette)


@facts.check(491, "fællesmøde formandskab DAS Social / Sundhedsstrategisk Forum")
def _faellesmoede(s: Socialaftale) -> None:
    ansvarlig, leverance, frist = _action(s, "das-2019-10-24-5a")
    assert (ansvarlig, frist) == (None, "frist ukendt")
    says_in(leverance, "fællesmøde mellem formandskabet for DAS Social og Sundhedsstrategisk Forum")


@facts.words(497, "temadag relevant; invitere politiet")
def _politi(s: Socialaftale) -> None:
    # the referat's own words (a remark of DAS, not an action: no one is asked to invite)
    assert ("DAS fandt temadagen meget relevant. Det blev foreslået, at man inviterede politiet "
            "til at deltage") in _dec(s, "5").referat


def _forslag(i: int, want: str) -> Check:
    def check(s: Socialaftale) -> None:
        b = _dec(s, "5").bemaerkninger
        assert len(b) == 3 and b[i] == want
    return check


facts.words(505, "forslag: dobbeltdiagnose")(_forslag(
    0, "Borgere med dobbeltdiagnose (demens og psykiske lidelser)"))
facts.words(507, "forslag: de rette tilbud (ikke psykotiske, massiv støtte)")(
    _forslag(1, "Har vi overordnet de rette tilbud i kommunerne og regionen, særligt de borgere, "
                "som ikke er psykotiske og ikke passer til de særlige pladser, men som har brug "
                "for massiv støtte."))
facts.words(511, "forslag: samarbejde om dem med største udfordringer; borgercases")(
    _forslag(2, "Hvordan arbejder vi sammen omkring de borgere med de største udfordringer. "
                "Kunne man tage borgercases op, som man kan lære fra."))


# -- item 6 ----------------------------------------------------------------------------

@facts.check(532, "gruppen eksisterede (fokus hidtil førtidspensionister)")
def _besk_known(s: Socialaftale) -> None:
    g = _group(s, "beskaeftigelse")
    assert (g.nedsat_ved, g.kendt_fra) == (None, "kendt fra 2019-10-24 (003_dac07bbacd9158aa.txt)")
    first = g.mandater[0]
    assert (first.status, first.beslutning, first.mandat) == (
        "kendt", None, "borgere med førtidspension, som gerne vil i beskæftigelse")


@facts.check(534, "temadag/workshop 'd. 6. marts 2019' (slip; årshjul siger 6. marts 2020)")
def _temadag_slip(s: Socialaftale) -> None:
    m = _group(s, "beskaeftigelse").naeste_milepael
    assert m is not None and m.dato == date(2020, 3, 6)
    assert "temadag/workshop" in m.beskrivelse  # the recorder's description, no words
    says_in(_dec(s, "6").note, "'temadag/workshop d. 6. marts 2019'")
    assert date(2020, 3, 6) in [p.dato for p in s.aarshjul(2020)]


@facts.check(538, "pjece til førtidspensionister")
def _pjece(s: Socialaftale) -> None:
    # The group's own work (l. 536-538), a task known from the minutes, given by no decision
    # the record holds and with no deadline: not an action of DAS.
    assert _group(s, "beskaeftigelse").opgaver == (
        "Endvidere udarbejder arbejdsgruppen en pjece rettet mod førtidspensionister, som "
        "fortæller om deres muligheder. Pjecen kan benyttes af alle kommunerne.",)
    assert not [a for a in s.actions(date(2019, 10, 24))
                if a.meeting_id == M and "pjece" in a.leverance]


def _member(rolle_start: str) -> Check:
    def check(s: Socialaftale) -> None:
        g = _group(s, "beskaeftigelse")
        (m,) = [x for x in g.medlemmer if rolle_start in x]
        assert m.startswith("(ikke navngivet) – Leder (alternativt nøgleperson) fra ")
        assert m.endswith("(udpeges af B&U direktørerne)")
    return check


facts.check(554, "nyt medlem: leder fra myndighed, ungeområdet (udpeges af B&U)")(
    _member("fra myndighed på ungeområdet"))
facts.check(556, "nyt medlem: leder fra beskæftigelsesindsatsen, ungeområdet")(
    _member("fra beskæftigelsesindsatsen på ungeområdet"))


@facts.check(558, "nyt medlem: Tine Blach, ledende socialrådgiver, Behandlingspsykiatrien")
def _tine(s: Socialaftale) -> None:
    assert "Tine Blach, Behandlingspsykiatrien – ledende socialrådgiver" in _group(
        s, "beskaeftigelse").medlemmer


@facts.check(550, "udvidelsen var besluttet før mødet ('det er besluttet')")
def _before(s: Socialaftale) -> None:
    # l. 550 "er det besluttet": the group has its three new members by the meeting, and no
    # decision of this meeting carries them
    members = _group(s, "beskaeftigelse").medlemmer
    assert len(members) == 3 and members[0].startswith("Tine Blach")
    assert "MemberAdded" not in _kinds(s, "6")
    says_in(_dec(s, "6").note, "'er det besluttet'")


@facts.check(604, "DAS' fokus: dem kommunen ser flest af, beskæftigelse realistisk")
def _focus6(s: Socialaftale) -> None:
    g = _group(s, "beskaeftigelse")
    last = g.mandater[-1]
    assert (last.status, last.beslutning) == ("ændret", "das-2019-10-24 pkt. 6")
    assert "de borgere, som kommunen ser flest af" in last.mandat
    assert "hvor beskæftigelse vurderes realistisk inden for en vis tidsperiode" in last.mandat


# -- item 7 ----------------------------------------------------------------------------

@facts.check(830, "udfald (DAS udpegede som indstillet)")
def _out7(s: Socialaftale) -> None:
    d = _dec(s, "7")
    assert d.outcome == "decided"
    assert [(k.nummer, k.outcome) for k in d.klausuler] == [(1, "not_stated"), (2, "decided")]


@facts.check(628, "procesplan (20.9., 24.10., nov-dec, 3.2.2020, feb-apr, maj, juni, jul-okt "
                 "2020)")
def _procesplan(s: Socialaftale) -> None:
    # The plan DAS agreed on 26 August 2019 (l. 617-637), as årshjul entries carried by that
    # decision: (Tidspunkt, Fora, Formål) of each row; years the plan leaves out are noted.
    plan = [(dato_text(p.dato), p.titel, p.formaal) for a in (2019, 2020) for p in s.aarshjul(a)
            if p.besluttet_af == "besluttet af DAS 26. august 2019 (ifølge kilden)"]
    assert [d for d, _, _ in plan] == [
        "2019-09-20", "2019-10-24", "november-december 2019", "februar-april 2020",
        "2020-02-03", "maj 2020", "juni 2020", "juli-oktober 2020"]
    assert ("november-december 2019", "Politisk niveau og brugerorganisationsniveau/handicapråd",
            "Mulighed for input til de udpegede temaer") in plan
    assert ("juli-oktober 2020", "Byråd og regionsråd", "Politisk godkendelse") in plan
    assert ("2019-10-24", "DAS møde", "Udpege temaer") in plan


facts.cannot(702, "særligt dyre enkeltsager: over 1,77 mio. kr. inkl. refusion", why=(
    "A definition of the analysis the secretariat brings (l. 700-702), no budget, rate or "
    "decision: the model has no definition of a case category."))
@facts.check(717, "FU: højst tre fokusområder")
def _max_three(s: Socialaftale) -> None:
    # FU's recommendation, verbatim in the sagsfremstilling (l. 717-719); DAS chose three
    says_in(_item(s, "7").sagsfremstilling,
            "anbefales det, at der maksimalt udvælges tre fokusområder.")
    st = s.strategy("Nordjysk Socialaftale 2021-2022")
    # the advice is the model's rule (MAX_FOCUS_ADVICE): three chosen, so no warning
    assert st is not None and (len(st.valgt), st.advarsler) == (3, ())


@facts.check(830, "vision Egenmestring uden initiativer")
def _vision(s: Socialaftale) -> None:
    st = s.strategy("Nordjysk Socialaftale 2021-2022")
    assert st is not None
    assert (st.vision, st.beslutning) == (
        "Egenmestring (uden initiativer; udmøntes gennem fokusområderne)", "das-2019-10-24 pkt. 7")


def _fokus(label: str, status: str, titel: str) -> Check:
    def check(s: Socialaftale) -> None:
        st = s.strategy("Nordjysk Socialaftale 2021-2022")
        assert st is not None
        (f,) = [f for f in (*st.valgt, *st.ikke_valgt, *st.lagt_sammen) if f.label == label]
        assert (f.status, f.titel) == (status, titel)
    return check


facts.check(834, "valgt A En god alderdom med handicap")(_fokus(
    "A", "valgt", "En god alderdom med handicap"))
facts.check(836, "valgt D Flere borgere ... socialpsykiatrien")(_fokus(
    "D", "valgt", "Flere borgere med behov for hjælp i socialpsykiatrien"))
facts.check(759, "B ikke valgt")(_fokus(
    "B", "ikke_valgt", "Overgang fra ungeområdet – særligt psykisk sårbare unge"))
facts.check(787, "E Sundhed i pædagogik ikke valgt")(_fokus(
    "E", "ikke_valgt", "Sundhed i pædagogik"))


@facts.check(838, "valgt 'E: Fokus på specialiseringen/tilbudsstrukturen'")
def _e_as_f(s: Socialaftale) -> None:
    # the proposals (l. 793) call it F, the decision (l. 838) E: kept under F, the slip shown
    # in the strategy's source note, with the decision's facts
    _fokus("F", "valgt", "Fokus på specialiseringen/tilbudsstrukturen på socialområdet i "
                         "Nordjylland")(s)
    st = s.strategy("Nordjysk Socialaftale 2021-2022")
    assert st is not None
    says_in(st.kildenote, "beslutningen kalder det E")
    (f,) = [f for f in s.facts_of_decision(M, "7") if f.kind == "StrategyChosen"]
    says_in(f.note, "beslutningen kalder det E")  # shown with the decision too


@facts.check(842, "C lægges sammen med specialiseringsområdet")
def _c(s: Socialaftale) -> None:
    st = s.strategy("Nordjysk Socialaftale 2021-2022")
    assert st is not None
    assert [(f.label, f.lagt_sammen_med) for f in st.lagt_sammen] == [("C", "F")]


@facts.check(848, "FU godkender sagsfremstilling til socialudvalg og handicapråd")
def _fu7(s: Socialaftale) -> None:
    ansvarlig, leverance, _ = _action(s, "das-2019-10-24-7a")
    assert ansvarlig == "FU"
    says_in(leverance, "'sagsfremstilling til socialudvalgene og handicaprådene'")


# -- item 8 ----------------------------------------------------------------------------

@facts.words(855, "resumé")
def _resume8(s: Socialaftale) -> None:
    assert _item(s, "8").resume == (
        "DAS skal godkende, hvilke tilbud der skal være en del af socialaftalens tilbudsvifte i "
        "2020, og herunder være underlagt Styringsaftalen.")


@facts.check(988, "udfald: alle godkendt undtagen TI/HCN")
def _out8(s: Socialaftale) -> None:
    d = _dec(s, "8")
    assert (d.outcome, d.afledt) == ("mixed", True)
    outcomes = [(x.id, x.outcome) for x in d.sager]
    assert len(outcomes) == 9
    assert [i for i, o in outcomes if o != "approved"] == ["ti-hcn"]
    assert _sag(s, "8", "ti-hcn").outcome == "rejected_with_reasons"


@facts.check(865, "frist takster 25. november")
def _frist_takster(s: Socialaftale) -> None:
    f = s.frister(2020)
    assert f is not None and f.takster == date(2019, 11, 25)


@facts.check(867, "frist ind-/udmelding 9. oktober")
def _frist_ind(s: Socialaftale) -> None:
    f = s.frister(2020)
    assert f is not None and f.ind_udmelding == date(2019, 10, 9)
    (a,) = s.anmodninger(2020)
    assert a.frist == date(2019, 10, 9)


@facts.check(913, "Kirketoften 28 -> 27 socialaftalepladser (1 kommunal aflastningsplads)")
def _kirketoften(s: Socialaftale) -> None:
    assert _offer(s, "mariagerfjord/kirketoften", date(2019, 12, 31)) == ("Botilbud Kirketoften",
                                                                          28)
    (o,) = [o for o in s.tilbudsvifte(date(2020, 1, 1)) if o.key == "mariagerfjord/kirketoften"]
    assert o.pladser == 27
    assert [(p.antal, p.omfattet) for p in o.pladsdele] == [(1, False)]
    assert _kinds(s, "8", "kirketoften") == ["PladserChanged"]


@facts.check(918, "Kernen -> Aktivitetshuset Hobro 1.1.2020, § 104, 31 pladser")
def _kernen(s: Socialaftale) -> None:
    assert _offer(s, "mariagerfjord/kernen", date(2020, 1, 1)) == ("Aktivitetshuset Hobro", 31)
    assert _offer(s, "mariagerfjord/kernen", date(2019, 12, 31)) == (
        "Aktivitetstilbud Kernen", None)
    (o,) = [o for o in s.tilbudsvifte(date(2020, 1, 1)) if o.key == "mariagerfjord/kernen"]
    assert [(x.lov, x.paragraf) for x in o.lovgrundlag] == [("SEL", "104")]


@facts.check(925, "Kirketoften, afd. Aktivitet lukket og udgår")
def _kt_aktivitet(s: Socialaftale) -> None:
    assert _offer(s, "mariagerfjord/kirketoften-aktivitet", date(2020, 1, 1)) is None
    (closed,) = [h for h in s.tilbud_history("mariagerfjord/kirketoften-aktivitet")
                 if h.kind == "TilbudClosed"]
    assert "dato ikke oplyst" in closed.summary


@facts.words(926, "borgerne revisiteret til Aktivitetshuset Hobro")
def _revisiteret(s: Socialaftale) -> None:
    # the table's words (l. 925-926), verbatim in the sagsfremstilling; the model holds offers,
    # not citizens' visitation, so no offer fact says it
    assert ("Kirketoften, afd. Aktivitet (§105) Tilbuddet er lukket og udgår dermed af "
            "socialaftalen. Borgerne er revisiteret til Aktivitetshuset Hobro."
            in (_item(s, "8").sagsfremstilling or ""))
    assert _offer(s, "mariagerfjord/kernen", date(2020, 1, 1)) == ("Aktivitetshuset Hobro", 31)


@facts.check(928, "Kærvej opsplittet: bo 15 (§105 stk.1); samvær/aktivitet §104 13 interne "
                  "+ 4 eksterne")
def _kaervej(s: Socialaftale) -> None:
    day = date(2020, 1, 1)
    assert _offer(s, "mariagerfjord/kaervej", day) is None
    assert _offer(s, "mariagerfjord/kaervej-bo", day) == ("Botilbud Kærvej, bodel", 15)
    (a,) = [o for o in s.tilbudsvifte(day) if o.key == "mariagerfjord/kaervej-aktivitet"]
    assert [p.antal for p in a.pladsdele] == [13, 4]


@facts.check(936, "Specialenheden 23 -> 30")
def _special(s: Socialaftale) -> None:
    assert _offer(s, "mariagerfjord/specialenheden", date(2019, 12, 31)) == ("Specialenheden", 23)
    assert _offer(s, "mariagerfjord/specialenheden", date(2020, 1, 1)) == ("Specialenheden", 30)


@facts.check(938, "Skovvænget og Vestervang lukket 15.4.2019; Bostedet Aars (§108) åbnet")
def _aars(s: Socialaftale) -> None:
    before, after = date(2019, 4, 14), date(2019, 4, 15)
    assert _offer(s, "region-nordjylland/skovvaenget", before) is not None
    assert _offer(s, "region-nordjylland/skovvaenget", after) is None
    assert _offer(s, "region-nordjylland/vestervang", after) is None
    assert _offer(s, "region-nordjylland/bostedet-aars", after) == ("Bostedet Aars", None)


@facts.check(941, "Rehabiliteringscenter Strandgården (Region) lukket pr. 31.12.2018")
def _strandgaarden(s: Socialaftale) -> None:
    # Known only as it closes (l. 941-944): known to exist on 31.12.2018, start unknown, so
    # the vifte shows it on no day; the closure is carried by item 8's sag strandgaarden.
    known, closed = s.tilbud_history("region-nordjylland/strandgaarden")
    assert (known.kind, known.effective_on, known.decision) == (
        "TilbudRegistered", date(2018, 12, 31), None)
    assert "hvornår tilbuddet kom i viften, vides ikke" in known.summary
    assert "Region Nordjylland" in known.summary
    assert closed.decision is not None
    assert (closed.kind, closed.effective_on, closed.decision.meeting, closed.decision.item) == (
        "TilbudClosed", date(2018, 12, 31), M, "8")
    assert _offer(s, "region-nordjylland/strandgaarden", date(2018, 12, 31)) is None
    assert "strandgaarden" in [f.sag for f in s.facts_of_decision(M, "8")
                               if f.kind == "TilbudClosed"]


@facts.check(946, "Botilbuddet Rosenvænget lukket pr. 1.10.2019")
def _rosen(s: Socialaftale) -> None:
    assert _offer(s, "vesthimmerland/rosenvaenget", date(2019, 9, 30)) is not None
    assert _offer(s, "vesthimmerland/rosenvaenget", date(2019, 10, 1)) is None


@facts.check(951, "Aalborgs udmelding af TI/HCN (efter 31.12.2019) som orienteringssag")
def _udmelding(s: Socialaftale) -> None:
    (a,) = s.anmodninger(2020)
    assert (a.key, a.art, a.aar, a.status) == ("aalborg/ti-hcn", "udmelding", 2020, "afvist")
    assert _kinds(s, "8", "ti-hcn")[0] == "UdmeldingRequested"


@facts.check(958, "Aalborgs begrundelse: forsyningsforpligtelse ophævet; bilaterale aftaler")
def _begrundelse(s: Socialaftale) -> None:
    (e,) = [r.event for r in s.events() if type(r.event).__name__ == "UdmeldingRequested"]
    b = e.begrundelse
    assert len(b) == 3
    says_in(b[0], "truffet beslutning om at ophæve Taleinstituttet/Hjerneskadecenter "
                  "Nordjyllands forsyningsforpligtigelse")
    says_in(b[2], "Aalborg Kommune vil fremadrettet indgå bilaterale aftaler")


_GRUNDE = [
    (991, "grund 1 præcedens 2018", "DAS følger præcedens for 2018"),
    (993, "grund 2 tre kommuner bilaterale aftaler",
     "Tre kommuner har lavet formaliseret bilaterale aftaler"),
    (995, "grund 3 øvrige kommuner vil benytte", "Øvrige kommuner ønsker at benytte tilbuddet"),
    (997, "grund 4 højt specialiseret, unikt",
     "TI/HCN er et højtspecialiseret tilbud, som er unikt i Nordjylland."),
    (999, "grund 5 præcedensrisiko (3-4 køberkommuner)",
     "Hvis TI/HCN, som højt specialiseret tilbud, kan trækkes ud"),
    (1003, "grund 6 KKR/byråd: ud af forstærket samarbejde, forbliver i rammeaftalen",
     "KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt"),
]


def _grund(i: int, start: str) -> Check:
    def check(s: Socialaftale) -> None:
        (a,) = s.anmodninger(2020)
        assert len(a.grunde) == 6
        says_in(a.grunde[i], start)
        assert _sag(s, "8", "ti-hcn").bemaerkninger == a.grunde
    return check


for _i, (_line, _fact, _start) in enumerate(_GRUNDE):
    facts.check(_line, _fact)(_grund(_i, _start))


@facts.check(1003, "TI/HCN ud af forstærket samarbejde (besluttet af KKR/byråd)")
def _leave(s: Socialaftale) -> None:
    (f,) = [f for f in s.facts_of_decision(M, "8") if f.kind == "ForstaerketSamarbejdeLeft"]
    assert (f.sag, f.besluttet_af) == (
        "ti-hcn", "besluttet af KKR og de nordjyske byråd (dato ikke angivet) (ifølge kilden)")
    (o,) = [o for o in s.tilbudsvifte(date(2020, 1, 1)) if o.key == "aalborg/ti-hcn"]
    assert o.forstaerket_samarbejde is False  # out of the forstærkede samarbejde, in the vifte


# -- item 9 ----------------------------------------------------------------------------

facts.cannot(1025, "ca. 150 i DK, ca. 4 fødsler/år, 8 kendte nordjyske børn; eneste region "
                   "uden tilbud", why=(
    "Figures of a target group's size in the Baggrund (l. 1025-1043): the model has no "
    "target-group statistics (RecordPopulation is a municipality's population); the resumé "
    "('der ikke findes et målrettet tilbud til denne målgruppe') is recorded verbatim."))


@facts.words(1111, "henvendelse fra speciallæge")
def _speciallaege(s: Socialaftale) -> None:
    assert _dec(s, "9").referat.startswith(
        "Region Nordjylland redegjorde for den henvendelse de har fået fra en speciallæge.")
    assert "Stense Farholt" in (_item(s, "9").resume or "")


@facts.words(1113, "borgere får brug for botilbud inden for få år; nærmeste i Midtjylland; "
                   "nybyggeri på bar mark")
def _behov(s: Socialaftale) -> None:
    # the referat's words: Region's account, no decision or fact of the agreement
    r = _dec(s, "9").referat
    for part in ("der borgere, som inden for få år har brug for et botilbud",
                 "Nærmeste tilbud ligger i Midtjylland",
                 "et nyt byggeri på en bar mark langt ude på landet"):
        assert part in r


@facts.words(1113, "intet tilbud i Nordjylland")
def _intet(s: Socialaftale) -> None:
    assert "Der findes ikke tilbud til målgruppen i Nordjylland." in _dec(s, "9").referat


@facts.words(1121, "regionen kender ikke antallet af voksne")
def _ukendt(s: Socialaftale) -> None:
    assert ("Region Nordjylland har ikke kendskab til, hvor mange nordjyske voksne, der har "
            "prader willis syndrom.") in _dec(s, "9").referat


@facts.check(1122, "region + sekretariat afdækker antallet (ingen frist)")
def _afdaekning(s: Socialaftale) -> None:
    ansvarlig, leverance, frist = _action(s, "das-2019-10-24-9a")
    assert (ansvarlig, frist) == ("Region Nordjylland og sekretariatet", "frist ukendt")
    says_in(leverance, "Prader-Willis")


# -- item 10 ---------------------------------------------------------------------------

@facts.words(1184, "præcisering: styrke den gode dialog, ikke mere dialog")
def _praecisering(s: Socialaftale) -> None:
    assert _dec(s, "10").referat == (
        "Oplægget blev godkendt med en lille præcisering om, at der ikke ønskes mere dialog "
        "mellem tilsynet og kommunerne, men at den gode dialog, som allerede foregår styrkes.")


@facts.check(1162, "oplægget til KKR 16.11.2019")
def _kkr(s: Socialaftale) -> None:
    ansvarlig, leverance, frist = _action(s, "das-2019-10-24-10a")
    assert (ansvarlig, frist) == (None, "2019-11-16")
    says(leverance, "'Oplægget indstilles til KKR'")


@facts.words(1162, "slip: 'drøftes med KDK på mødet den 25. august 2019' (før mødet)")
def _slip_kdk(s: Socialaftale) -> None:
    """The fact is the minutes' own wording, a slip: shown to the reader in the decision's
    source note, which quotes it (checked verbatim); no structured fact holds a slip."""
    says_in(_dec(s, "10").note, "'drøftes med KDK på mødet den 25. august 2019' (før dette møde")


@facts.words(1140, "slip: KKR 21.6.2019 drøftede 'årsrapporten ... for 2019'")
def _slip_aarsrapport(s: Socialaftale) -> None:
    """As the row above: the slip is the minutes' wording, quoted in the source note."""
    says_in(_dec(s, "10").note, "'årsrapporten for Socialtilsyn Nord for 2019'")


# -- item 11 ---------------------------------------------------------------------------

@facts.check(1238, "ønske: årshjul med faste punkter på DAS-møderne")
def _oenske(s: Socialaftale) -> None:
    ansvarlig, leverance, frist = _action(s, "das-2019-10-24-11a")
    assert (ansvarlig, frist) == (None, "frist ukendt")
    says_in(leverance, "hvilke faste punkter der er på de forskellige DAS møder")


_EVENTS = [
    (1204, "15.1.2020 temadag psykiatri", date(2020, 1, 15),
     "Temadag om borgere med psykiatriske lidelser og komplekse forløb"),
    (1208, "3.2.2020 temadag Socialaftale 2021-2022", date(2020, 2, 3),
     "Temadag om Nordjysk Socialaftale 2021-2022"),
    (1212, "24.2.2020 handicapråd temadag", date(2020, 2, 24), "Handicapråd temadag"),
    (1214, "6.3.2020 temadag beskæftigelse", date(2020, 3, 6),
     "Temadag om beskæftigelse for borgere med førtidspension"),
    (1218, "17.8.2020 Socialpolitisk dialogforum", date(2020, 8, 17),
     "Socialpolitisk dialogforum 2020"),
]


def _event(day: date, titel: str) -> Check:
    def check(s: Socialaftale) -> None:
        assert (day, titel) in [(p.dato, p.titel) for p in s.aarshjul(2020)]
    return check


for _line, _fact, _day, _titel in _EVENTS:
    facts.check(_line, _fact)(_event(_day, _titel))


# -- item 12 ---------------------------------------------------------------------------

@facts.check(1253, "FU: fokusområde 3 ikke selvstændigt initiativ")
def _fokus3(s: Socialaftale) -> None:
    # FU's decision (l. 1253) is a sub-matter of item 12 taken to efterretning, FU's words as
    # its remark; the 2018-2020 strategy it concerns is not in the record
    sag = _sag(s, "12", "fokusomraade-3")
    assert (sag.titel, sag.outcome) == ("Udmøntning af fokusområde 3: Nye samarbejdsformer",
                                        "noted")
    says(sag.bemaerkninger[0], ("FU vurderer ikke, at fokusområdet skal udmøntes som et "
                                    "selvstændigt initiativ, men spilles ind, når der er behov "
                                    "for det."))


@facts.check(1257, "FU: Socialpolitisk forum tilføjes som ny samarbejdsform")
def _socialpolitisk_forum(s: Socialaftale) -> None:
    # FU's agreement (l. 1257), the sub-matter's second remark; no forum is registered: the
    # minutes add a form of collaboration, they do not found a body
    sag = _sag(s, "12", "fokusomraade-3")
    says(sag.bemaerkninger[1], "Det aftales, at Socialpolitisk forum skal tilføjes som ny "
                               "samarbejdsform.")
    assert not [f for f in s.fora() if "socialpolitisk" in f.navn.lower()]


@facts.check(1263, "FU: Dorte Juul inviteres til næste FU-møde")
def _dorte(s: Socialaftale) -> None:
    ansvarlig, leverance, frist = _action(s, "das-2019-10-24-12a")
    assert (ansvarlig, frist) == (None, "frist ukendt")
    says(leverance, "'Dorte Juul inviteres med til næste FU møde med henblik på en sådan snak'")
    assert _sag(s, "12", "fokusomraade-3").outcome == "noted"


@facts.check(1289, "FU: udbud/efterspørgsel vurderes ved drøftelse på DAS 13.1.2020")
def _udbud(s: Socialaftale) -> None:
    ansvarlig, leverance, frist = _action(s, "das-2019-10-24-12b")
    assert (ansvarlig, frist) == (None, "2020-01-13")
    says_in(leverance, "vurderes via en drøftelse på DAS mødet den 13. januar 2020")
