# language: da
Egenskab: Regler der beskytter registret over tilbudsviften
  Et forkert eller for sent indberettet forhold afvises med en dansk besked og gemmes ikke;
  registret om tilbudsviften forbliver uændret. Reglerne vises med opdigtede tilbud, et
  opdigtet møde i 2031 og opdigtede kilder (opdigtet-referat.txt, opdigtet-takstbilag.pdf), så
  de ikke kan forveksles med referaternes (dem viser tilbudsvifte.feature); driftsherrerne er
  rigtige kommuner, fordi en driftsherre skal være en kommune eller en region.

  Baggrund:
    Givet fristerne for tilbudsviften 2032 er ind- og udmelding "9. oktober 2031" og takster "25. november 2031"
    Og tilbudsviften ifølge det opdigtede takstbilag rummer:
      | nøgle                  | tilbud          | driftsherre | lovgrundlag | pladser | forstærket samarbejde | i tilbudsviften fra |
      | laesoe/fiktivhjemmet | Fiktivhjemmet   | Læsø        | §103        | 23      | ukendt                | 1. januar 2031      |
      | morsoe/proevehuset    | Prøvehuset      | Morsø       |             | ukendt  | ukendt                | 1. januar 2031      |
    Og "laesoe/eksempel" "Eksempeltilbud" (Læsø) er registreret uden for tilbudsviften fra "1. januar 2031"
    Og DAS behandler på mødet den 24. oktober 2031 punkt 8 disse ind- og udmeldinger:

  Scenarie: Pladser under nul afvises
    Givet pladserne i "laesoe/fiktivhjemmet" ændres til -1 fra "1. januar 2032"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "negative-pladser" og beskeden "antallet af pladser kan ikke være negativt (-1)"
    Og loggen er uændret

  Scenarie: Et tilbud uden for tilbudsviften kan ikke udmeldes
    Givet Læsø har meldt "laesoe/eksempel" ud af tilbudsviften 2032 som anmodning "eks-ud"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "ikke-i-tilbudsviften" og beskeden "Eksempeltilbud er ikke i tilbudsviften og kan ikke udmeldes"
    Og loggen er uændret

  Scenarie: En afgørelse på en anmodning der ikke findes afvises
    Givet DAS godkender udmeldingen "findes-ikke" af "morsoe/proevehuset" fra "1. januar 2032"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "anmodning-ukendt" og beskeden "der findes ingen anmodning om udmelding med id 'findes-ikke' for Prøvehuset"
    Og loggen er uændret

  Scenarie: En anmodning der allerede er afgjort kan ikke afgøres igen
    Givet Morsø har meldt "morsoe/proevehuset" ud af tilbudsviften 2032 som anmodning "proeve-ud", modtaget "1. oktober 2031"
    Og DAS godkender ikke udmeldingen "proeve-ud" af "morsoe/proevehuset" på følgende grundlag, note: "opdigtet":
      """
      Tilbuddet bruges af flere kommuner
      """
    Og DAS' beslutning registreres
    Og DAS godkender udmeldingen "proeve-ud" af "morsoe/proevehuset" fra "1. januar 2032"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "anmodning-afgjort" og beskeden "anmodningen om udmelding 'proeve-ud' for Prøvehuset er allerede afvist"
    Og loggen er uændret

  Scenarie: Et lukket tilbud får ikke nye oplysninger
    Givet "morsoe/proevehuset" er lukket pr. "1. oktober 2031"
    Og DAS' beslutning registreres
    Og pladserne i "morsoe/proevehuset" ændres til 12 fra "1. januar 2032"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "tilbud-lukket" og beskeden "Prøvehuset er lukket og kan ikke få nye oplysninger; brug en rettelse, hvis noget tidligere registreret er forkert"
    Og loggen er uændret

  Scenarie: Et lukket tilbud kan rettes uden at historikken omskrives
    Givet "morsoe/proevehuset" er lukket pr. "1. oktober 2031"
    Og DAS' beslutning registreres
    Og lukningen af "morsoe/proevehuset" rettes til "1. november 2031", fordi "lukkedatoen var skrevet forkert"
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "15. oktober 2031" "Prøvehuset"
    Og rummer tilbudsviften pr. "1. november 2031" ikke "Prøvehuset"
    Og viser historikken for "Prøvehuset" "Lukket fra 2031-10-01" som erstattet af en rettelse
    Og viser historikken for "Prøvehuset" "Lukket fra 2031-11-01" med beslutningen "das-2031-10-24" punkt "8"

  Scenarie: En for sen indmelding registreres som for sen og godkendes ikke stiltiende
    Givet Læsø har meldt "laesoe/eksempel" ind i tilbudsviften 2032 som anmodning "eks-ind", modtaget "15. oktober 2031"
    Og DAS' beslutning registreres
    Og DAS godkender indmeldingen "eks-ind" af "laesoe/eksempel" fra "1. januar 2032"
    Når DAS' beslutning forsøges registreret
    Så er anmodningen "eks-ind" registreret som for sen i forhold til fristen "9. oktober 2031"
    Og afvises det med reglen "frist-overskredet" og beskeden "anmodningen om indmelding 'eks-ind' kom efter fristen; angiv at DAS godkender den trods overskredet frist"
    Og loggen er uændret

  Scenarie: En for sen indmelding kan godkendes udtrykkeligt trods fristen
    Givet Læsø har meldt "laesoe/eksempel" ind i tilbudsviften 2032 som anmodning "eks-ind", modtaget "15. oktober 2031"
    Og DAS godkender indmeldingen "eks-ind" af "laesoe/eksempel" fra "1. januar 2032" trods overskredet frist
    Når DAS' beslutning registreres
    Så rummer tilbudsviften pr. "1. januar 2032" "Eksempeltilbud"
    Og viser historikken for "Eksempeltilbud" "Indmelding godkendt trods overskredet frist; i tilbudsviften fra 2032-01-01" med beslutningen "das-2031-10-24" punkt "8"

  Scenarie: Kun et kategori 2-tilbud kan undtages ved bilaterale aftaler
    Givet "laesoe/fiktivhjemmet" undtages ved bilaterale aftaler med "Thisted, Vesthimmerland" fra "1. januar 2032"
    Når DAS' beslutning forsøges registreret
    Så afvises det med reglen "undtagelse-kun-kategori-2" og beskeden "kun et kategori 2-tilbud kan undtages ved bilaterale aftaler; Fiktivhjemmet har ukendt kategori"
    Og loggen er uændret
