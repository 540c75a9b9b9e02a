# language: da
Egenskab: Fora og personer over tid
  Et forum kan skifte navn (DAS → DAS Social) uden at miste sin historik, og en person står i
  hvert referat med den organisation, referatet skrev dengang.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: DAS Social er det samme forum som DAS og finder DAS' møder
    Så hedder forummet "das" "DAS Social" pr. "24. oktober 2019"
    Og finder møderne for "DAS Social" mødet "das-2019-10-24"
    Og finder beslutningerne for "Den Administrative Styregruppe" punkt "8" på "das-2019-10-24"
    Og viser omdøbningen kildenoten "hvornår navnet blev taget i brug fremgår ikke"

  Scenarie: Et forum, hvis navn ikke er ændret, beholder sit navn
    Så hedder forummet "socdir" "Socialdirektørkredsen" pr. "10. oktober 2014"
    Og finder møderne for "Socialdirektørkredsen" mødet "socdir-2014-10-10"

  Scenarie: En persons møder viser organisationen, som hvert referat skrev den
    Så har "Hans Chr. Mariegaard" disse møder:
      | møde              | art    | organisation                                |
      | socdir-2013-01-17 | afbud  |                                             |
      | socdir-2013-03-18 | deltog |                                             |
      | socdir-2014-10-10 | deltog | Aalborg Kommune, Familie- og Beskæftigelse  |
      | das-2019-10-24    | deltog | Aalborg Kommune FB                          |

  Scenarie: En ny tilknytning afslutter den forrige
    Når "Hans Chr. Mariegaard" tilknyttes "Aalborg Kommune, Familie- og Beskæftigelse" fra "10. oktober 2014"
    Og "Hans Chr. Mariegaard" tilknyttes "Aalborg Kommune FB" fra "24. oktober 2019"
    Så har "Hans Chr. Mariegaard" tilknytningen "Aalborg Kommune, Familie- og Beskæftigelse" fra "10. oktober 2014" til "24. oktober 2019"

  Scenarie: Et navn kan ikke tages i brug efter den dato, hvor det ses brugt
    Når forummet "das" omdøbes til "DAS Social 2" fra "1. januar 2020" men ses brugt "24. oktober 2019"
    Så afvises det med "et navn kan ikke tages i brug efter den dato, hvor det ses brugt"
    Og er loggen uændret
