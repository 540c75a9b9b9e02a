# language: da
Egenskab: Ind- og udmelding af tilbud i Nordjysk Socialaftale for 2020
  DAS godkendte den 24. oktober 2019 (punkt 8) tilbudsviften for 2020: pladser
  ændret, tilbud omdannet, opsplittet, erstattet og lukket. Udmeldingen af
  Taleinstituttet/Hjerneskadecenter Nordjylland blev ikke godkendt.

  Baggrund:
    Givet fristerne for tilbudsviften 2020 er ind- og udmelding "9. oktober 2019" og takster "25. november 2019"
    Og tilbudsviften ifølge takstbilag 2019 rummer:
      | nøgle                               | tilbud                                         | driftsherre        | lovgrundlag | pladser | forstærket samarbejde | i tilbudsviften fra |
      | mariagerfjord/kirketoften           | Botilbud Kirketoften                           | Mariagerfjord      | §105        | 28      | ukendt                | 1. januar 2019      |
      | mariagerfjord/kernen                | Aktivitetstilbud Kernen                        | Mariagerfjord      | §104        | ukendt  | ukendt                | 1. januar 2019      |
      | mariagerfjord/kirketoften-aktivitet | Kirketoften, afd. Aktivitet                    | Mariagerfjord      | §105        | ukendt  | ukendt                | 1. januar 2019      |
      | mariagerfjord/kaervej               | Botilbud Kærvej                                | Mariagerfjord      | §105+§104   | ukendt  | ukendt                | 1. januar 2019      |
      | mariagerfjord/specialenheden        | Specialenheden                                 | Mariagerfjord      | §103        | 23      | ukendt                | 1. januar 2019      |
      | region-nordjylland/skovvaenget      | Bosted Skovvænget                              | Region Nordjylland |             | ukendt  | ukendt                | 1. januar 2019      |
      | region-nordjylland/vestervang       | Bosted Vestervang                              | Region Nordjylland |             | ukendt  | ukendt                | 1. januar 2019      |
      | region-nordjylland/strandgaarden    | Rehabiliteringscenter Strandgården             | Region Nordjylland |             | ukendt  | ukendt                | 1. januar 2018      |
      | vesthimmerland/rosenvaenget         | Botilbuddet Rosenvænget                        | Vesthimmerland     |             | ukendt  | ukendt                | 1. januar 2019      |
      | aalborg/ti-hcn                      | Taleinstituttet/Hjerneskadecenter Nordjylland  | Aalborg            |             | ukendt  | ja                    | 1. januar 2019      |
    Og Aalborg har meldt "aalborg/ti-hcn" ud af tilbudsviften 2020 som anmodning "ti-hcn-udmelding-2020"

    Og DAS behandler på mødet den 24. oktober 2019 punkt 8 disse ind- og udmeldinger:
    Og pladserne i "mariagerfjord/kirketoften" ændres til 27 fra "1. januar 2020", og 1 aflastningsplads er kommunal, note: "FU godkendte i 2019, at én af 28 faste pladser blev omdannet til én aflastningsplads; datoen fremgår ikke, registreret fra tilbudsviften 2020"
    Og "mariagerfjord/kernen" omdannes fra "1. januar 2020" til "Aktivitetshuset Hobro" (§104) med 31 pladser
    Og "mariagerfjord/kirketoften-aktivitet" er lukket uden oplyst dato og udgår fra "1. januar 2020", note: "Tilbuddet er lukket; lukkedatoen fremgår ikke, registreret som udgået af tilbudsviften 2020"
    Og "mariagerfjord/kaervej" opsplittes fra "1. januar 2020", note: "referatet skriver 'fremadrettet'; registreret fra tilbudsviften 2020. Om de 13 interne pladser er socialaftalepladser fremgår ikke; alle 17 registreret", i:
      | nøgle                            | tilbud                                        | lovgrundlag   | pladser | pladsdele                                       |
      | mariagerfjord/kaervej-bo         | Botilbud Kærvej, bodel                        | § 105, stk. 1 | 15      |                                                 |
      | mariagerfjord/kaervej-aktivitet  | Botilbud Kærvej, samværs- og aktivitetstilbud | §104          | 17      | 13 pladser for interne borgere; 4 eksterne pladser |
    Og pladserne i "mariagerfjord/specialenheden" ændres til 30 fra "1. januar 2020", note: "datoen fremgår ikke; registreret fra tilbudsviften 2020"
    Og "region-nordjylland/skovvaenget" og "region-nordjylland/vestervang" erstattes pr. "15. april 2019" af "region-nordjylland/bostedet-aars" "Bostedet Aars" (§108), note: "referatet skriver 'Bosted Skovvænget og Vestervang'; registreret som to tilbud"
    Og "region-nordjylland/strandgaarden" er lukket pr. "31. december 2018", note: "lukket pr. 31. december 2018: om 31. december var sidste driftsdag fremgår ikke; registreret som ude fra denne dato"
    Og "vesthimmerland/rosenvaenget" er lukket pr. "1. oktober 2019"
    Og DAS godkender ikke udmeldingen "ti-hcn-udmelding-2020" af "aalborg/ti-hcn" på følgende grundlag, note: "Resuméet siger fem begrundelser; referatet opregner seks punkter, registreret som skrevet":
      """
      DAS følger præcedens for 2018, hvor tilbud med borgere fra 2-3 kommuner ikke blev taget ud af Socialaftalen
      Tre kommuner har lavet formaliseret bilaterale aftaler
      Øvrige kommuner ønsker at benytte tilbuddet såfremt behovet opstår
      TI/HCN er et højtspecialiseret tilbud, som er unikt i Nordjylland.
      Hvis TI/HCN, som højt specialiseret tilbud, kan trækkes ud på ovenstående kriterier, vil det kunne betyde, at mange tilbud (med 3-4 aktuelle køberkommuner) kan trækkes ud, hvilket kunne reducere den fælles tilbudsvifte markant, og dermed påføre store konsekvenser for det fremtidige samarbejde i Nordjylland.
      KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde, men forbliver en del af rammeaftalesamarbejdet
      """
    Og "aalborg/ti-hcn" udtræder af det forstærkede samarbejde fra "1. januar 2020", note: "besluttet af KKR og de nordjyske byråd; fremgår af DAS-referatet"

  Scenarie: Tilbudsviften for 2020 efter DAS' godkendelse
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "1. januar 2020":
      | tilbud                                          | driftsherre        | lovgrundlag     | pladser | forstærket samarbejde |
      | Aktivitetshuset Hobro                           | Mariagerfjord      | SEL § 104       | 31      | ukendt                |
      | Botilbud Kirketoften                            | Mariagerfjord      | ABL § 105       | 27      | ukendt                |
      | Botilbud Kærvej, bodel                          | Mariagerfjord      | ABL § 105, stk. 1 | 15    | ukendt                |
      | Botilbud Kærvej, samværs- og aktivitetstilbud   | Mariagerfjord      | SEL § 104       | 17      | ukendt                |
      | Specialenheden                                  | Mariagerfjord      | SEL § 103       | 30      | ukendt                |
      | Bostedet Aars                                   | Region Nordjylland | SEL § 108       | ukendt  | ukendt                |
      | Taleinstituttet/Hjerneskadecenter Nordjylland   | Aalborg            |                 | ukendt  | nej                   |

  Scenarie: Rosenvænget er med til og med 30. september 2019
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "30. september 2019" "Botilbuddet Rosenvænget"
    Og rummer tilbudsviften pr. "1. januar 2020" ikke "Botilbuddet Rosenvænget"
    Og har "Aktivitetshuset Hobro" 31 pladser i tilbudsviften pr. "1. januar 2020"
    Og har "Aktivitetstilbud Kernen" ukendt antal pladser i tilbudsviften pr. "31. december 2019"

  Scenarie: Tilbudsviften som registret kendte den før mødet
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "1. januar 2020", som den var kendt den "1. oktober 2019", "Botilbuddet Rosenvænget"
    Og har "Botilbud Kirketoften" 28 pladser i tilbudsviften pr. "1. januar 2020", som den var kendt den "1. oktober 2019"
    Og har "Botilbud Kirketoften" 27 pladser i tilbudsviften pr. "1. januar 2020", som den var kendt den "24. oktober 2019"

  Scenarie: Skovvænget og Vestervang erstattes af Bostedet Aars
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "14. april 2019" "Bosted Skovvænget"
    Og rummer tilbudsviften pr. "14. april 2019" ikke "Bostedet Aars"
    Og rummer tilbudsviften pr. "15. april 2019" "Bostedet Aars"
    Og rummer tilbudsviften pr. "15. april 2019" ikke "Bosted Vestervang"
    Og rummer tilbudsviften pr. "30. december 2018" "Rehabiliteringscenter Strandgården"
    Og rummer tilbudsviften pr. "31. december 2018" ikke "Rehabiliteringscenter Strandgården"

  Scenarie: Udmeldingen af Taleinstituttet godkendes ikke, og begrundelserne står som i referatet
    Når DAS' beslutning registreres
    Så er anmodningen "ti-hcn-udmelding-2020" om udmelding afvist med 6 begrundelser, den første "DAS følger præcedens for 2018, hvor tilbud med borgere fra 2-3 kommuner ikke blev taget ud af Socialaftalen"
    Og rummer tilbudsviften pr. "1. januar 2020" "Taleinstituttet/Hjerneskadecenter Nordjylland"
    Og viser historikken for "Taleinstituttet/Hjerneskadecenter Nordjylland" "Udmelding ikke godkendt (6 begrundelser)" med beslutningen "das-2019-10-24" punkt "8"

  Scenarie: Ændringerne fra 2019 til 2020 som DAS godkendte dem
    Når DAS' beslutning registreres
    Så viser ændringerne fra "31. december 2019" til "1. januar 2020":
      | ændring | tilbud                                         |
      | ind     | Botilbud Kærvej, bodel                         |
      | ind     | Botilbud Kærvej, samværs- og aktivitetstilbud  |
      | ud      | Botilbud Kærvej                                |
      | ud      | Kirketoften, afd. Aktivitet                    |
      | ændret  | Aktivitetshuset Hobro                          |
      | ændret  | Botilbud Kirketoften                           |
      | ændret  | Specialenheden                                 |
      | ændret  | Taleinstituttet/Hjerneskadecenter Nordjylland  |

  Scenarie: Historikken for Kernen viser omdannelsen med kilde og beslutning
    Når DAS' beslutning registreres
    Så viser historikken for "Aktivitetshuset Hobro" "Aktivitetstilbud Kernen omdannet til Aktivitetshuset Hobro (SEL § 104, 31 pladser) fra 2020-01-01" med beslutningen "das-2019-10-24" punkt "8"
