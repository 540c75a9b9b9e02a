# language: da
Egenskab: DAS' møde den 24. oktober 2019, indlæst fra mødeoptegnelsen
  examples/nordjylland/das-2019-10-24.yaml er skrevet fra referatet (003_dac07bbacd9158aa.txt).
  Hvert punkt skal fortælle det samme efter indlæsning, som referatet gør.

  Baggrund:
    Givet mødeoptegnelsen "das-2019-10-24.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    Så har mødet "das-2019-10-24" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet fra mødet den 26. august godkendes
    Så har mødet "das-2019-10-24" punkt "2" med udfaldet "godkendt"
    Og godkender punkt "2" referatet fra "das-2019-08-26"

  Scenarie: Punkt 3 – egenmestringsgruppen arbejder videre med tre produkter
    Så har mødet "das-2019-10-24" punkt "3" med udfaldet "besluttet anderledes end indstillet"
    # 003_dac07bbacd9158aa.txt l. 246-253: "skal arbejde videre med:" and three bullets
    Og siger referatet af punkt "3" på "das-2019-10-24" "skal arbejde videre med: • Fokus på uddannelse • Samarbejde mellem myndighed og udfører • Vidensbreve"

  Scenarie: Punkt 4 – NT præsenterer besparelsesmuligheder i flextrafik
    Så har mødet "das-2019-10-24" punkt "4" med udfaldet "drøftet"
    Og siger referatet af punkt "4" på "das-2019-10-24" "Nicolai B. Sørensen fra NT flekstrafik"

  Scenarie: Punkt 5 – temadagen om behandlingspsykiatrien drøftes med tre forslag
    Så har mødet "das-2019-10-24" punkt "5" med udfaldet "drøftet"
    Og siger referatet af punkt "5" på "das-2019-10-24" "Borgere med dobbeltdiagnose (demens og psykiske lidelser)"

  Scenarie: Punkt 6 – beskæftigelsesgruppen får tre nye medlemmer, to endnu ikke navngivet
    Så har mødet "das-2019-10-24" punkt "6" med udfaldet "drøftet"
    Og har arbejdsgruppen "Socialfagligt fokus på beskæftigelse" pr. "1. november 2019" 3 medlemmer
    Og bærer beslutningen under punkt "6" på "das-2019-10-24" "Tine Blach"

  Scenarie: Punkt 7 – vision og fokusområder for 2021-2022, C lagt sammen med specialiseringen
    Så har mødet "das-2019-10-24" punkt "7" med udfaldet "besluttet anderledes end indstillet"
    Og har "Nordjysk Socialaftale 2021-2022" fokusområderne "A, D, F"
    Og er "C" lagt sammen med "F" i "Nordjysk Socialaftale 2021-2022"

  Scenarie: Punkt 8 – ind- og udmeldinger godkendt, undtagen TI/HCN's udmelding
    Så har mødet "das-2019-10-24" punkt "8" med udfaldet "blandet (afledt af sagerne)"
    Og siger referatet af punkt "8" på "das-2019-10-24" "DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland."
    Og nævner det gengivne referat af "das-2019-10-24" "TI/HCN er et højtspecialiseret tilbud, som er unikt i Nordjylland."
    Og er "Botilbuddet Rosenvænget" i tilbudsviften pr. "30. september 2019"
    Og er "Botilbuddet Rosenvænget" ikke i tilbudsviften pr. "1. januar 2020"
    Og har "Aktivitetshuset Hobro" 31 pladser pr. "1. januar 2020"
    Og er "Taleinstituttet/Hjerneskadecenter Nordjylland" i tilbudsviften pr. "1. januar 2020"

  Scenarie: Punkt 9 – afdækning af antallet af borgere med Prader-Willis Syndrom, uden frist
    Så har mødet "das-2019-10-24" punkt "9" med udfaldet "drøftet"
    Og har "Region Nordjylland" pr. "1. november 2019" en åben opfølgning "Prader-Willis" med fristen "frist ukendt"

  Scenarie: Punkt 10 – oplægget til KKR godkendes med en præcisering
    Så har mødet "das-2019-10-24" punkt "10" med udfaldet "godkendt med bemærkninger"

  Scenarie: Punkt 11 – årshjulet 2020 godkendes med fem arrangementer
    Så har mødet "das-2019-10-24" punkt "11" med udfaldet "godkendt med bemærkninger"
    Og rummer årshjulet for 2020 5 arrangementer

  Scenarie: Punkt 12 – orienteringen fra FU tages til efterretning
    Så har mødet "das-2019-10-24" punkt "12" med udfaldet "taget til efterretning"

  Scenarie: Punkt 13 – under Evt. blev intet besluttet
    Så er der ingen beslutning under punkt "13" på "das-2019-10-24"
    Og nævner det gengivne referat af "das-2019-10-24" "13. Evt."

  Scenarie: Det gengivne referat har mødets hoved, deltagere, afbud og alle punkter
    Så nævner det gengivne referat af "das-2019-10-24" "Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst – mødelokale 2"
    Og deltog "Henrik Aarup-Kristensen" i mødet "das-2019-10-24"
    Og meldte "Helene Lund Therkildsen" afbud til mødet "das-2019-10-24"
    Og nævner det gengivne referat af "das-2019-10-24" alle 14 punkter i rækkefølge

  Scenarie: Samme optegnelse indlæst igen registrerer intet
    Så indlæses "das-2019-10-24.yaml" igen uden nye hændelser
