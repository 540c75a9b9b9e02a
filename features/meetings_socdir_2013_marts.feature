# language: da
Egenskab: Socialdirektørkredsens møde den 18. marts 2013
  Referatet (002_19692c500b0e1c7c.txt): nyt FU konstitueres, og Henrik Aarup-Kristensen
  vælges til formand ved akklamation; sekretariatets regnskab for 2012 drøftes.

  Baggrund:
    Givet SOCDIR holder møde "socdir-2013-03-18" den "18. marts 2013" med sagsnr. "2011-43820 / 2013-79420"
    Og på dette møde deltager "Alice Aagaard Hageman, Hans Chr. Mariegaard, Lone Vestergaard, Elsemarie Lauvring, Dorthe Jende, Flemming Hansen, Leif Serup, Line Rohde, Henrik Aarup-Kristensen, Sven Åge Fog, Jens Nørgaard, Ellen Kirk, Jan Lund-Andersen, Rikke Albrektsen, Lone Boelt Møller, Hilde E. Thun Holst" og afbud er meldt af "Hans Ole Steffensen, Henrik Leth"
    Og punkterne er "1 Godkendelse af dagsorden; 2 Godkendelse af referat; 3 Orientering fra FU; 4 Sekretariatets regnskab for 2012; 5 Tilbagemelding fra Koordineringsforum vedr. de lands- og landsdelsdækkende tilbud herunder sikrede institutioner; 6 Gennemgang af dagsorden til DAS; 7 Evt.; 8 Næste møde; 9 Møderække"

  Scenarie: Henrik Aarup-Kristensen vælges til formand for FU ved akklamation
    Når punkt "3" besluttes som "elected_by_acclamation" med referatet "Forretningsudvalget indstillede Henrik som formand og blev af kredsen valgt ved akklamation."
    Så finder en søgning efter "akklamation" punkt "3" med udfaldet "valgt ved akklamation"

  Scenarie: Regnskabet drøftes, og SOCDIR tilslutter sig KDK's model
    Når punkt "4" besluttes som "decided_otherwise" med referatet "Henrik orienterede om, at KDK havde foreslået en model med budgetoverførelse fra sundhedsområdet. SOCDIR tilsluttet sig denne model."
    Så finder en søgning efter "sundhedsområdet" punkt "4" med udfaldet "besluttet anderledes end indstillet"

  Scenarie: Ellen Kirk deltager i stedet for Jesper Hosbond Jensen
    Så har "Ellen Kirk" deltaget i SOCDIR den "18. marts 2013"
    Og står "Ellen Kirk" i deltagerlisten som "Ellen Kirk (i stedet for Jesper Hosbond Jensen)"
