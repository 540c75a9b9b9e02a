# language: da
Egenskab: Regler der beskytter registret over tilbudsviften
  Et forkert eller for sent indberettet forhold afvises med en dansk besked og
  gemmes ikke; registret om tilbudsviften forbliver uændret.

  Baggrund:
    Givet fristerne for tilbudsviften 2020 er ind- og udmelding "9. oktober 2019" og takster "25. november 2019"
    Og tilbudsviften ifølge takstbilag 2019 rummer:
      | nøgle                        | tilbud                  | driftsherre    | lovgrundlag | pladser | forstærket samarbejde | i tilbudsviften fra |
      | mariagerfjord/specialenheden | Specialenheden          | Mariagerfjord  | §103        | 23      | ukendt                | 1. januar 2019      |
      | vesthimmerland/rosenvaenget  | Botilbuddet Rosenvænget | Vesthimmerland |             | ukendt  | ukendt                | 1. januar 2019      |
    Og "aalborg/eksempel" "Eksempeltilbud" (Aalborg) er registreret uden for tilbudsviften fra "1. januar 2019"
    Og DAS behandler på mødet den 24. oktober 2019 punkt 8 disse ind- og udmeldinger:

  Scenarie: Pladser under nul afvises
    Givet pladserne i "mariagerfjord/specialenheden" ændres til -1 fra "1. januar 2020"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "negative-pladser" og beskeden "antallet af pladser kan ikke være negativt (-1)"
    Og loggen er uændret

  Scenarie: Et tilbud uden for tilbudsviften kan ikke udmeldes
    Givet Aalborg har meldt "aalborg/eksempel" ud af tilbudsviften 2020 som anmodning "eks-ud"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "ikke-i-tilbudsviften" og beskeden "Eksempeltilbud er ikke i tilbudsviften og kan ikke udmeldes"
    Og loggen er uændret

  Scenarie: En afgørelse på en anmodning der ikke findes afvises
    Givet DAS godkender udmeldingen "findes-ikke" af "vesthimmerland/rosenvaenget" fra "1. januar 2020"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "anmodning-ukendt" og beskeden "der findes ingen anmodning om udmelding med id 'findes-ikke' for Botilbuddet Rosenvænget"
    Og loggen er uændret

  Scenarie: En anmodning der allerede er afgjort kan ikke afgøres igen
    Givet Vesthimmerland har meldt "vesthimmerland/rosenvaenget" ud af tilbudsviften 2020 som anmodning "ros-ud", modtaget "1. oktober 2019"
    Og DAS godkender ikke udmeldingen "ros-ud" af "vesthimmerland/rosenvaenget" på følgende grundlag, note: "eksempel":
      """
      Tilbuddet bruges af flere kommuner
      """
    Og DAS' beslutning registreres
    Og DAS godkender udmeldingen "ros-ud" af "vesthimmerland/rosenvaenget" fra "1. januar 2020"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "anmodning-afgjort" og beskeden "anmodningen om udmelding 'ros-ud' for Botilbuddet Rosenvænget er allerede afvist"
    Og loggen er uændret

  Scenarie: Et lukket tilbud får ikke nye oplysninger
    Givet "vesthimmerland/rosenvaenget" er lukket pr. "1. oktober 2019"
    Og DAS' beslutning registreres
    Og pladserne i "vesthimmerland/rosenvaenget" ændres til 12 fra "1. januar 2020"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "tilbud-lukket" og beskeden "Botilbuddet Rosenvænget er lukket og kan ikke få nye oplysninger; brug en rettelse, hvis noget tidligere registreret er forkert"
    Og loggen er uændret

  Scenarie: Et lukket tilbud kan rettes uden at historikken omskrives
    Givet "vesthimmerland/rosenvaenget" er lukket pr. "1. oktober 2019"
    Og DAS' beslutning registreres
    Og lukningen af "vesthimmerland/rosenvaenget" rettes til "1. november 2019", fordi "lukkedatoen var skrevet forkert"
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "15. oktober 2019" "Botilbuddet Rosenvænget"
    Og rummer tilbudsviften pr. "1. november 2019" ikke "Botilbuddet Rosenvænget"
    Og viser historikken for "Botilbuddet Rosenvænget" "Lukket fra 2019-10-01" som erstattet af en rettelse
    Og viser historikken for "Botilbuddet Rosenvænget" "Lukket fra 2019-11-01" med beslutningen "das-2019-10-24" punkt "8"

  Scenarie: En for sen indmelding registreres som for sen og godkendes ikke stiltiende
    Givet Aalborg har meldt "aalborg/eksempel" ind i tilbudsviften 2020 som anmodning "eks-ind", modtaget "15. oktober 2019"
    Og DAS' beslutning registreres
    Og DAS godkender indmeldingen "eks-ind" af "aalborg/eksempel" fra "1. januar 2020"
    Når DAS' beslutning forsøges registreret
    Så er anmodningen "eks-ind" registreret som for sen i forhold til fristen "9. oktober 2019"
    Og afvises det med reglen "frist-overskredet" og beskeden "anmodningen om indmelding 'eks-ind' kom efter fristen; angiv at DAS godkender den trods overskredet frist"
    Og loggen er uændret

  Scenarie: En for sen indmelding kan godkendes udtrykkeligt trods fristen
    Givet Aalborg har meldt "aalborg/eksempel" ind i tilbudsviften 2020 som anmodning "eks-ind", modtaget "15. oktober 2019"
    Og DAS godkender indmeldingen "eks-ind" af "aalborg/eksempel" fra "1. januar 2020" trods overskredet frist
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "1. januar 2020" "Eksempeltilbud"
    Og viser historikken for "Eksempeltilbud" "Indmelding godkendt trods overskredet frist; i tilbudsviften fra 2020-01-01" med beslutningen "das-2019-10-24" punkt "8"

  Scenarie: Kun et kategori 2-tilbud kan undtages ved bilaterale aftaler
    Givet "mariagerfjord/specialenheden" undtages ved bilaterale aftaler med "Aalborg, Rebild" fra "1. januar 2020"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "undtagelse-kun-kategori-2" og beskeden "kun et kategori 2-tilbud kan undtages ved bilaterale aftaler; Specialenheden har ukendt kategori"
    Og loggen er uændret
