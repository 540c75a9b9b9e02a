# language: da
Egenskab: Møde i Den Administrative Styregruppe den 24. oktober 2019
  Referatet (003_dac07bbacd9158aa.txt) registreres som møde, dagsorden og beslutninger;
  beslutningshistorikken og det gengivne referat fortæller det samme som referatet.

  Baggrund:
    Givet DAS holder møde "das-2019-10-24" den "24. oktober 2019" kl. "12.00-15.00" i "Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst – mødelokale 2"
    Og deltagerne er:
      | navn                     | organisation                       | rolle    |
      | Carsten Kaalbye          | Jammerbugt                         |          |
      | Hans Chr. Mariegaard     | Aalborg Kommune FB                 |          |
      | Henrik Aarup-Kristensen  | Brønderslev Kommune                | formand  |
      | Kim Topholm              | Mariagerfjord                      |          |
      | Leif Serup               | Hjørring Kommune                   |          |
      | Lotte Keller Christensen | Læsø Kommune                       |          |
      | Martin Bjørn Jensen      | Region Nordjylland                 |          |
      | Rikke Albrektsen         | Frederikshavn Kommune              |          |
      | Vibeke Stoustrup         | Rebild Kommune                     |          |
      | Charlotte S. Andersen    | sekretariat for rammeaftaler       | ref.     |
      | Morten Aggerholm         | sekretariat for rammeaftaler       | ref.     |
    Og afbud er meldt af "Anne Krøjer, Dorte Juul Hansen, Hanne Madsen, Henrik Rene Christensen, Kirstine Kejser, Lone Becker, Peter Rasmussen, Helene Lund Therkildsen"
    Og dagsordenen er, note: "Dagsordenens oversigt nummererer Årshjul 2020 som 10 og Svar til KKR som 11; i punkternes tekst er det omvendt. Registreret som i punkternes tekst.":
      | nummer | titel                                                                                   | art         | indstilling                                                                                          |
      | 1      | Godkendelse af dagsorden                                                                | behandling  | Den Administrative Styregruppe godkender dagsordenen                                                 |
      | 2      | Godkendelse af referat fra mødet den 26. august                                         | behandling  | Den Administrative Styregruppe godkender referatet fra DAS mødet den 26. august                      |
      | 3      | Egenmestringsgruppen – mandat for det videre arbejde                                    | behandling  | Den Administrative Styregruppe drøfter forslag til produkter vedr. Egenmestring                      |
      | 4      | Dialog med NT vedr. flextrafik                                                          | behandling  | Den Administrative Styregruppe drøfter muligheden for effektivisering af Flextrafik med NT           |
      | 5      | Udmøntning af fokusområde 2: samarbejde mellem kommunerne og behandlingspsykiatrien     | behandling  | Den Administrative Styregruppe drøfter forslag til udmøntningen af fokusområde 2                     |
      | 6      | Udmøntning af fokusområde 1: Socialfagligt fokus på beskæftigelse                       | behandling  | Den Administrative Styregruppe drøfter arbejdsgruppens mandat                                        |
      | 7      | Fokus for Nordjysk Socialaftale 2021-2022                                               | behandling  | Den Administrative Styregruppe udpeger vision og fokusområder for Nordjysk Socialaftale 2021-2022   |
      | 8      | Ind- og udmelding af tilbud i nordjysk Socialaftale                                     | behandling  | Den Administrative Styregruppe drøfter de indmeldte ind- og udmeldinger af tilbud i socialaftalen   |
      | 9      | Drøftelse af henvendelse om oprettelse af botilbud til borgere med Prader-Willis Syndrom | behandling  | Den Administrative Styregruppe drøfter kendskabet til målgruppens omfang i Nordjylland              |
      | 10     | Svar til KKR vedr. tilbud og plejefamiliers arbejde ift. socialtilsynets anbefalinger   | behandling  | at Den Administrative Styregruppe drøfter oplægget til KKR                                           |
      | 11     | Årshjul 2020                                                                            | behandling  | Den Administrative Styregruppe drøfter udkast til årshjul 2020.                                      |
      | 12     | Orientering fra FU                                                                      | orientering | Den Administrative Styregruppe tager orienteringerne til efterretning                                |
      | 13     | Evt.                                                                                    | orientering |                                                                                                      |
    Og DAS træffer disse beslutninger:
      | punkt | udfald                 | referat                                                                                                                                   |
      | 1     | approved               | Dagsordenen blev godkendt                                                                                                                 |
      | 2     | approved               | Referatet blev godkendt                                                                                                                   |
      | 3     | decided_otherwise      | DAS valgte, at arbejdsgruppen skal arbejde videre med: Fokus på uddannelse; Samarbejde mellem myndighed og udfører; Vidensbreve           |
      | 4     | discussed              | Underdirektør Nicolai B. Sørensen fra NT flekstrafik præsenterede, hvilke overordnede besparelsesmuligheder de kunne se for kommunerne     |
      | 7     | decided_otherwise      | DAS besluttede, at "Egenmestring" skulle fortsætte som overordnet vision, men uden initiativer                                             |
      | 8     | rejected_with_reasons  | DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland.                          |
      | 10    | approved_with_remarks  | Oplægget blev godkendt med en lille præcisering om, at der ikke ønskes mere dialog mellem tilsynet og kommunerne                          |
      | 11    | approved_with_remarks  | Årshjul godkendes, dog med et ønske om, at der udarbejdes et årshjul, hvor man kan se, hvilke faste punkter der er på de forskellige DAS møder |
      | 12    | noted                  | Orienteringen blev taget til efterretning.                                                                                                |

  Scenarie: Beslutningshistorikken viser mødets beslutninger i punkternes rækkefølge
    Så viser beslutningshistorikken for DAS punkterne "1, 2, 3, 4, 7, 8, 10, 11, 12"
    Og er punkt "12" "taget til efterretning" med referatet "Orienteringen blev taget til efterretning."

  Scenarie: Søgning efter Taleinstituttet finder udmeldingssagen
    Så finder en søgning efter "taleinstituttet" kun punkt "8" "Ind- og udmelding af tilbud i nordjysk Socialaftale"
    Og finder en søgning efter "årshjul" kun punkt "11" "Årshjul 2020"

  Scenarie: Udfaldsfilteret tager referatets danske navne og den viste tekst
    Så finder filteret på udfaldet "drøftet" kun punkt "4"
    Og finder filteret på udfaldet "droeftet" kun punkt "4"
    Og finder filteret på udfaldet "taget til efterretning" kun punkt "12"
    Og finder filteret på udfaldet "ikke_angivet" ingen punkter
    Og afvises filteret på udfaldet "drøftt" med "mente du droeftet?"

  Scenarie: Beslutningen under punkt 8 lister de fakta, den bærer
    Når DAS' beslutning under punkt 8 lukker "Botilbuddet Rosenvænget" pr. "1. oktober 2019"
    Så bærer beslutningen "das-2019-10-24" punkt "8" faktummet "TilbudClosed"

  Scenarie: Referatet gengives med mødets hoved, deltagere og punkter
    Så indeholder det gengivne referat "**Sted** Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst – mødelokale 2"
    Og indeholder det gengivne referat "Henrik Aarup-Kristensen (Brønderslev Kommune, formand)"
    Og indeholder det gengivne referat "## 12. Orientering fra FU"
    Og indeholder det gengivne referat "Orienteringen blev taget til efterretning."
    Og nævner det gengivne referat alle 13 punkter i rækkefølge

  Scenarie: En beslutning om et punkt, der ikke står på dagsordenen, afvises
    Når der registreres en beslutning om punkt "14" den "24. oktober 2019"
    Så afvises det med "punkt 14 står ikke på dagsordenen for das-2019-10-24"
    Og er loggen uændret

  Scenarie: En beslutning dateret før mødet afvises
    Når der registreres en beslutning om punkt "9" den "23. oktober 2019"
    Så afvises det med "en beslutning kan ikke registreres før mødedatoen 2019-10-24"
    Og er loggen uændret

  Scenarie: En godkendt dagsorden ændres kun ved en registreret ændring
    Når en ny dagsorden foreslås med punktet "Ny dagsorden"
    Så afvises det med "dagsordenen for das-2019-10-24 er godkendt; den ændres kun ved en registreret ændring"
    Og er loggen uændret
    Når dagsordenen ændres med punktet "14" "Næste møde" fordi "rejst under Evt."
    Så står punkt "14" "Næste møde" sidst på dagsordenen
