# language: da
Egenskab: Socialdirektørkredsens møde den 18. marts 2013
  Referatet (002_19692c500b0e1c7c.txt): nyt FU konstitueres, og Henrik Aarup-Kristensen
  vælges til formand ved akklamation; sekretariatets regnskab for 2012 drøftes. Mødet læses
  fra sin optegnelse (examples/nordjylland/socdir-2013-03-18.yaml); hvert trin nævner den
  linje i referatet, det tjekker.

  Baggrund:
    Givet mødeoptegnelsen "socdir-2013-03-18.yaml" er indlæst

  Scenarie: Mødets hoved og dagsorden som referatet trykker dem
    # 002_19692c500b0e1c7c.txt L7, L9 og L19: tid (som trykt), sted og sagsnr.
    Så holdt SOCDIR mødet "socdir-2013-03-18" den "18. marts 2013" "kl. 10-00-12.00" på "Boulevarden 13, repræsentationslokale 3" med sagsnr. "2011-43820 / 2013-79420"
    # 002_19692c500b0e1c7c.txt L11-15: 16 deltagere; L17: "Afbud Hans Ole Steffensen, Henrik Leth,"
    Og har mødet "socdir-2013-03-18" 16 deltagere og afbud fra "Hans Ole Steffensen, Henrik Leth"
    # 002_19692c500b0e1c7c.txt L23, 27, 31, 80, 222-223, 254, 330, 366 og 368: punkternes numre og titler
    Og er punkterne på "socdir-2013-03-18" "1 Godkendelse af dagsorden; 2 Godkendelse af referat; 3 Orientering fra FU; 4 Sekretariatets regnskab for 2012; 5 Tilbagemelding fra Koordineringsforum vedr. de lands- og landsdelsdækkende tilbud herunder sikrede institutioner; 6 Gennemgang af dagsorden til DAS; 7 Evt.; 8 Næste møde; 9 Møderække"

  Scenarie: Henrik Aarup-Kristensen vælges til formand for FU ved akklamation
    # 002_19692c500b0e1c7c.txt L60-61: "Forretningsudvalget indstillede Henrik som formand og blev af kredsen valgt ved akklamation."
    Så finder en søgning efter "akklamation" punkt "3", hvis sag "fu" har udfaldet "valgt ved akklamation"
    # 002_19692c500b0e1c7c.txt L60-61: valget er punktets eneste angivne udfald
    Og finder filteret på udfaldet "valgt ved akklamation" kun sagen "fu" under punkt "3" på "socdir-2013-03-18"

  Scenarie: Regnskabet drøftes, og SOCDIR tilslutter sig KDK's model
    # 002_19692c500b0e1c7c.txt L202-204: "KDK havde foreslået en model med budgetoverførelse fra sundhedsområdet. SOCDIR tilsluttet sig denne model."
    Så finder en søgning efter "sundhedsområdet" punkt "4" med udfaldet "besluttet anderledes end indstillet"

  Scenarie: Ellen Kirk deltager i stedet for Jesper Hosbond Jensen
    # 002_19692c500b0e1c7c.txt L13-14: "Ellen Kirk i ste-de for Jesper Hosbond Jensen"
    Så har "Ellen Kirk" deltaget i SOCDIR den "18. marts 2013"
    Og står "Ellen Kirk" i deltagerlisten til "socdir-2013-03-18" som "Ellen Kirk (i stede for Jesper Hosbond Jensen)"
