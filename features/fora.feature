# language: da
Egenskab: Fora og personer over tid
  Et forum kan bære flere navne på én gang (Den Administrative Styregruppe / DAS / DAS Social)
  som aliaser, og et forum kan skifte navn, når referatet siger det, uden at miste sin historik.
  En person står i hvert referat med den organisation, referatet skrev dengang.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  # 003_dac07bbacd9158aa.txt linje 1: "Møde Den Administrative Styregruppe"; linje 491:
  # "Formanden orienterede om, at der planlægges et fællesmøde mellem formandskabet for DAS Social"
  Scenarie: DAS Social er et alias for Den Administrative Styregruppe, ikke en omdøbning
    Så hedder forummet "das" "Den Administrative Styregruppe" pr. "24. oktober 2019"
    Og kendes forummet "das" også som "DAS Social" ifølge "003_dac07bbacd9158aa.txt"
    Og er forummet "das" ikke omdøbt
    Og finder møderne for "DAS Social" mødet "das-2019-10-24"
    Og finder beslutningerne for "Den Administrative Styregruppe" punkt "8" på "das-2019-10-24"
    Og finder navnet "das social" forummet "das"

  # 003_dac07bbacd9158aa.txt linje 491: "formandskabet for DAS Social"
  Scenarie: Et alias, som et andet forum allerede bærer, afvises
    Når forummet "socdir" også skal kendes som "DAS Social"
    Så afvises det med "navnet 'DAS Social' hører allerede til forummet 'das'"
    Og er loggen uændret

  # 000_939a2e46bbe95266.txt linje 122: "aftalte at nedsætte en arbejdsgruppe under DAS"
  Scenarie: En arbejdsgruppe under et forum, der ikke er registreret, afvises
    Når der nedsættes en arbejdsgruppe under "Koordinationsforum"
    Så afvises det med "forummet 'Koordinationsforum', som gruppen hører under, er ikke registreret"
    Og er loggen uændret

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

  # 003_dac07bbacd9158aa.txt linje 1003-1004: "KKR og de nordjyske byråd har henholdsvis anbefalet
  # og godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde, men forbliver en
  # del af rammeaftalesamarbejdet"
  Scenarie: Et andet organs beslutning vises ved det faktum, den bærer
    Så viser historikken for "aalborg/ti-hcn" "omtalt ved das-2019-10-24 pkt. 8" og "besluttet af KKR og de nordjyske byråd (dato ikke angivet) (ifølge kilden)"
    Og viser beslutningen under punkt "8" på "das-2019-10-24" "besluttet af KKR og de nordjyske byråd" ved "Udtræder af det forstærkede samarbejde"
    Og nævner det gengivne referat af "das-2019-10-24" "KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde"

  # 002_19692c500b0e1c7c.txt linje 263: "Dette arbejdet igangsættes først primo april."
  Scenarie: En milepæl med en delvis dato vises, som referatet skriver den
    Når arbejdsgruppen "takstanalyse" får milepælen "arbejdet igangsættes" "primo april 2015"
    Så er den næste milepæl for "takstanalyse" pr. "5. april 2015" "primo april 2015 arbejdet igangsættes"
    Og er milepælen "arbejdet igangsættes" overskredet pr. "11. april 2015"
