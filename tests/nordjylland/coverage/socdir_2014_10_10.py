"""The inventory's rows for socdir-2014-10-10, each answered through the public API or explained.

Minute lines refer to the minutes file this record cites (examples/nordjylland/kilder/).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from socialaftale import Socialaftale

from . import Facts, says, says_in, without_words
from .blanked import GONE

facts = Facts("socdir-2014-10-10")

M = "socdir-2014-10-10"
HELD = date(2014, 10, 10)
DAY_AFTER = date(2014, 10, 11)


# --- small readers over the public API ------------------------------------------------------

def _meeting(s: Socialaftale, meeting_id: str = M) -> Any:
    (m,) = [m for m in s.meetings() if m.meeting_id == meeting_id]
    return m


def _decision(s: Socialaftale, punkt: str) -> Any:
    (d,) = [d for d in s.decisions() if d.meeting_id == M and d.punkt == punkt]
    return d


def _sag(s: Socialaftale, punkt: str, sag: str) -> Any:
    (x,) = [x for x in _decision(s, punkt).sager if x.id == sag]
    return x


def _action(s: Socialaftale, action_id: str) -> Any:
    (a,) = [a for a in s.actions(DAY_AFTER, open_only=False)
            if a.meeting_id == M and a.action_id == action_id]
    return a


def _present(s: Socialaftale, navn: str) -> Any:
    (p,) = [p for p in s.fremmoede(M) if p.navn == navn]
    return p


def _words(text: str) -> str:
    return " ".join(text.split())


def _remarked(s: Socialaftale, punkt: str, text: str, sag: str | None = None) -> None:
    """``text`` is one of the decision's (or sub-matter's) remarks, word for word."""
    remarks = (_sag(s, punkt, sag) if sag else _decision(s, punkt)).bemaerkninger
    assert _words(text) in [_words(r) for r in remarks], remarks


def _section(s: Socialaftale, punkt: str, *, referat: bool = False) -> list[str]:
    """The item's lines in the dagsorden (or referat) as Markdown, unescaped."""
    md = (s.referat_markdown if referat else s.dagsorden_markdown)(M)
    lines = md.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith(f"## {punkt}. "))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
               len(lines))
    return [re.sub(r"\\(.)", r"\1", x) for x in lines[start:end]]


def _listed(s: Socialaftale, punkt: str, label: str) -> list[str]:
    """The entries under ``**label**`` (Indstilling, Bilag) of the item on the dagsorden."""
    lines = _section(s, punkt)
    i = lines.index(f"**{label}**") + 1
    while not lines[i].startswith("- "):
        i += 1
    out = []
    while i < len(lines) and lines[i].startswith("- "):
        out.append(lines[i][2:])
        i += 1
    return out


def _sagsfremstilling(s: Socialaftale, punkt: str) -> str:
    """The item's text before the indstilling, as the dagsorden shows it (one paragraph)."""
    lines = _section(s, punkt)
    return lines[lines.index("**Sagsfremstilling**") + 2]


def _says_in_one(texts: Any, part: str) -> None:
    """``part`` stands in one of ``texts`` (on the store without words: one of them was taken
    away), so a structured check may name a note or remark among several."""
    texts = list(texts)
    if without_words().removed:
        assert any(GONE in t for t in texts), texts
    else:
        assert any(_words(part) in _words(t) for t in texts), (texts, part)


def _milestone(s: Socialaftale, as_of: date) -> Any:
    (g,) = [g for g in s.groups(as_of) if g.key == "takstanalyse"]
    return g.naeste_milepael


def _group(s: Socialaftale) -> Any:
    (g,) = [g for g in s.groups(DAY_AFTER) if g.key == "takstanalyse"]
    return g


# --- the meeting ----------------------------------------------------------------------------

@facts.check(12, "forum Socialdirektørkredsen")
def _forum(s: Socialaftale) -> None:
    assert _meeting(s).body == "SOCDIR"
    assert s.forum("SOCDIR").navn == "Socialdirektørkredsen"


@facts.check(14, "tid 10.10.2014 kl. 9.00-12.00 (NB ...)")
def _tid(s: Socialaftale) -> None:
    m = _meeting(s)
    assert (m.dato, m.tid) == (HELD, "kl. 9.00-12.00 (NB: bemærk forventet sluttidspunkt)")


@facts.check(16, "sted Hjerneskadecenter Nordjylland og Taleinstituttet, Borgmester Jørgensens"
                 " Vej 2B")
def _sted(s: Socialaftale) -> None:
    assert _meeting(s).sted == ("Hjerneskadecenter Nordjylland og Taleinstituttet (Tale/sprog),"
                                " Borgmester Jørgensens Vej 2B, 9000 Aalborg")


@facts.check(31, "Sagsnr./Dok.nr. 2014-209 / 2014-305635")
def _sagsnr(s: Socialaftale) -> None:
    assert _meeting(s).sagsnr == "2014-209 / 2014-305635"


PRESENT = [
    (19, "deltager Alice Aagaard-Hagemann (Aalborg, ÆH)", "Alice Aagaard-Hagemann",
     "Aalborg Kommune, Ældre- og Handicap"),
    (19, "deltager Dorthe Jende (Vesthimmerland)", "Dorthe Jende", "Vesthimmerlands Kommune"),
    (21, "deltager Henrik Aarup-Kristensen (Brønderslev)", "Henrik Aarup-Kristensen",
     "Brønderslev Kommune"),
    (22, "deltager Henrik Leth (Morsø)", "Henrik Leth", "Morsø Kommune"),
    (22, "deltager Jan Lund-Andersen (Jammerbugt)", "Jan Lund-Andersen", "Jammerbugt Kommune"),
    (22, "deltager Leif Serup (Hjørring)", "Leif Serup", "Hjørring Kommune"),
    (23, "deltager Lone Becker (Thisted)", "Lone Becker", "Thisted Kommune"),
    (23, "deltager Martin Østergaard Christensen (Aalborg, Skoleforvaltningen)",
     "Martin Østergaard Christensen", "Aalborg Kommune, Skoleforvaltningen"),
    (24, "deltager Rikke Albrektsen (Frederikshavn)", "Rikke Albrektsen", "Frederikshavn Kommune"),
    (24, "deltager Thomas Gajhede Haugaard (Sekretariat)", "Thomas Gajhede Haugaard",
     "Sekretariat for Rammeaftaler"),
]


def _attended(navn: str, organisation: str) -> Any:
    def check(s: Socialaftale) -> None:
        p = _present(s, navn)
        assert (p.art, p.organisation, p.punkter, p.referent) == (
            "deltog", organisation, (), False)
    return check


for _line, _fact, _navn, _org in PRESENT:
    facts.check(_line, _fact)(_attended(_navn, _org))


@facts.check(20, "deltager Hans Chr. Mariegaard (Aalborg FB; deltog pkt 1-3)")
def _mariegaard(s: Socialaftale) -> None:
    p = _present(s, "Hans Chr. Mariegaard")
    assert (p.art, p.organisation, p.punkter) == (
        "deltog", "Aalborg Kommune, Familie- og Beskæftigelse", ("1", "2", "3"))
    assert "Hans Chr. Mariegaard" in [x.navn for x in s.fremmoede(M, "3")]
    assert "Hans Chr. Mariegaard" not in [x.navn for x in s.fremmoede(M, "4")]


@facts.check(25, "deltager Lone Boelt Møller (Sekretariat/ref.)")
def _boelt_moeller(s: Socialaftale) -> None:
    p = _present(s, "Lone Boelt Møller")
    assert (p.art, p.organisation, p.rolle) == ("deltog", "Sekretariat for Rammeaftaler", "ref.")


@facts.check(25, "referent Lone Boelt Møller")
def _referent(s: Socialaftale) -> None:
    assert _meeting(s).referent == ("Lone Boelt Møller",)
    assert [p.navn for p in s.fremmoede(M) if p.referent] == ["Lone Boelt Møller"]


AFBUD = [
    (28, "afbud Hanne Madsen (Jammerbugt)", "Hanne Madsen", "Jammerbugt Kommune"),
    (28, "afbud Jens Nørgaard (Mariagerfjord)", "Jens Nørgaard", "Mariagerfjord Kommune"),
    (29, "afbud Ulrik Andersen (Rebild)", "Ulrik Andersen", "Rebild Kommune"),
    (29, "afbud Benjamin Holst (KKR sekretariat)", "Benjamin Holst", "KKR sekretariat"),
]


def _sent_regrets(navn: str, organisation: str) -> Any:
    def check(s: Socialaftale) -> None:
        (f,) = [f for f in s.attendance("SOCDIR", HELD, HELD) if f.navn == navn]
        assert (f.afbud, f.moeder) == ((HELD,), ())
        assert f"{navn} ({organisation})" in _meeting(s).afbud
    return check


for _line, _fact, _navn, _org in AFBUD:
    facts.check(_line, _fact)(_sent_regrets(_navn, _org))


GUESTS = [
    (171, "oplægsholder Jens Martin Sletting Hansen, centerchef (pkt 4)",
     "Jens Martin Sletting Hansen", "centerchef"),
    (172, "oplægsholder Anette Krusborg, afdelingsleder", "Anette Krusborg", "afdelingsleder"),
    (172, "oplægsholder Anne Fuglsang, afdelingsleder", "Anne Fuglsang", "afdelingsleder"),
    (172, "oplægsholder Bent Agersø, afdelingsleder", "Bent Agersø", "afdelingsleder"),
]


def _presented(navn: str, rolle: str) -> Any:
    def check(s: Socialaftale) -> None:
        p = _present(s, navn)
        assert (p.art, p.rolle, p.punkter) == ("gæst", rolle, ("4",))
        assert navn in [x.navn for x in s.fremmoede(M, "4")]
        assert navn not in [x.navn for x in s.fremmoede(M, "3")]
    return check


for _line, _fact, _navn, _rolle in GUESTS:
    facts.check(_line, _fact)(_presented(_navn, _rolle))


# --- items 1 and 2 --------------------------------------------------------------------------

@facts.check(35, "titel")
def _titel_1(s: Socialaftale) -> None:
    assert _decision(s, "1").titel == "Godkendelse af dagsorden"


@facts.check(37, "udfald Godkendt.")
def _udfald_1(s: Socialaftale) -> None:
    d = _decision(s, "1")
    assert d.outcome == "approved"
    says(d.referat, "Godkendt.")


@facts.check(40, "titel")
def _titel_2(s: Socialaftale) -> None:
    assert _decision(s, "2").titel == "Godkendelse af referat fra mødet den 12. august 2014"


@facts.check(42, "udfald Godkendt.")
def _udfald_2(s: Socialaftale) -> None:
    d = _decision(s, "2")
    assert d.outcome == "approved"
    says(d.referat, "Godkendt.")


@facts.check(40, "godkender referat af 12.8.2014")
def _godkender_2(s: Socialaftale) -> None:
    assert _decision(s, "2").godkender_referat_af == "socdir-2014-08-12"


# --- item 3: Takstanalyse -------------------------------------------------------------------

@facts.check(45, "titel Takstanalyse")
def _titel_3(s: Socialaftale) -> None:
    assert _decision(s, "3").titel == "Takstanalyse"


def _clause(s: Socialaftale, nummer: int) -> str:
    (k,) = [k for k in _decision(s, "3").klausuler if k.nummer == nummer]
    return str(k.outcome)


@facts.check(100, "indstilling drøfter takstanalysen")
def _indstilling_3_1(s: Socialaftale) -> None:
    says(_listed(s, "3", "Indstilling")[0], "drøfter takstanalysen, og herunder")
    assert _clause(s, 1) == "discussed"


@facts.check(102, "indstilling beslutter sammensætning, formandskab, sekretariatsbetjening")
def _indstilling_3_2(s: Socialaftale) -> None:
    says(_listed(s, "3", "Indstilling")[1],
         "beslutter sammensætning, formandskab og sekretariatsbetjening af arbejdsgruppe")
    assert _clause(s, 2) == "approved"


@facts.check(104, "indstilling godkender tidsplan")
def _indstilling_3_3(s: Socialaftale) -> None:
    (clause,) = _listed(s, "3", "Indstilling")[2:]
    says(clause, "godkender tidsplan")
    assert _clause(s, 3) == "approved"


@facts.words(108, "bilag Forslag til analyse af takstniveau ... (KKR 12.9.2014 pkt 3.2)")
def _bilag_3(s: Socialaftale) -> None:
    assert _listed(s, "3", "Bilag") == [
        "Forslag til analyse af takstniveau og takststruktur på særlige institutioner/botilbud"
        " på det specialiserede socialområde (Punkt 3.2 på dagsordenen for KKR-møde den 12."
        " september 2014)"]


@facts.check(134, "udfald godkendt")
def _udfald_3(s: Socialaftale) -> None:
    assert _decision(s, "3").outcome == "approved"


KKR_DECISION = ("KKR havde besluttet at gøre DAS til styregruppe for opgaven, samt at afgrænse"
                " analysen til, at der i første omgang skulle fokusere på at sammenligne"
                " taksterne for tilbud til sammenlignelige målgrupper.")
URGED = ("Der blev opfordret til, at der udpeges såvel socialfaglige som økonomifaglige"
         " kompetencer til arbejdsgruppen, samt at der kommer et vist personoverlap med den"
         " eksisterende styringsaftalegruppe, så det sikres, at erfaringerne fra de hidtidige"
         " takstanalyser af rammeaftaletilbuddene kan indgå i arbejdet.")


@facts.check(116, "KKR: DAS styregruppe for opgaven")
def _kkr_styregruppe(s: Socialaftale) -> None:
    """L115-116: who (DAS), as what (styregruppe), decided by whom and when (KKR, 12 September
    2014, L51) are facts of the takstanalyse case (tvaers-forloeb.yaml, through the forloeb
    queries); the remark keeping the whole sentence with its subject is checked under L117."""
    case = s.case("takstanalyse-2014")
    assert case is not None
    (b,) = [b for b in case.behandlinger if b.id == "das-styregruppe"]
    assert (b.organ, b.rolle, b.ekstern) == (
        "DAS", "styregruppe", "besluttet af KKR 12. september 2014 (ifølge kilden)")
    says(b.ordlyd, "KKR havde besluttet at gøre DAS til styregruppe for opgaven")


@facts.words(117, "KKR: afgrænset til sammenligning af takster for sammenlignelige målgrupper")
def _kkr_afgraensning(s: Socialaftale) -> None:
    """L115-117: one remark, the whole sentence with its subject (the reviewer found the
    "at afgrænse ..." half cut loose from "KKR havde besluttet")."""
    _remarked(s, "3", KKR_DECISION)


@facts.words(118, "KKR: eget embedsværk, ikke ekstern konsulent")
def _kkr_embedsvaerk(s: Socialaftale) -> None:
    _remarked(s, "3", "Opgaven skulle løses af kommunernes eget embedsværk.")


@facts.words(118, "kan forelægges KKR igen ved behov for serviceniveau-sammenligning")
def _kkr_igen(s: Socialaftale) -> None:
    _remarked(s, "3", "Hvis der i forlængelse af arbejdet viste sig behov for at udvide"
                      " analysen til en sammenligning af serviceniveauer kunne man foreligge"
                      " sagen for KKR igen, og i den forbindelse evt. overveje tilknytning af"
                      " ekstern konsulentbistand.")


@facts.check(122, "arbejdsgruppe under DAS: kommissorium og analyse")
def _gruppe(s: Socialaftale) -> None:
    g = _group(s)
    assert (g.navn, g.art, g.forum, g.mandat, g.nedsat_ved) == (
        "Arbejdsgruppe for takstanalysen", "arbejdsgruppe", "DAS",
        "udarbejde kommissorium og gennemføre analysen", "socdir-2014-10-10 pkt. 3")
    assert "GroupFormed" in [f.kind for f in s.facts_of_decision(M, "3")]


@facts.check(123, "formandskab Aalborg Kommune")
def _formand(s: Socialaftale) -> None:
    assert _group(s).formand == "Aalborg Kommune"


@facts.check(123, "Aalborg bidrager til sekretariatsfunktionen")
def _sekretariat(s: Socialaftale) -> None:
    assert _group(s).sekretariat == "Aalborg Kommune (bidrager til at løfte sekretariatsfunktionen)"


@facts.check(126, "sammensætning: alle der ønsker, min. én pr. klynge, + Region")
def _sammensaetning(s: Socialaftale) -> None:
    # The group has no members yet: the rules "samt med deltagelse fra Region Nordjylland" and
    # "minimum én fra hver geografisk klynge" are held, so the store warns about both.
    g = _group(s)
    assert g.deltagere == ()
    assert g.advarsler == (
        "Region Nordjylland er ikke repræsenteret",
        "de geografiske klynger er ikke registreret; reglen 'minimum én fra hver geografisk"
        " klynge' kan ikke kontrolleres")


@facts.words(129, "opfordring: socialfaglige og økonomifaglige kompetencer")
def _kompetencer(s: Socialaftale) -> None:
    """L129-131: one remark, the whole sentence (the reviewer found "at der kommer et vist
    personoverlap" cut loose from "Der blev opfordret til"): an urging, held in its words."""
    _remarked(s, "3", URGED)


@facts.words(130, "opfordring: personoverlap med styringsaftalegruppen")
def _personoverlap(s: Socialaftale) -> None:
    _remarked(s, "3", URGED)


@facts.check(131, "endelig sammensætning vurderes på næste møde")
def _vurderes(s: Socialaftale) -> None:
    a = _action(s, "socdir-2014-10-10-3a")
    assert (a.punkt, a.ansvarlig, a.frist) == ("3", None, date(2014, 11, 13))
    says_in(a.leverance, "endelige sammensætning")


@facts.check(134, "tidsplan godkendt")
def _tidsplan(s: Socialaftale) -> None:
    assert _clause(s, 3) == "approved"
    assert [f.kind for f in s.facts_of_decision(M, "3")].count("MilestonePlanned") == 4


@facts.check(89, "milepæl DAS 13.11.2014 kommissorium")
def _milepael_kommissorium(s: Socialaftale) -> None:
    m = _milestone(s, DAY_AFTER)
    assert (m.beskrivelse, m.dato, m.forum) == (
        "godkendelse af kommissorium", date(2014, 11, 13), "DAS")


@facts.check(91, "milepæl DAS 16.1.2015 status")
def _milepael_status(s: Socialaftale) -> None:
    m = _milestone(s, date(2014, 11, 14))
    assert (m.beskrivelse, m.dato, m.forum) == ("statusorientering", date(2015, 1, 16), "DAS")


@facts.check(93, "milepæl DAS 8.4.2015 afrapportering")
def _milepael_afrapportering(s: Socialaftale) -> None:
    m = _milestone(s, date(2015, 1, 17))
    assert (m.beskrivelse, m.dato, m.forum) == (
        "godkendelse af analyseafrapportering", date(2015, 4, 8), "DAS")


@facts.check(94, "milepæl KKR 24.4.2015 endelig afrapportering")
def _milepael_kkr(s: Socialaftale) -> None:
    m = _milestone(s, date(2015, 4, 9))
    assert (m.beskrivelse, m.dato, m.forum) == ("endelig afrapportering", date(2015, 4, 24), "KKR")


@facts.check(135, "referatets slip 'DAS-møde den 13. november 2015'")
def _slip_2015(s: Socialaftale) -> None:
    # Kept visible: the referat's words (with 2015), the decision's note, the milestone's note
    # (the milestone itself on the timetable's 2014 date) and the meeting's notes.
    d = _decision(s, "3")
    # The milestone is held on the timetable's date (2014), the slip beside it.
    says_in(d.referat, "på førstkommende DAS-møde den 13. november 2015.")
    says_in(d.note, "13. november 2015")
    (stone,) = [f for f in d.fakta if f.kind == "MilestonePlanned" and "2014-11-13" in f.summary]
    says_in(stone.note, "13. november 2015")
    assert _milestone(s, DAY_AFTER).dato == date(2014, 11, 13)
    _says_in_one(_group(s).noter, "13. november 2015")
    _says_in_one(s.meeting_text(M).noter, "13. november 2015")


# --- item 4: Temadrøftelse – HCN/TI ---------------------------------------------------------

@facts.check(139, "titel")
def _titel_4(s: Socialaftale) -> None:
    assert _decision(s, "4").titel == (
        "Temadrøftelse – Hjerneskadecenter Nordjylland/Taleinstituttet (tale/sprog)")


@facts.words(154, "indstilling drøfter sagen")
def _indstilling_4(s: Socialaftale) -> None:
    assert _listed(s, "4", "Indstilling") == ["drøfter sagen"]


@facts.words(158, "bilag Sagsfremstilling fra Aalborg (eftersendes 6.10.2014)")
def _bilag_4_1(s: Socialaftale) -> None:
    assert _listed(s, "4", "Bilag")[0] == (
        "Sagsfremstilling fra Aalborg Kommune (NB: bilaget er ikke udsendt med dagsordenen."
        " Eftersendes mandag den 6. oktober 2014)")


@facts.words(161, "bilag Status for kommunernes forbrug")
def _bilag_4_2(s: Socialaftale) -> None:
    assert _listed(s, "4", "Bilag")[1:] == ["Status for kommunernes forbrug"]


@facts.check(146, "indleder: oplæg af Aalborg Kommune")
def _indleder_4(s: Socialaftale) -> None:
    (item,) = [p for p in s.agenda(M) if p.nummer == "4"]
    says(item.indleder, "Aalborg Kommune")
    assert f"{item.indleder} indleder punktet" in _section(s, "4")


@facts.check(176, "udfald drøftet")
def _udfald_4(s: Socialaftale) -> None:
    assert _decision(s, "4").outcome == "discussed"


@facts.free_text(142, "nuværende finansieringsaftale udløber med 2015", why=(
    "The model has no fact for a financing agreement and its term: the minutes' L142 'den "
    "nuværende finansieringsaftale for tilbuddet udløber med 2015' is held only in item 4's "
    "sagsfremstilling."))
def _finansieringsaftale(s: Socialaftale) -> None:
    # The item's text before the indstilling (lines 140-144), stored as its sagsfremstilling.
    text = _sagsfremstilling(s, "4")
    assert text.startswith("På sidste møde i socialdirektørkredsen den 12. august 2014")
    assert ("I lyset af, at den nuværende finansieringsaftale for tilbuddet udløber med 2015,"
            in text)


@facts.words(167, "TI og HCN samles under ÆH og drives som ét tilbud fra 1.1.2015")
def _ti_hcn(s: Socialaftale) -> None:
    """L167-169: what Aalborg Kommune announced of its own plan ("oplyste indledningsvist"), no
    decision of any body, held as the minutes word it. The offer's history in the tilbudsvifte
    begins with the 2019 takstbilag (das-2019-10-24); recording a 2015 reorganisation there
    from an announcement would give it a past the record does not otherwise know. Kept as
    words (who: Aalborg; when: 'pr. 1. januar 2015' is inside the plan announced, 'vil blive
    organiseret'), not as a fact of the offer: a gap for a planned, announced change."""
    _remarked(s, "4", "Aalborg Kommune oplyste indledningsvist, at Taleinstituttet"
                      " (tale/sprog-området) og Hjerneskadecenter Nordjylland pr. 1. januar 2015"
                      " vil blive organiseret under én forvaltning (Ældre- og"
                      " Handicapforvaltningen) og drevet som et samlet tilbud på den hidtidige"
                      " adresse.")


@facts.check(172, "oplægget vedlagt som bilag til referatet")
def _oplaeg_bilag(s: Socialaftale) -> None:
    (b,) = s.meeting_text(M).bilag
    assert b.punkt == "4"
    says(b.tekst, "Oplægget vedlagt som bilag til referatet")


@facts.words(177, "Aalborg: bæredygtigt niveau 2016 kræver ca. samme finansiering; 2-årig"
                  " aftale i god tid")
def _baeredygtigt(s: Socialaftale) -> None:
    _remarked(s, "4", "Aalborg Kommune gav i drøftelserne udtryk for, at et bæredygtigt og"
                      " omkostningseffektivt niveau for tilbuddet i 2016 forudsatte en samlet"
                      " finansiering af rammeaftaleydelserne på omtrent samme niveau som i den"
                      " nuværende aftale.")
    _remarked(s, "4", "af driftshensyn ville der være behov for, at en aftale blev 2-årig, og"
                      " indgået i god tid inden udløbet af den nuværende aftale.")


@facts.words(182, "kommunerne vil understøtte tilbuddets bæredygtighed")
def _understoette(s: Socialaftale) -> None:
    _remarked(s, "4", "Kommunerne tilkendegav overordnet, at man, som del af aftalen om det"
                      " forstærkede samarbejde, ville understøtte tilbuddets bæredygtighed, hvis"
                      " den var i risiko for at være kompromitteret.")


def _due_next_meeting(s: Socialaftale, action_id: str, punkt: str, owner: str | None,
                      words: str) -> None:
    """An action of the item due at the next meeting, which item 9 fixed on 13.11.2014."""
    a = _action(s, action_id)
    assert (a.punkt, a.ansvarlig, a.frist, a.frist_tekst) == (
        punkt, owner, date(2014, 11, 13), "næste møde (2014-11-13)")
    says_in(a.leverance, words)


@facts.check(185, "Aalborg: notat om aftalemodeller til næste møde den 13. november")
def _notat(s: Socialaftale) -> None:
    _due_next_meeting(s, "socdir-2014-10-10-4a", "4", "Aalborg Kommune",
                      "notat med overordnet skitse af forskellige aftalemodeller")


@facts.check(190, "Aalborg: køreplan for bilateral besøgsrunde til næste møde")
def _koereplan(s: Socialaftale) -> None:
    _due_next_meeting(s, "socdir-2014-10-10-4b", "4", "Aalborg Kommune",
                      "køreplan for en bilateral besøgsrunde")


@facts.check(195, "Sekretariatet: sagsfremstilling om Bek. nr. 1088 af 6/10/2014 til næste møde")
def _bekendtgoerelse(s: Socialaftale) -> None:
    _due_next_meeting(s, "socdir-2014-10-10-4c", "4", "Sekretariatet",
                      "sagsfremstilling om bekendtgørelsens indhold og konsekvenser")
    says_in(_action(s, "socdir-2014-10-10-4c").leverance, "Bek. nr. 1088 af 6/10/2014")


@facts.check(198, "sigte: konkret aftalemodel på SOCDIR 16.1.2015")
def _aftalemodel(s: Socialaftale) -> None:
    a = _action(s, "socdir-2014-10-10-4e")
    assert (a.punkt, a.ansvarlig, a.frist) == ("4", None, date(2015, 1, 16))
    says_in(a.leverance, "konkret forslag til aftalemodel")


@facts.check(199, "Aalborg opfordres til at justere fristen for kommunernes tilbagemeldinger")
def _justere(s: Socialaftale) -> None:
    a = _action(s, "socdir-2014-10-10-4f")
    assert (a.punkt, a.ansvarlig, a.frist, a.frist_tekst) == (
        "4", "Aalborg Kommune", None, "frist ukendt")
    says_in(a.leverance, "justere den udmeldte frist")


# --- item 5: NOPII --------------------------------------------------------------------------

@facts.check(202, "titel")
def _titel_5(s: Socialaftale) -> None:
    assert _decision(s, "5").titel == (
        "NOPII – Etablering af fælleskommunal NOPII sekretariatsfunktion på Sundheds-, Ældre-"
        " og Handicapområdet")


@facts.words(230, "indstilling")
def _indstilling_5(s: Socialaftale) -> None:
    assert _listed(s, "5", "Indstilling") == [
        "behandler indstillingerne fra NOPII med henblik på beslutning"]


@facts.words(234, "bilag NOPII's sagsfremstilling ... KDK 16.9.2014")
def _bilag_5_1(s: Socialaftale) -> None:
    assert _listed(s, "5", "Bilag")[0] == (
        "NOPII’s sagsfremstilling og indstillinger til KDK-mødet den 16. september 2014")


@facts.words(236, "bilag Modelbeskrivelse af det strategiske NOPII samarbejde")
def _bilag_5_2(s: Socialaftale) -> None:
    assert _listed(s, "5", "Bilag")[1:] == ["Modelbeskrivelse af det strategiske NOPII samarbejde"]


@facts.check(248, "udfald (for tidligt; andet besluttet)")
def _udfald_5(s: Socialaftale) -> None:
    assert _decision(s, "5").outcome == "decided_otherwise"


def _kdk_fact(s: Socialaftale) -> Any:
    (f,) = [f for f in s.facts_of_decision(M, "5") if f.kind == "CostSharingAgreed"]
    return f


@facts.check(217, "KDK: udgifter til evt. fælles sekretariat fordeles efter befolkningstal")
def _kdk_fordeling(s: Socialaftale) -> None:
    r = s.sharing_rule("kdk-2014-09-16-nopii-sekretariat")
    assert (r.noegle, r.vedtaget, r.total, r.befolkningsaar) == (
        "befolkningstal", date(2014, 9, 16), None, None)
    assert r.betingelse == ("Hvis der i forlængelse af drøftelse i Socialdirektørkredsen"
                            " oprettes et fælleskommunal sekretariat")
    assert _kdk_fact(s).besluttet_af == "besluttet af KDK 16. september 2014 (ifølge kilden)"


@facts.check(220, "KDK: sagen skal som udgangspunkt ikke retur til KDK")
def _kdk_ikke_retur(s: Socialaftale) -> None:
    """KDK's decision (lines 210-221): who decided and when (KDK, 16 September 2014) are facts
    of the cost-sharing fact it carries, and the case's next step is this meeting's item 5
    (the decision is filed under it); that it need not return to KDK is the source's words."""
    f = _kdk_fact(s)
    assert f.besluttet_af == "besluttet af KDK 16. september 2014 (ifølge kilden)"
    assert _decision(s, "5").meeting_id == M
    says_in(f.ekstern_tekst, "Sagen behandles på møde i socialdirektørkredsen den 10. oktober og"
                             " skal som udgangspunkt ikke retur til KDK")


facts.cannot(
    241, "Dorthe Jende er medlem af NOPII-styregruppen",
    why="L241 «Dorthe Jende, der er medlem af styregruppen for NOPII-projektet» states a "
        "membership known on the day, nothing more: an AppointPerson needs a start date and "
        "whom she represents (fra, for_forum) and a FormGroup for the NOPII steering group "
        "needs its forum and mandate; the minutes give none of them, so recording the role "
        "would invent them. The sentence is kept in item 5's referat (verbatim).")


@facts.words(242, "model ikke afprøvet; forventet indtægtsdækket; evt. midlertidig"
                  " projektfinansiering")
def _model(s: Socialaftale) -> None:
    _remarked(s, "5", "Den udviklede model var endnu ikke afprøvet, men forventningen var"
                      " naturligvis, at der ville være tale om indtægtsdækket virksomhed, når"
                      " modellen var udrullet i praksis.")
    _remarked(s, "5", "I perioden indtil modellen var afprøvet og implementeret kunne der dog"
                      " være behov for en midlertidig projektfinansiering.")


@facts.words(245, "færdigt udbudsmateriale vedr. medicinhåndtering; ønske om udbud")
def _udbudsmateriale(s: Socialaftale) -> None:
    _remarked(s, "5", "Dorthe Jende understregede endvidere, at der ved projektets ophør den"
                      " 1. januar ville foreligge et helt færdigt udbudsmateriale vedr."
                      " medicinhåndtering, materialet ville imidlertid kun blive sendt i udbud,"
                      " hvis nogen løftede opgaven.")
    _remarked(s, "5", "Der var samtidig et udbredt ønske om at det færdige udbudsmateriale"
                      " vedr. medicinhåndtering blev sendt i udbud.")


@facts.words(248, "for tidligt for permanent organisering/fast sekretariat")
def _for_tidligt(s: Socialaftale) -> None:
    _remarked(s, "5", "Der var på mødet enighed om, at det var for tidligt at træffe beslutning"
                      " om en permanent organisering med et fast sekretariat.")


@facts.words(253, "udbud af teknisk karakter -> indkøbsenheder; kompetenceprofiler")
def _teknisk(s: Socialaftale) -> None:
    _remarked(s, "5", "en væsentlig del af det videre arbejde med at køre udbuddet måtte"
                      " forventes at være af teknisk karakter, og derfor ville kunne løftes af"
                      " kommunernes almindelige indkøbsenheder.")
    _remarked(s, "5", "Der skulle dog være særlig opmærksomhed på at sikre de nødvendige"
                      " kompetenceprofiler til at vurdere de indkommende tilbud.")


@facts.words(258, "innovationsenheden kan bistå mod finansieringsaftale")
def _innovationsenheden(s: Socialaftale) -> None:
    _remarked(s, "5", "Aalborg Kommune tilkendegav, at innovationsenheden kunne bistå, men at"
                      " det ville forudsætte en aftale om finansiering.")


@facts.check(262, "NOPII-styregruppen: forslag til næste socialdirektørmøde")
def _nopii_forslag(s: Socialaftale) -> None:
    _due_next_meeting(s, "socdir-2014-10-10-5a", "5", "NOPII-styregruppen",
                      "forslag til gennemførelse af udbuddet")


# --- item 6: arbejdsgrupper for de centrale udmeldinger -------------------------------------

@facts.check(266, "titel")
def _titel_6(s: Socialaftale) -> None:
    assert _decision(s, "6").titel == (
        "National koordination – Model for sammensætning af arbejdsgrupper vedr. centrale"
        " udmeldinger")


@facts.words(334, "indstilling godkender modellen")
def _indstilling_6(s: Socialaftale) -> None:
    assert _listed(s, "6", "Indstilling") == [
        "Godkender modellen for sammensætning af arbejdsgrupperne for de centrale udmeldinger"
        " med henblik på, at Sekretariatet kan indkalde deltagere."]


@facts.check(338, "udfald godkendt")
def _udfald_6(s: Socialaftale) -> None:
    d = _decision(s, "6")
    assert d.outcome == "approved"
    says(d.referat, "Socialdirektørkredsen godkendte indstillingen.")


def _model(s: Socialaftale) -> Any:
    """The composition model item 6 approved, as the store answers it."""
    (m,) = [m for m in s.composition_models(DAY_AFTER) if m.key == "centrale-udmeldinger"]
    assert (m.vedtaget, m.beslutning) == (HELD, "socdir-2014-10-10 pkt. 6")
    assert [f.kind for f in s.facts_of_decision(M, "6")] == ["CompositionModelAdopted"]
    return m


def _seat(s: Socialaftale, rolle: str) -> Any:
    return _model(s).plads(rolle)


@facts.check(304, "model: 1 konsulent (tovholder)")
def _model_konsulent(s: Socialaftale) -> None:
    p = _seat(s, "tovholder")
    assert (p.mindst, p.maks, p.fra, p.opgave) == (
        1, 1, "sekretariat for rammeaftale", "tovholder for arbejdsgruppen")
    says(p.tekst, "1 konsulent fra sekretariat for rammeaftale, der fungerer som tovholder for"
                  " arbejdsgruppen")


@facts.check(307, "model: 1-2 planlæggere/konsulenter")
def _model_planlaeggere(s: Socialaftale) -> None:
    p = _seat(s, "planlægger")
    # From whom the planners come the model does not say (L307-309): unknown.
    assert (p.mindst, p.maks, p.fra, p.antal()) == (1, 2, None, "1-2")
    says_in(p.tekst, "1-2 planlæggere/konsulenter med godt fagligt kendskab til det udmeldte"
                     " indsatsområde")


@facts.check(311, "model: 4-5 myndighedsrepræsentanter")
def _model_myndighed(s: Socialaftale) -> None:
    p = _seat(s, "myndighedsrepræsentant")
    # L311 'kommunale myndighedsrepræsentanter': the source's word for whom they come from.
    assert (p.mindst, p.maks, p.fra) == (4, 5, "kommunale")
    says_in(p.tekst, "4-5 kommunale myndighedsrepræsentanter")


@facts.check(317, "model: repræsentation af berørte driftsherrer")
def _model_driftsherrer(s: Socialaftale) -> None:
    """L317 'den/de direkte berørte driftsherrer': the model states no number (unknown, not
    guessed); the driftsherrer it names (L318-319) stand in the seat's words, and the model
    was 'forslået' at 'DAS-mødet den 12. juni' (L302, no year), as the model's note says."""
    m = _model(s)
    p = m.plads("driftsherrerepræsentant")
    assert (p.mindst, p.maks, p.antal()) == (None, None, "antal ikke angivet")
    assert p.fra == ("den/de direkte berørte driftsherrer af højt specialiserede tilbud på det"
                     " udmeldte område")
    says_in(p.tekst, "Repræsentation fra den/de direkte berørte driftsherrer af højt"
                     " specialiserede tilbud på det udmeldte område. (På hjerneskadeområdet"
                     " driver Aalborg ÆH og Regionen tilbud")
    says_in(p.tekst, "I forhold til målgruppen blinde børn driver Regionen tilbud")
    says_in(m.kildenote, "'på DAS-mødet den 12. juni forslået'")
    # No offer is a driftsherre seat: the named driftsherrer drive offers, they pledged no one.
    assert {t.rolle for t in m.tilsagn} == {"planlægger"}


@facts.check(321, "repræsentanter giver sparring; skrivning ved planlæggere/sekretariat;"
                  " chefer/ledere udpeges")
def _sparring(s: Socialaftale) -> None:
    m = _model(s)
    assert [(p.rolle, p.opgave, p.udpeges_blandt) for p in m.pladser] == [
        ("tovholder", "tovholder for arbejdsgruppen", None),
        # L322 'skriveopgaverne varetages af de udpegede planlæggere og Sekretariatet'.
        ("planlægger", "skriveopgaverne", None),
        ("myndighedsrepræsentant", "strategisk sparring", "chefer/ledere"),
        ("driftsherrerepræsentant", "strategisk sparring", "chefer/ledere"),
    ]


@facts.check(268, "to centrale udmeldinger 1.11.2014 (blinde børn; kompleks erhvervet"
                  " hjerneskade)")
def _udmeldinger(s: Socialaftale) -> None:
    """L268 'den 1. november', the year from L275 'modtages den 1. november 2014'."""
    m = _model(s)
    assert [(u.id, u.fra, u.til, u.dato) for u in m.udmeldinger] == [
        ("blinde-boern", "Socialstyrelsen", "alle kommunalbestyrelser", date(2014, 11, 1)),
        ("hjerneskade", "Socialstyrelsen", "alle kommunalbestyrelser", date(2014, 11, 1)),
    ]
    says(m.udmeldinger[0].emne,
         "Blinde og stærkt svagsynede børn og unge med sammensatte vanskeligheder")
    says(m.udmeldinger[1].emne, "Voksne med kompleks erhvervet hjerneskade")


facts.cannot(276, "DAS 13.11.2014 godkender endelig sammensætning", why=(
    "The minutes state a wish in the item's text (l. 275-276 'vil det være hensigtsmæssigt, "
    "hvis Den Administrative Styregruppe på mødet den 13. november 2014 kan godkende'), not a "
    "decision or a task of DAS: it stands in the sagsfremstilling, and the decision's note "
    "says it is no decision. Recording it as an action would invent one."))


@facts.check(325, "Aalborg ÆH stiller planlægger (hjerneskade)")
def _aalborg_planlaegger(s: Socialaftale) -> None:
    (t,) = [t for t in _model(s).tilsagn if t.fra == "Aalborg Kommune (ÆH)"]
    assert (t.rolle, t.antal, t.udmeldinger) == ("planlægger", 1, ("hjerneskade",))
    says_in(t.tekst, "forventeligt ville kunne bidrage med en planlægger")


@facts.check(326, "Regionen stiller planlægger til begge grupper")
def _region_planlaegger(s: Socialaftale) -> None:
    (t,) = [t for t in _model(s).tilsagn if t.fra == "Regionen"]
    assert (t.rolle, t.antal, t.udmeldinger) == ("planlægger", 1, ("hjerneskade", "blinde-boern"))
    says_in(t.tekst, "samt med en planlægger til gruppen vedr. blinde/svagtsynede børn")


@facts.check(334, "sekretariatet indkalder navne på deltagere")
def _indkalder(s: Socialaftale) -> None:
    a = _action(s, "socdir-2014-10-10-6a")
    assert (a.punkt, a.ansvarlig, a.frist) == ("6", "Sekretariatet", None)
    says_in(a.leverance, "indkaldelsen af navne på deltagere")


# --- item 7: Tilbudsportalen ----------------------------------------------------------------

@facts.check(342, "titel")
def _titel_7(s: Socialaftale) -> None:
    assert _decision(s, "7").titel == (
        "Henvendelse fra Den Administrative Styregruppe i Midtjylland vedr. Tilbudsportalen")


@facts.words(355, "indstilling")
def _indstilling_7(s: Socialaftale) -> None:
    assert _listed(s, "7", "Indstilling") == [
        "drøfter henvendelsen om Tilbudsportalen fra Den Administrative Styregruppe i Midtjylland"]


@facts.words(359, "bilag Henvendelse vedr. Tilbudsportalen fra DASSOS")
def _bilag_7(s: Socialaftale) -> None:
    assert _listed(s, "7", "Bilag") == [
        "Henvendelse vedr. Tilbudsportalen fra DASSOS til Socialstyrelsen og KL"]


@facts.check(365, "udfald besluttede at tilslutte sig")
def _udfald_7(s: Socialaftale) -> None:
    assert _decision(s, "7").outcome == "decided_otherwise"


@facts.words(365, "tilslutning til skrivelsen")
def _tilslutning(s: Socialaftale) -> None:
    # The referat is the decision: one sentence, stored as the item's referat.
    assert _decision(s, "7").referat == (
        "Socialdirektørkredsen drøftede henvendelsen og besluttede at tilslutte sig skrivelsen.")


# --- item 8: Evt. (three matters) -----------------------------------------------------------

@facts.check(368, "titel Evt.")
def _titel_8(s: Socialaftale) -> None:
    assert _decision(s, "8").titel == "Evt."


@facts.check(371, "udfald (drøftet)")
def _udfald_8(s: Socialaftale) -> None:
    d = _decision(s, "8")
    # Evt. states no outcome (l. 368-389): derived from its matters, two of which were
    # agreed ("Det blev på den baggrund aftalt", l. 377, l. 384)
    assert (d.outcome, d.afledt) == ("mixed", True)
    assert [(x.id, x.outcome) for x in d.sager] == [
        ("ankestyrelsen", "decided"), ("ledsagelse", "decided"),
        ("brev-og-pjece", "not_stated")]


@facts.words(373, "Frederikshavn: Ankestyrelsens afgørelse § 108 frem for ABL § 105")
def _ankestyrelsen(s: Socialaftale) -> None:
    x = _sag(s, "8", "ankestyrelsen")
    assert x.titel == "afgørelse fra Ankestyrelsen"
    assert x.referat is not None and x.referat.startswith(
        "Frederikshavn Kommune orienterede om, at man havde modtaget en afgørelse fra"
        " Ankestyrelsen, hvoraf det fremgik, at borger skulle have et botilbud efter"
        " Servicelovens § 108, frem for en bolig oprettet efter § 105 i Almenboligloven.")


@facts.check(375, "Frederikshavn har bedt om begrundelse og orienterer om svaret")
def _begrundelse(s: Socialaftale) -> None:
    _says_in_one(_sag(s, "8", "ankestyrelsen").bemaerkninger,
                 "Frederikshavn havde anmodet om at få afgørelsen begrundet, og ville"
                 " orientere om svaret, når det forelå.")
    a = _action(s, "socdir-2014-10-10-8c")
    assert (a.punkt, a.ansvarlig, a.frist) == ("8", "Frederikshavn Kommune", None)


@facts.words(376, "enighed: kommunerne udfordres hvis ny praksis")
def _ny_praksis(s: Socialaftale) -> None:
    _remarked(s, "8", "Der var enighed om, at kommunerne ville blive udfordret, såfremt"
                      " afgørelsen var udtryk for en ny praksis hos Ankestyrelsen.",
              sag="ankestyrelsen")


@facts.check(377, "sagen på næste dagsorden i samarbejde med Frederikshavn, juridisk vurdering")
def _naeste_dagsorden(s: Socialaftale) -> None:
    # L377 names no owner ("sættes på dagsordenen ... i samarbejde med Frederikshavn
    # Kommune"): unknown, not "Sekretariatet".
    _due_next_meeting(s, "socdir-2014-10-10-8a", "8", None, "juridisk vurdering")


@facts.words(380, "Hjørring: Statsforvaltningens svar til Favrskov om tilbagebetaling for"
                  " ledsagelse")
def _favrskov(s: Socialaftale) -> None:
    x = _sag(s, "8", "ledsagelse")
    assert (x.titel, x.outcome) == ("Statsforvaltningens nylige svar til Favrskov kommune",
                                    "decided")
    assert x.referat is not None and x.referat.startswith(
        "Hjørring Kommune forespurgte om de øvrige kommuners reaktion på Statsforvaltningens"
        " nylige svar til Favrskov kommune vedrørende pligten til at tilbagebetale beløb")


@facts.words(382, "enighed: omfattende økonomiske/administrative konsekvenser")
def _konsekvenser(s: Socialaftale) -> None:
    _remarked(s, "8", "Der var i kredsen enighed om, at en pligt til at sikre tilbagebetaling"
                      " af alle tidligere opkrævede beløb for ledsagelse ville have omfattende"
                      " økonomiske og administrative konsekvenser for kommunerne.",
              sag="ledsagelse")


@facts.check(384, "brev til KL om vejledning")
def _brev_kl(s: Socialaftale) -> None:
    a = _action(s, "socdir-2014-10-10-8b")
    assert (a.punkt, a.ansvarlig, a.frist, a.frist_tekst) == ("8", None, None, "frist ukendt")
    says_in(a.leverance, "brev til KL om vejledning")


@facts.check(387, "formanden: brev og pjece i oktober til hovedpostkasser (myndighedschefer)")
def _brev_og_pjece(s: Socialaftale) -> None:
    x = _sag(s, "8", "brev-og-pjece")
    assert (x.titel, x.outcome) == ("brev og pjece til de kommunale hovedpostkasser",
                                    "not_stated")
    a = _action(s, "socdir-2014-10-10-8d")
    assert (a.punkt, a.ansvarlig, a.frist_tekst) == ("8", None, "oktober 2014")
    says_in(a.leverance, "rettet til myndighedscheferne på social- og specialundervisningsområdet")


# --- item 9: Næste møde ---------------------------------------------------------------------

@facts.check(393, "punkt 9 Næste møde (titel)")
def _titel_9(s: Socialaftale) -> None:
    assert _section(s, "9")[0] == "## 9. Næste møde torsdag den 13. november 2014 kl. 10-12"
    n = s.meeting_text(M).naeste_moede
    assert n is not None and n.punkt == "9"


@facts.check(393, "næste møde torsdag 13.11.2014 kl. 10-12")
def _naeste_moede(s: Socialaftale) -> None:
    n = s.meeting_text(M).naeste_moede
    assert n is not None and (n.dato, n.tid, n.planlagt_id) == (
        "2014-11-13", "kl. 10-12", "socdir-2014-11-13")
    planned = _meeting(s, "socdir-2014-11-13")
    assert (planned.body, planned.dato, planned.tid, planned.planlagt, planned.annonceret_ved) == (
        "SOCDIR", date(2014, 11, 13), "kl. 10-12", True, "socdir-2014-10-10 pkt. 9")


@facts.check(395, "sted Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby")
def _naeste_sted(s: Socialaftale) -> None:
    n = s.meeting_text(M).naeste_moede
    assert n is not None
    assert n.sted == "Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby"
    says(n.tekst, "Mødet holdes på Fremtidens Plejehjem, Carl Klitgaardsvej 5,"
                  " 9400 Nørresundby.")
    assert _meeting(s, "socdir-2014-11-13").sted == n.sted
