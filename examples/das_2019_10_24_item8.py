"""DAS, 24 October 2019, item 8: ind- og udmelding af tilbud for 2020, recorded and asked.

Real data from ../shared/minutes/003_dac07bbacd9158aa.txt. Readings the minutes
leave open are recorded as source notes, not silently decided. Run:

    python examples/das_2019_10_24_item8.py [STORE-URL]
"""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from socialaftale import DecisionRef, Provenance, Socialaftale, Source, open_store
from socialaftale import tilbudsvifte as tv

MINUTES = "003_dac07bbacd9158aa.txt"
JAN_2020 = date(2020, 1, 1)


def item8(note: str | None = None) -> Provenance:
    """The provenance of every fact DAS decided under item 8."""
    return Provenance(date(2019, 10, 24), Source(MINUTES, "8", note),
                      DecisionRef("das-2019-10-24", "8"))


def registrations() -> list[Any]:
    """The offers item 8 speaks of, as they stood in the tilbudsvifte of 2019."""
    takstbilag = Provenance(date(2019, 1, 1), Source(
        "takstbilag-2019.pdf", None,
        "Referatet henviser til takstbilag 2019; om tilbuddet var med før 2019 fremgår ikke"))
    rows = [
        ("mariagerfjord/kirketoften", "Botilbud Kirketoften", "Mariagerfjord", "§105", 28),
        ("mariagerfjord/kernen", "Aktivitetstilbud Kernen", "Mariagerfjord", "§104", None),
        ("mariagerfjord/kirketoften-aktivitet", "Kirketoften, afd. Aktivitet", "Mariagerfjord",
         "§105", None),
        ("mariagerfjord/kaervej", "Botilbud Kærvej", "Mariagerfjord", "§105+§104", None),
        ("mariagerfjord/specialenheden", "Specialenheden", "Mariagerfjord", "§103", 23),
        ("region-nordjylland/skovvaenget", "Bosted Skovvænget", "Region Nordjylland", "", None),
        ("region-nordjylland/vestervang", "Bosted Vestervang", "Region Nordjylland", "", None),
        ("vesthimmerland/rosenvaenget", "Botilbuddet Rosenvænget", "Vesthimmerland", "", None),
        ("aalborg/ti-hcn", "Taleinstituttet/Hjerneskadecenter Nordjylland", "Aalborg", "", None),
    ]
    return [
        tv.RegisterTilbud(
            key=key, navn=navn, driftsherre=dh,
            lovgrundlag=tv.parse_lovgrundlag(lov) if lov else (), pladser=pladser,
            forstaerket_samarbejde=True if key == "aalborg/ti-hcn" else None,
            effective_on=date(2019, 1, 1), provenance=takstbilag,
        )
        for key, navn, dh, lov, pladser in rows
    ]


REASONS = (
    "DAS følger præcedens for 2018, hvor tilbud med borgere fra 2-3 kommuner ikke blev taget "
    "ud af Socialaftalen",
    "Tre kommuner har lavet formaliseret bilaterale aftaler",
    "Øvrige kommuner ønsker at benytte tilbuddet såfremt behovet opstår",
    "TI/HCN er et højtspecialiseret tilbud, som er unikt i Nordjylland.",
    "Hvis TI/HCN, som højt specialiseret tilbud, kan trækkes ud på ovenstående kriterier, vil "
    "det kunne betyde, at mange tilbud (med 3-4 aktuelle køberkommuner) kan trækkes ud, hvilket "
    "kunne reducere den fælles tilbudsvifte markant, og dermed påføre store konsekvenser for det "
    "fremtidige samarbejde i Nordjylland.",
    "KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt en beslutning om, at TI/HCN "
    "udgår af det forstærkede samarbejde, men forbliver en del af rammeaftalesamarbejdet",
)


def decisions() -> list[Any]:
    """What DAS approved — everything but the udmelding of TI/HCN, which it rejected."""
    undated = "datoen fremgår ikke; registreret fra tilbudsviften 2020"
    return [
        tv.ChangePladser(
            key="mariagerfjord/kirketoften", effective_on=JAN_2020, pladser=27,
            pladsdele=(tv.PladsDel(1, "aflastningsplads (kommunal)", False),),
            provenance=item8("FU godkendte i 2019 omdannelsen af én plads; " + undated)),
        tv.ConvertTilbud(key="mariagerfjord/kernen", effective_on=JAN_2020,
                         navn="Aktivitetshuset Hobro", lovgrundlag=tv.parse_lovgrundlag("§104"),
                         pladser=31, provenance=item8()),
        tv.CloseTilbud(key="mariagerfjord/kirketoften-aktivitet", effective_on=JAN_2020,
                       dato_oplyst=False, provenance=item8("Lukkedatoen fremgår ikke")),
        tv.SplitTilbud(
            key="mariagerfjord/kaervej", effective_on=JAN_2020,
            into=(
                tv.NytTilbud(key="mariagerfjord/kaervej-bo", navn="Botilbud Kærvej, bodel",
                             lovgrundlag=tv.parse_lovgrundlag("§ 105, stk. 1"), pladser=15),
                tv.NytTilbud(
                    key="mariagerfjord/kaervej-aktivitet",
                    navn="Botilbud Kærvej, samværs- og aktivitetstilbud",
                    lovgrundlag=tv.parse_lovgrundlag("§104"), pladser=17,
                    pladsdele=(tv.PladsDel(13, "pladser for interne borgere"),
                               tv.PladsDel(4, "eksterne pladser"))),
            ),
            provenance=item8("'fremadrettet'; om de 13 interne pladser er socialaftalepladser "
                             "fremgår ikke; alle 17 registreret")),
        tv.ChangePladser(key="mariagerfjord/specialenheden", effective_on=JAN_2020, pladser=30,
                         provenance=item8(undated)),
        tv.ReplaceTilbud(
            keys=("region-nordjylland/skovvaenget", "region-nordjylland/vestervang"),
            effective_on=date(2019, 4, 15),
            by=tv.NytTilbud(key="region-nordjylland/bostedet-aars", navn="Bostedet Aars",
                            lovgrundlag=tv.parse_lovgrundlag("§108")),
            provenance=item8("'Bosted Skovvænget og Vestervang' registreret som to tilbud")),
        tv.CloseTilbud(key="vesthimmerland/rosenvaenget", effective_on=date(2019, 10, 1),
                       provenance=item8()),
        tv.RequestUdmelding(key="aalborg/ti-hcn", request_id="ti-hcn-udmelding-2020", aar=2020,
                            provenance=item8("Aalborg sendte udmeldingen som orienteringssag")),
        tv.RejectUdmelding(key="aalborg/ti-hcn", request_id="ti-hcn-udmelding-2020",
                           grunde=REASONS,
                           provenance=item8("Seks begrundelser, registreret som skrevet")),
        tv.LeaveForstaerketSamarbejde(key="aalborg/ti-hcn", effective_on=JAN_2020,
                                      provenance=item8("besluttet af KKR og byrådene")),
    ]


def record(store: Socialaftale) -> None:
    """Record the 2019 tilbudsvifte and DAS' decision (each one transaction)."""
    store.record(*registrations())
    store.record(*decisions())


def show(store: Socialaftale) -> None:
    """Print the tilbudsvifte before and after, and what changed."""
    for day in (date(2019, 9, 30), JAN_2020):
        print(f"\nTilbudsviften pr. {day:%d.%m.%Y}:")
        for t in store.tilbudsvifte(day):
            pladser = "ukendt" if t.pladser is None else str(t.pladser)
            fs = {True: "ja", False: "nej", None: "ukendt"}[t.forstaerket_samarbejde]
            print(f"  {t.navn:<48} {t.driftsherre:<19} {t.lovgrundlag_tekst:<18} "
                  f"pladser: {pladser:<7} forstærket samarbejde: {fs}")
    changes = store.tilbud_changes(date(2019, 1, 1), JAN_2020)
    print("\nUd af tilbudsviften 2019 → 2020:", ", ".join(t.navn for t in changes.ud))
    print("Ind i tilbudsviften 2019 → 2020:", ", ".join(t.navn for t in changes.ind))
    print("\nHistorik for Aktivitetshuset Hobro:")
    for post in store.tilbud_history("Aktivitetshuset Hobro"):
        print(f"  {post.effective_on}  {post.summary}  [{post.source.document} pkt. "
              f"{post.source.item or '-'}]")


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "memory:"
    with open_store(url, actor="eksempel") as store:
        if not store.tilbudsvifte(JAN_2020):
            record(store)
        show(store)


if __name__ == "__main__":
    main()
