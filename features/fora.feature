# language: da
Egenskab: Fora og personer over tid
  Et forum kan bære flere navne på én gang (Den Administrative Styregruppe / DAS / DAS Social)
  som aliaser; ingen af referaterne omdøber et forum. En person står i hvert referat med den
  organisation, referatet skrev dengang. Reglerne (med opdigtede navne) står i
  fora_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: DAS Social er et alias for Den Administrative Styregruppe, ikke en omdøbning
    # 003_dac07bbacd9158aa.txt L1: "Møde Den Administrative Styregruppe"
    Så hedder forummet "das" "Den Administrative Styregruppe" pr. "24. oktober 2019"
    # 003_dac07bbacd9158aa.txt L477 og L491: "formandskabet for DAS Social" i samme referat
    Og kendes forummet "das" også som "DAS Social" ifølge "003_dac07bbacd9158aa.txt"
    # Ingen af de fire referater siger, at forummet skifter navn
    Og er forummet "das" ikke omdøbt
    # 003_dac07bbacd9158aa.txt L1 og L491
    Og finder møderne for "DAS Social" mødet "das-2019-10-24"
    # 003_dac07bbacd9158aa.txt L851: "8. Ind- og udmelding af tilbud i nordjysk Socialaftale"
    Og finder beslutningerne for "Den Administrative Styregruppe" punkt "8" på "das-2019-10-24"
    # 003_dac07bbacd9158aa.txt L491
    Og finder navnet "das social" forummet "das"

  Scenarie: Et forum, hvis navn ikke er ændret, beholder sit navn
    # 000_939a2e46bbe95266.txt L12: "Møde Socialdirektørkredsen"
    Så hedder forummet "socdir" "Socialdirektørkredsen" pr. "10. oktober 2014"
    # 000_939a2e46bbe95266.txt L12
    Og finder møderne for "Socialdirektørkredsen" mødet "socdir-2014-10-10"

  Scenarie: En persons møder viser organisationen, som hvert referat skrev den
    # 001_06729882290ccbd8.txt L30: "Afbud Hans Chr. Mariegaard, ..."; 002_19692c500b0e1c7c.txt
    # L11: "Deltagere ..., Hans Chr. Mariegaard, ..."; 000_939a2e46bbe95266.txt L20-21: "Hans Chr.
    # Mariegaard (Aalborg Kommune, Familie- og Beskæfti-/gelse; ...)"; 003_dac07bbacd9158aa.txt
    # L7: "Hans Chr. Mariegaard (Aalborg Kommune FB)"
    Så har "Hans Chr. Mariegaard" disse møder:
      | møde              | art    | organisation                                |
      | socdir-2013-01-17 | afbud  |                                             |
      | socdir-2013-03-18 | deltog |                                             |
      | socdir-2014-10-10 | deltog | Aalborg Kommune, Familie- og Beskæftigelse  |
      | das-2019-10-24    | deltog | Aalborg Kommune FB                          |

  Scenarie: Et andet organs beslutning vises ved det faktum, den bærer
    # 003_dac07bbacd9158aa.txt L1003-1004: "KKR og de nordjyske byråd har henholdsvis anbefalet
    # og godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde, men forbliver
    # en del af rammeaftalesamarbejdet" (uden dato)
    Så viser historikken for "aalborg/ti-hcn" "omtalt ved das-2019-10-24 pkt. 8" og "besluttet af KKR og de nordjyske byråd (dato ikke angivet) (ifølge kilden)"
    # 003_dac07bbacd9158aa.txt L1003-1004
    Og viser beslutningen under punkt "8" på "das-2019-10-24" "besluttet af KKR og de nordjyske byråd" ved "Udtræder af det forstærkede samarbejde"
    # 003_dac07bbacd9158aa.txt L1003-1004
    Og nævner det gengivne referat af "das-2019-10-24" "KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde"

