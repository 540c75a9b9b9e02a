# language: da
Egenskab: Sekretariatets regnskab 2012, som referatet af 18. marts 2013 gengiver det
  Socialdirektørkredsen fik den 18. marts 2013 (punkt 4) sekretariatets regnskab for 2012
  forelagt. Resultatet er p.t. lagt ud af Aalborg Kommune, og SOCDIR tilsluttede sig KDK's
  model med budgetoverførsel fra sundhedsområdet. Optegnelsen socdir-2013-03-18.yaml indlæses,
  som den er. Reglerne (bogføring, rettelse, fordeling efter befolkningstal) står med opdigtede
  budgetsteder i budget_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Totalerne udledes af linjerne og svarer til referatets
    # 002_19692c500b0e1c7c.txt L164: "Samlede udgifter i alt 1.715.000 1.510.000 -205.000"
    Så er sekretariatets samlede udgifter for 2012 1.715.000 i regnskab og 1.510.000 i budget med restbudget -205.000
    # 002_19692c500b0e1c7c.txt L176: "Samlede indtægter i alt 1.551.000 1.510.000 41.000"
    Og er sekretariatets samlede indtægter for 2012 1.551.000 i regnskab og 1.510.000 i budget
    # 002_19692c500b0e1c7c.txt L179-183: "Resultat (p.t. udlæg Aalborg kommune) ... -164.000"
    Og er sekretariatets resultat for 2012 -164.000

  Scenarie: Hver linje har det restbudget, referatet angiver
    Så har sekretariatets linjer for 2012 disse restbudgetter:
      | linje i referatet | specifikation                                              | restbudget   |
      | L96               | Lønomkostninger                                            | -56.300      |
      | L101              | Øvrige personaleudgifter (kørsel, telefongodtgørelse o.l.) | -7.200       |
      | L106              | Administrationsudgifter og kontorhold                      | 1.500        |
      | L111              | Møder (DAS. FU, arb.gr.) rejser og repræsentation          | 9.100        |
      | L113              | Temamøder/Arrangementer                                    | -4.200       |
      | L131              | Kompetanceudvikling og opkvalificering                     | ikke angivet |
      | L136              | Oplægsholdere, konsulentbistand                            | 0            |
      | L138              | Inventar og IT udgifter                                    | -19.100      |
      | L142              | Evaluering Rammesekretariatet                              | -121.800     |
      | L144              | Overført overskud fra 2011                                 | -7000        |
      | L150              | Husleje og forbrugsudgifter                                | 0            |
      | L155              | Økonomiopfølgning og ledelse                               | 0            |
      | L160              | Løn, personaleadministration og intern service             | 0            |
      | L173              | Opkrævet af kommunerne (bloktilskudskompensation)          | 41.000       |

  Scenarie: Underskuddet er lagt ud af Aalborg og afklares ved SOCDIR's beslutning
    # 002_19692c500b0e1c7c.txt L179-183: "Resultat (p.t. udlæg Aalborg / kommune) ... -164.000"
    Så viser sekretariatets historik for 2012 et udlæg på 164.000 kr. ved Aalborg
    # 002_19692c500b0e1c7c.txt L203-204: "KDK havde foreslået en model med budgetoverførelse fra
    # sundhedsområdet. SOCDIR tilsluttet / sig denne model."
    Og viser sekretariatets historik for 2012 afklaringen med beslutningen "socdir-2013-03-18" punkt "4"
