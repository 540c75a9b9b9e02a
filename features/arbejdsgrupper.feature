# language: da
Egenskab: Arbejdsgrupper, deres medlemmer og milepæle, og udpegninger
  Fra referaterne: takstanalysens arbejdsgruppe (SOCDIR 10. oktober 2014, punkt 3),
  beskæftigelsesgruppen udvidet med tre (DAS 24. oktober 2019, punkt 6), og udpegninger
  (SOCDIR 17. januar 2013 og 18. marts 2013).

  Scenarie: Takstanalysens arbejdsgruppe med formandskab og tidsplan
    Givet SOCDIR den "10. oktober 2014" punkt "3" nedsætter arbejdsgruppen "takstanalyse" "Arbejdsgruppe for takstanalysen" under DAS med formandskab "Aalborg Kommune" og reglen "alle kommuner, der ønsker at deltage – dog minimum én fra hver geografisk klynge – samt Region Nordjylland"
    Og tidsplanen for "takstanalyse" er:
      | milepæl       | beskrivelse                          | dato             | forum | note                                                                                   |
      | kommissorium  | godkendelse af kommissorium          | 13. november 2014 | DAS  | Referatet skriver '13. november 2015'; tidsplanen i sagsfremstillingen siger 2014   |
      | status        | statusorientering                    | 16. januar 2015   | DAS  |                                                                                        |
      | afrapportering | godkendelse af analyseafrapportering | 8. april 2015    | DAS  |                                                                                        |
      | kkr           | endelig afrapportering               | 24. april 2015    | KKR  |                                                                                        |
    Så har "Arbejdsgruppe for takstanalysen" pr. "1. december 2014" formanden "Aalborg Kommune" og næste milepæl "statusorientering" den "16. januar 2015"
    Og er milepælen "godkendelse af kommissorium" overskredet pr. "1. december 2014"
    Og advarer gruppen "Region Nordjylland er ikke repræsenteret"
    Når "Martin Bjørn Jensen" fra "Region Nordjylland" indtræder i "takstanalyse"
    Så advarer gruppen ikke længere om Region Nordjylland

  Scenarie: Beskæftigelsesgruppen udvides med tre, hvoraf to endnu ikke er navngivet
    Givet arbejdsgruppen "beskaeftigelse" "Socialfagligt fokus på beskæftigelse" under DAS kendes fra DAS' beslutning om dens mandat den "24. oktober 2019" punkt "6"
    Når gruppen "beskaeftigelse" udvides med:
      | navn       | organisation               | rolle                                                                                   |
      |            |                            | Leder fra myndighed på ungeområdet (udpeges af B&U direktørerne)                        |
      |            |                            | Leder fra beskæftigelsesindsatsen på ungeområdet (udpeges af B&U direktørerne)          |
      | Tine Blach | Behandlingspsykiatrien     | ledende socialrådgiver                                                                  |
    Så har "Socialfagligt fokus på beskæftigelse" pr. "1. november 2019" 3 medlemmer
    Og advarer gruppen "2 medlem(mer) endnu ikke udpeget"

  Scenarie: Arbejdsgruppen for strategisk samarbejde og dens medlemmer (17. januar 2013)
    Givet arbejdsgruppen "strategisk-samarbejde" "Arbejdsgruppe for kommissoriet for strategisk samarbejde" under DAS kendes fra SOCDIR-referatet den "17. januar 2013" punkt "5" med formand "Hilde E. Thun"
    Når gruppen "strategisk-samarbejde" udvides med:
      | navn                 | organisation          | rolle   |
      | Mette Brandt         | Frederikshavn kommune |         |
      | Tina Mørk            | Hjørring kommune      |         |
      | Martin Bjørn Jensen  | Region Nordjylland    |         |
      | Sidse K. Kristensen  | Aalborg kommune       |         |
      | Carsten L. Johansen  | Aalborg kommune       |         |
      | Lone B. Møller       | Sekretariatet         |         |
      | Hilde E. Thun        | Sekretariatet         |         |
    Så har "Arbejdsgruppe for kommissoriet for strategisk samarbejde" pr. "1. februar 2013" 7 medlemmer
    Og har "Hilde E. Thun" rollerne "formand i Arbejdsgruppe for kommissoriet for strategisk samarbejde; medlem i Arbejdsgruppe for kommissoriet for strategisk samarbejde"

  Scenarie: En formand, der også står på medlemslisten som formand, har rollen én gang
    Givet arbejdsgruppen "strategisk-samarbejde" "Arbejdsgruppe for kommissoriet for strategisk samarbejde" under DAS kendes fra SOCDIR-referatet den "17. januar 2013" punkt "5" med formand "Hilde E. Thun"
    Når gruppen "strategisk-samarbejde" udvides med:
      | navn          | organisation          | rolle   |
      | Mette Brandt  | Frederikshavn kommune |         |
      | Hilde E. Thun | Sekretariatet         | formand |
    Så har "Hilde E. Thun" rollerne "formand i Arbejdsgruppe for kommissoriet for strategisk samarbejde"
    Og har "Mette Brandt" rollerne "medlem i Arbejdsgruppe for kommissoriet for strategisk samarbejde"

  Scenarie: En persons roller over tid
    Givet "Jan Lund-Andersen" udpeges den "17. januar 2013" som "repræsentant" i "koordinationsforum" for "SOCDIR"
    Og "Henrik Aarup-Kristensen" vælges ved akklamation den "18. marts 2013" som "formand" i "FU" for "SOCDIR"
    Og "Henrik Aarup-Kristensen" udpeges den "18. marts 2013" som "repræsentant" i "KL's arbejdsgruppe om de sikrede institutioner" for "SOCDIR"
    Så har "Henrik Aarup-Kristensen" rollerne "formand i FU (for SOCDIR); repræsentant i KL's arbejdsgruppe om de sikrede institutioner (for SOCDIR)"
    Og har "Jan Lund-Andersen" rollerne "repræsentant i koordinationsforum (for SOCDIR)"

  Scenarie: En arbejdsgruppe kan ikke nedsættes uden en beslutning
    Når en arbejdsgruppe registreres uden beslutning
    Så afvises det med "en arbejdsgruppe nedsættes ved en beslutning"
    Og er loggen uændret

  Scenarie: En gruppe nedsat af et organ uden referat i optegnelsen vises som besluttet af det
    # SOCDIR 18. marts 2013, punkt 4 (002_19692c500b0e1c7c.txt) gengiver en KKR-beslutning;
    # gruppen her er opdigtet, citatet er referatets.
    Givet SOCDIR den "18. marts 2013" punkt "4" gengiver, at KKR den "4. februar 2013" nedsatte styregruppen "testgruppe" "Testa Fiktivsens styregruppe" under DAS: "KKR traf ved møde den 4. februar følgende beslutning vedr. finansiering af sekretariatet."
    Så er "Testa Fiktivsens styregruppe" pr. "1. april 2013" en styregruppe "besluttet af KKR 4. februar 2013 (ifølge kilden)" og omtalt ved "socdir-2013-03-18 pkt. 4"
