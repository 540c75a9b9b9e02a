# language: da
Egenskab: Socialdirektørkredsens møde den 10. oktober 2014, indlæst fra mødeoptegnelsen
  examples/nordjylland/socdir-2014-10-10.yaml er skrevet fra referatet (000_939a2e46bbe95266.txt).

  Baggrund:
    Givet mødeoptegnelsen "socdir-2014-10-10.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    Så har mødet "socdir-2014-10-10" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet fra mødet den 12. august 2014 godkendes
    Så har mødet "socdir-2014-10-10" punkt "2" med udfaldet "godkendt"
    Og godkender punkt "2" referatet fra "socdir-2014-08-12"

  Scenarie: Punkt 3 – takstanalysens arbejdsgruppe med formandskab og tidsplan med tre DAS-milepæle
    Så har mødet "socdir-2014-10-10" punkt "3" med udfaldet "godkendt"
    Og har at-klausul 1 under punkt "3" udfaldet "drøftet"
    Og har at-klausul 3 under punkt "3" udfaldet "godkendt"
    Og nævner det gengivne referat af "socdir-2014-10-10" "godkender tidsplan — godkendt"
    Og har arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. november 2014" formanden "Aalborg Kommune" og næste milepæl "godkendelse af kommissorium" den "13. november 2014"
    Og har arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. december 2014" formanden "Aalborg Kommune" og næste milepæl "statusorientering" den "16. januar 2015"
    Og advarer arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. november 2014" "Region Nordjylland er ikke repræsenteret"

  Scenarie: Punkt 4 – Aalborg skal til næste møde skitsere aftalemodeller for TI/HCN
    Så har mødet "socdir-2014-10-10" punkt "4" med udfaldet "drøftet"
    Og har "Aalborg Kommune" pr. "11. oktober 2014" en åben opfølgning "aftalemodeller" med fristen "næste møde (2014-11-13)"

  Scenarie: Punkt 5 – for tidligt at beslutte et fast NOPII-sekretariat
    Så har mødet "socdir-2014-10-10" punkt "5" med udfaldet "besluttet anderledes end indstillet"
    Og har "NOPII-styregruppen" pr. "11. oktober 2014" en åben opfølgning "udbuddet" med fristen "næste møde (2014-11-13)"

  Scenarie: Punkt 6 – modellen for arbejdsgrupperne om de centrale udmeldinger godkendes
    Så har mødet "socdir-2014-10-10" punkt "6" med udfaldet "godkendt"
    Og siger referatet af punkt "6" på "socdir-2014-10-10" "1 konsulent fra sekretariat for rammeaftale, der fungerer som tovholder for arbejdsgruppen"
    Og siger referatet af punkt "6" på "socdir-2014-10-10" "4-5 kommunale myndighedsrepræsentanter"

  Scenarie: Punkt 7 – kredsen tilslutter sig Midtjyllands skrivelse om Tilbudsportalen
    Så har mødet "socdir-2014-10-10" punkt "7" med udfaldet "besluttet anderledes end indstillet"
    Og siger referatet af punkt "7" på "socdir-2014-10-10" "besluttede at tilslutte sig skrivelsen"

  Scenarie: Punkt 8 – Ankestyrelsens afgørelse sættes på næste dagsorden
    Så har mødet "socdir-2014-10-10" punkt "8" med udfaldet "drøftet"
    # 000_939a2e46bbe95266.txt, linje 377-378: «at sagen i samarbejde med Frederikshavn Kommune
    # sættes på dagsordenen for næste møde» nævner ingen ansvarlig: den er ukendt ("ikke angivet");
    # næste møde er det, punktet "Næste møde" annoncerer
    Og har "ikke angivet" pr. "11. oktober 2014" en åben opfølgning "Ankestyrelsens afgørelse" med fristen "næste møde (2014-11-13)"
    Og har "ikke angivet" pr. "11. oktober 2014" en åben opfølgning "brev til KL" med fristen "frist ukendt"

  Scenarie: Delvist fremmøde står ved deltageren
    Så nævner det gengivne referat af "socdir-2014-10-10" "deltog under punkterne 1-3"
    Og meldte "Benjamin Holst" afbud til mødet "socdir-2014-10-10"
