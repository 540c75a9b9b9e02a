# language: da
Egenskab: Sekretariatets regnskab 2012 og fordeling af fælles udgifter efter befolkningstal
  Socialdirektørkredsen fik den 18. marts 2013 (punkt 4) sekretariatets regnskab for 2012
  forelagt. Merforbruget lægges ud af Aalborg Kommune og afklares efter KDK's model med
  budgetoverførsel fra sundhedsområdet, som SOCDIR tilsluttede sig.

  Baggrund:
    Givet sekretariatets budget og regnskab for 2012 som i referatet af 18. marts 2013:
      | specifikation                                                     | gruppe    | regnskab  | budget    | restbudget i referatet | fodnote |
      | Lønomkostninger                                                   | direkte   | 1.287.300 | 1.231.000 | -56.300                | 1       |
      | Øvrige personaleudgifter (kørsel, telefongodtgørelse o.l.)        | direkte   | 23.200    | 16.000    | -7.200                 | 2       |
      | Administrationsudgifter og kontorhold                             | direkte   | 12.500    | 14.000    | 1.500                  | 3       |
      | Møder (DAS. FU, arb.gr.) rejser og repræsentation                 | direkte   | 40.900    | 50.000    | 9.100                  | 4       |
      | Temamøder/Arrangementer                                           | direkte   | 54.200    | 50.000    | -4.200                 | 5       |
      | Kompetanceudvikling og opkvalificering                            | direkte   | 0         | 0         | ikke angivet           |         |
      | Oplægsholdere, konsulentbistand                                   | direkte   | 0         | 0         | 0                      |         |
      | Inventar og IT udgifter                                           | direkte   | 49.100    | 30.000    | -19.100                | 6       |
      | Evaluering Rammesekretariatet                                     | direkte   | 121.800   | 0         | -121.800               |         |
      | Overført overskud fra 2011                                        | direkte   | ikke angivet | -7000  | -7000                  |         |
      | Husleje og forbrugsudgifter                                       | indirekte | 39.000    | 39.000    | 0                      | 8       |
      | Økonomiopfølgning og ledelse                                      | indirekte | 57.000    | 57.000    | 0                      | 7       |
      | Løn, personaleadministration og intern service                    | indirekte | 30.000    | 30.000    | 0                      | 7       |
      | Opkrævet af kommunerne (bloktilskudskompensation)                 | indtaegt  | 1.551.000 | 1.510.000 | 41.000                 |         |

  Scenarie: Totalerne udledes af linjerne og svarer til referatets
    Så er de samlede udgifter 1.715.000 i regnskab og 1.510.000 i budget med restbudget -205.000
    Og er de samlede indtægter 1.551.000 i regnskab og 1.510.000 i budget
    Og er resultatet -164.000
    Og har hver linje det restbudget, referatet angiver, hvor det er angivet

  Scenarie: Underskuddet lægges ud af Aalborg og afklares ved beslutning
    Når Aalborg lægger 164.000 ud for 2012
    Og SOCDIR den 18. marts 2013 punkt 4 tilslutter sig modellen "budgetoverførsel fra sundhedsområdet (KDK's model)"
    Så viser historikken for 2012 udlægget og afklaringen med beslutningen "socdir-2013-03-18" punkt "4"

  Scenarie: En linje kan ikke bogføres to gange uden rettelse
    Når regnskabet for "Lønomkostninger" 2012 bogføres igen med 1.300.000
    Så afvises det med "allerede bogført"
    Og er loggen uændret
    Når regnskabet for "Lønomkostninger" 2012 rettes til 1.300.000 med grunden "efterpostering"
    Så er de samlede udgifter 1.727.700 i regnskab og 1.510.000 i budget med restbudget -217.700

  Scenarie: NOPII's fællesudgift fordeles efter befolkningstal blandt de deltagende kommuner
    Givet befolkningstallene for 2015 (illustrative tal, ikke fra referatet):
      | kommune        | befolkning |
      | Aalborg        | 207000     |
      | Brønderslev    | 35700      |
      | Hjørring       | 65700      |
      | Jammerbugt     | 38500      |
      | Mariagerfjord  | 42000      |
    Og Mariagerfjord har afslået at deltage i NOPII 2015
    Og Thisted skal svare inden udgangen af uge 47 2014
    Og Aalborg, Brønderslev, Hjørring og Jammerbugt deltager i NOPII 2015
    Når 366.000 kr. fordeles blandt deltagerne i NOPII 2015
    Så betaler de deltagende kommuner tilsammen præcis 366.000,00 kr.
    Og er andelen for Aalborg 218.397,23 kr.
    Og har Mariagerfjord ingen andel

  Scenarie: En fordeling uden befolkningstal for alle deltagere afvises
    Givet befolkningstallene for 2015 (illustrative tal, ikke fra referatet):
      | kommune        | befolkning |
      | Aalborg        | 207000     |
    Og Aalborg, Brønderslev, Hjørring og Jammerbugt deltager i NOPII 2015
    Når 366.000 kr. fordeles blandt deltagerne i NOPII 2015
    Så afvises det med "befolkningstal for 2015 mangler for: Brønderslev, Hjørring, Jammerbugt"
    Og er loggen uændret
