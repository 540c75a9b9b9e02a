# language: da
Egenskab: Socialdirektørkredsens møde den 18. marts 2013, indlæst fra mødeoptegnelsen
  examples/nordjylland/socdir-2013-03-18.yaml er skrevet fra referatet (002_19692c500b0e1c7c.txt);
  hvert trin herunder nævner den linje i referatet, det tjekker.

  Baggrund:
    Givet mødeoptegnelsen "socdir-2013-03-18.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    # 002_19692c500b0e1c7c.txt L23-25: "1. Godkendelse af dagsorden" / "Godkendt"
    Så har mødet "socdir-2013-03-18" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet godkendes, uden at referatet siger hvilket
    # 002_19692c500b0e1c7c.txt L27-29: "2. Godkendelse af referat" / "Godkendt"
    Så har mødet "socdir-2013-03-18" punkt "2" med udfaldet "godkendt"
    # 002_19692c500b0e1c7c.txt L27: intet møde nævnt; registreret som det foregående SOCDIR-møde
    Og godkender punkt "2" referatet fra "socdir-2013-01-17"

  Scenarie: Punkt 3 – Henrik Aarup-Kristensen vælges til formand for FU ved akklamation
    # 002_19692c500b0e1c7c.txt L45: "Henrik indleder punktet"
    Så indleder "Henrik" punkt "3" på "socdir-2013-03-18"
    # 002_19692c500b0e1c7c.txt L53-76: orienteringen har intet udfald, valget har; punktets udfald afledes
    Og har mødet "socdir-2013-03-18" punkt "3" med udfaldet "blandet (afledt af sagerne)"
    # 002_19692c500b0e1c7c.txt L60-61: "Forretningsudvalget indstillede Henrik som formand og blev af kredsen valgt ved akklamation."
    Og har sagen "fu" under punkt "3" på "socdir-2013-03-18" udfaldet "valgt ved akklamation"
    Og bærer sagen "fu" under punkt "3" på "socdir-2013-03-18" "Henrik Aarup-Kristensen udpeget ved akklamation som formand i FU"
    # 002_19692c500b0e1c7c.txt L60-61 (formand i FU) og L250-251: "Henrik repræsenterer SOCDIR i arbejdsgruppen."
    Og har "Henrik Aarup-Kristensen" rollerne "formand i FU (for SOCDIR); repræsentant i KL's arbejdsgruppe om de sikrede institutioner (for SOCDIR)"
    # 002_19692c500b0e1c7c.txt L59-60: "Jens Nørgaard blev peget på at til at indtræde som nyt medlem efter Jan Nielsen"
    Og har "Jens Nørgaard" rollerne "medlem i FU (for SOCDIR)"
    # 002_19692c500b0e1c7c.txt L75-76: "det er Forretningsudvalget som er ansættelsesudvalg"
    Og siger sagen "ansaettelse" under punkt "3" på "socdir-2013-03-18" "det er Forretningsudvalget som er ansættelsesudvalg"

  Scenarie: Punkt 3 – sekretariatet ledes fra 1. marts af Dorthe Jespersgaard
    # 002_19692c500b0e1c7c.txt L41-42: "er fra 1. marts tilknyttet Borgmestersekretariatet under ledelse af Sekretariatsleder Dorthe Jespersgaard"
    # og L54: "Sekretariatets nye leder Dorthe Jespersgaard"
    Så er "Dorthe Jespersgaard" fra "1. marts 2013" "Sekretariatsleder" i "Sekretariat for rammeaftaler"
    # 002_19692c500b0e1c7c.txt L42: "som vil deltage ved punktet"
    Og deltog "Dorthe Jespersgaard" som gæst under punkt "3" på "socdir-2013-03-18"

  Scenarie: Punkt 4 – sekretariatets regnskab 2012 med et underskud på 164.000 kr.
    # 002_19692c500b0e1c7c.txt L189: "Henrik indleder punktet"
    Så indleder "Henrik" punkt "4" på "socdir-2013-03-18"
    # 002_19692c500b0e1c7c.txt L195 indstillingen "at drøfte og godkende regnskab for 2012"; L203-204 "SOCDIR tilsluttet sig denne model."
    Og har mødet "socdir-2013-03-18" punkt "4" med udfaldet "besluttet anderledes end indstillet"
    # 002_19692c500b0e1c7c.txt L164 "Samlede udgifter i alt 1.715.000 1.510.000" og L183 "-164.000"
    Og er sekretariatets udgifter 2012 1.715.000 i regnskab og 1.510.000 i budget med resultatet -164.000
    # 002_19692c500b0e1c7c.txt L203-204: "SOCDIR tilsluttet sig denne model." (sic)
    Og siger referatet af punkt "4" på "socdir-2013-03-18" "SOCDIR tilsluttet sig denne model."
    # 002_19692c500b0e1c7c.txt L209-212: fodnote 5 ved "Temamøder/Arrangementer5"
    Og står fodnote "5" ved linjen "Temamøder/Arrangementer" med "Det bemærkes at 40.000 finansieres af deltagerbetaling (politisk dialogmøde 2012)"
    # 002_19692c500b0e1c7c.txt L221: "Husleje 850 kr. pr. m2 (30m2)" — kun huslejen har et antal
    Og giver fodnote "8" huslejen 25.500 kr. og ingen sum for fodnoten

  Scenarie: Punkt 4 – KKR's fordeling efter befolkningstal, besluttet af KKR
    # 002_19692c500b0e1c7c.txt L82-87: "KKR traf ved møde den 4. februar følgende beslutning ... fordeles mellem kommunerne i forhold til befolkningstal"
    Så fordeles "finansiering af sekretariatet" efter "befolkningstal" og venter på "det samlede beløb; hvilket års befolkningstal"
    Og bærer beslutningen under punkt "4" på "socdir-2013-03-18" "Fordelingsnøgle 'finansiering af sekretariatet': befolkningstal"
    Og er fordelingsnøglen under punkt "4" på "socdir-2013-03-18" "besluttet af KKR 4. februar 2013 (ifølge kilden)"

  Scenarie: Punkt 5 – Henrik repræsenterer SOCDIR i KL's arbejdsgruppe om de sikrede institutioner
    # 002_19692c500b0e1c7c.txt L239 indstillingen; referatet L247-251 siger intet udfald (optegnelsens note)
    Så har mødet "socdir-2013-03-18" punkt "5" med udfaldet "ikke angivet"
    # 002_19692c500b0e1c7c.txt L250-251: "Henrik repræsenterer SOCDIR i arbejdsgruppen."
    Og bærer beslutningen under punkt "5" på "socdir-2013-03-18" "KL's arbejdsgruppe om de sikrede institutioner"

  Scenarie: Punkt 6 – gennemgangen af DAS-dagsordenen giver sekretariatet en pixi-udgave at skrive
    # 002_19692c500b0e1c7c.txt L259-306: intet udfald for punktet; "Det blev således besluttet" (L280) kun om kategoriseringsmodellen
    Så har mødet "socdir-2013-03-18" punkt "6" med udfaldet "blandet (afledt af sagerne)"
    # 002_19692c500b0e1c7c.txt L268 og L280-283: "Forslag til ny kategoriseringsmodel." ... "Det blev således besluttet at Styringsgruppen ..."
    Og har sagen "kategorisering" under punkt "6" på "socdir-2013-03-18" udfaldet "besluttet"
    # 002_19692c500b0e1c7c.txt L261-266: processen forskydes; intet udfald
    Og har sagen "4" under punkt "6" på "socdir-2013-03-18" udfaldet "ikke angivet"
    # 002_19692c500b0e1c7c.txt L298-299: Leif om Socialtilsyn; intet udfald
    Og nævner det gengivne referat af "socdir-2013-03-18" "orientering vedr. Socialtilsyn (sag 6) — ikke angivet"
    # 002_19692c500b0e1c7c.txt L263-265: "SOCDIR skal således ved møde i juni behandle 2. udkast ... ved møde i august"
    Og rummer årshjulet for 2013 3 arrangementer
    # 002_19692c500b0e1c7c.txt L292-294: "Sekretariatet er ansvarligt for udarbejdelsen." (ingen frist)
    Og har "Sekretariatet" pr. "1. april 2013" en åben opfølgning "Pixi udgave" med fristen "frist ukendt"

  Scenarie: Punkt 7 – under Evt. er der enighed om uændrede takster for 2013
    # 002_19692c500b0e1c7c.txt L360: "Der var enighed om, at der ikke ændres i taksterne for 2013."
    # (the expectation for 2015: L361-362)
    Så har sagen "takster" under punkt "7" på "socdir-2013-03-18" udfaldet "besluttet"
    Og er taksterne for 2013 "uaendret" med en forventning for 2015 "nedsaettelse"
    # 002_19692c500b0e1c7c.txt L334: "Sekretariatet har fået følgende orientering fra KL vedr. sociale takster og KTO-forliget"
    Og siger referatet af punkt "7" på "socdir-2013-03-18" "KTO-forliget"

  Scenarie: Punkt 9 – sekretariatet fremlægger en møderække til næste møde
    # 002_19692c500b0e1c7c.txt L366: "8. Næste møde 3. juni kl. 10.00" og L370: "Sekretariatet udarbejder forlag til møderække som præsenteres ved næste møde"
    Så har "Sekretariatet" pr. "1. april 2013" en åben opfølgning "møderække" med fristen "næste møde (2013-06-03)"

  Scenarie: En stedfortræder står med sin note
    # 002_19692c500b0e1c7c.txt L13-14: "Ellen Kirk i ste-de for Jesper Hosbond Jensen"
    Så deltog "Ellen Kirk" i mødet "socdir-2013-03-18"
    Og nævner det gengivne referat af "socdir-2013-03-18" "i stede for Jesper Hosbond Jensen"
