# language: da
Egenskab: Socialdirektørkredsens møde den 18. marts 2013, indlæst fra mødeoptegnelsen
  examples/nordjylland/socdir-2013-03-18.yaml er skrevet fra referatet (002_19692c500b0e1c7c.txt).

  Baggrund:
    Givet mødeoptegnelsen "socdir-2013-03-18.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    Så har mødet "socdir-2013-03-18" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet godkendes
    Så har mødet "socdir-2013-03-18" punkt "2" med udfaldet "godkendt"

  Scenarie: Punkt 3 – Henrik Aarup-Kristensen vælges til formand for FU ved akklamation
    Så har mødet "socdir-2013-03-18" punkt "3" med udfaldet "taget til efterretning"
    Og bærer beslutningen under punkt "3" på "socdir-2013-03-18" "Henrik Aarup-Kristensen udpeget ved akklamation som formand i FU"
    Og har "Henrik Aarup-Kristensen" rollerne "formand i FU (for SOCDIR); repræsentant i KL's arbejdsgruppe om de sikrede institutioner (for SOCDIR)"

  Scenarie: Punkt 4 – sekretariatets regnskab 2012 med et underskud på 164.000 kr.
    Så har mødet "socdir-2013-03-18" punkt "4" med udfaldet "besluttet anderledes end indstillet"
    Og er sekretariatets udgifter 2012 1.715.000 i regnskab og 1.510.000 i budget med resultatet -164.000
    # 002_19692c500b0e1c7c.txt l. 203-204: "SOCDIR tilsluttet sig denne model." (sic)
    Og siger referatet af punkt "4" på "socdir-2013-03-18" "SOCDIR tilsluttet sig denne model."

  Scenarie: Punkt 5 – Henrik repræsenterer SOCDIR i KL's arbejdsgruppe om de sikrede institutioner
    Så har mødet "socdir-2013-03-18" punkt "5" med udfaldet "taget til efterretning"
    Og bærer beslutningen under punkt "5" på "socdir-2013-03-18" "KL's arbejdsgruppe om de sikrede institutioner"

  Scenarie: Punkt 6 – gennemgangen af DAS-dagsordenen giver sekretariatet en pixi-udgave at skrive
    # 002_19692c500b0e1c7c.txt, linje 280-282: "Det blev således besluttet at Styringsgruppen evt. suppleret
    # op med 1 - 2 medlemmer fra udviklingsstrategigruppen udarbejder en oversigt"
    Så har mødet "socdir-2013-03-18" punkt "6" med udfaldet "blandet (afledt af sagerne)"
    Og nævner det gengivne referat af "socdir-2013-03-18" "Styringsaftale (sag 4) — besluttet"
    Og nævner det gengivne referat af "socdir-2013-03-18" "orientering vedr. Socialtilsyn (sag 6) — ikke angivet"
    Og har "Sekretariatet" pr. "1. april 2013" en åben opfølgning "Pixi udgave" med fristen "frist ukendt"

  Scenarie: Punkt 7 – under Evt. orienteres om KTO-forliget og taksterne
    Så siger referatet af punkt "7" på "socdir-2013-03-18" "KTO-forliget"

  Scenarie: En stedfortræder står med sin note
    Så deltog "Ellen Kirk" i mødet "socdir-2013-03-18"
    Og nævner det gengivne referat af "socdir-2013-03-18" "i stede for Jesper Hosbond Jensen"
