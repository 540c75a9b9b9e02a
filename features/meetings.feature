# language: da
Egenskab: Møde i Den Administrative Styregruppe den 24. oktober 2019
  Optegnelsen das-2019-10-24.yaml (skrevet fra 003_dac07bbacd9158aa.txt) indlæses, som den er;
  beslutningshistorikken, søgningen og det gengivne referat fortæller det, referatet siger.
  Reglerne for møder, dagsordener og beslutninger står med opdigtede møder i
  moeder_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Beslutningshistorikken viser punkterne med et referat i punkternes rækkefølge
    # 003_dac07bbacd9158aa.txt L82, L112, L233, L312, L489, L598, L828, L986, L1109, L1182,
    # L1236 og L1305: "Referat" under punkt 1-12; punkt 13 (L1310) og 14 (L1316) har intet
    Så viser beslutningshistorikken for "das-2019-10-24" punkterne "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12"
    # 003_dac07bbacd9158aa.txt L1307: "Orienteringen blev taget til efterretning."
    Og siger referatet af punkt "12" på "das-2019-10-24" "Orienteringen blev taget til efterretning."
    # 003_dac07bbacd9158aa.txt L84: "Dagsordenen blev godkendt"
    Og siger referatet af punkt "1" på "das-2019-10-24" "Dagsordenen blev godkendt"
    # 003_dac07bbacd9158aa.txt L114: "Referatet blev godkendt"
    Og siger referatet af punkt "2" på "das-2019-10-24" "Referatet blev godkendt"

  Scenarie: Søgning efter Taleinstituttet finder udmeldingssagen under punkt 8
    # 003_dac07bbacd9158aa.txt L851: "8. Ind- og udmelding af tilbud i nordjysk Socialaftale";
    # L988: "DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/
    # Hjerneskadecenter Nordjylland."
    Så finder en søgning efter "taleinstituttet" på "das-2019-10-24" punkt "8" "Ind- og udmelding af tilbud i nordjysk Socialaftale"
    # 003_dac07bbacd9158aa.txt L1188: "11. Årshjul 2020"
    Og finder en søgning efter "årshjul" på "das-2019-10-24" punkt "11" "Årshjul 2020"

  Scenarie: Punkt 8 har en sag for hvert tilbud, og Taleinstituttets udmelding blev ikke godkendt
    # 003_dac07bbacd9158aa.txt L988-989: "DAS godkendte alle anmodninger om ind- og udmeldinger
    # bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland. DAS godkendte ikke udmeldingen
    # på følgende grundlag:"
    Så er sagen om "Taleinstituttet/Hjerneskadecenter Nordjylland" under punkt "8" på "das-2019-10-24" ikke godkendt
    # 003_dac07bbacd9158aa.txt L946: "Vesthimmerland Botilbuddet Rosenvænget Tilbuddet er lukket
    # pr. 1. oktober 2019." (og L988: alle andre anmodninger godkendt)
    Og er sagen om "Botilbuddet Rosenvænget" under punkt "8" på "das-2019-10-24" godkendt
    # 003_dac07bbacd9158aa.txt L946: "Tilbuddet er lukket pr. 1. oktober 2019."
    Og bærer beslutningen under punkt "8" på "das-2019-10-24" "Lukket fra 2019-10-01"
    # 003_dac07bbacd9158aa.txt L991-1003: seks punkter ("•") efter "på følgende grundlag:"
    Og bærer beslutningen under punkt "8" på "das-2019-10-24" "Udmelding ikke godkendt (6 begrundelser)"

  Scenarie: Referatet gengives med mødets hoved og alle fjorten punkter
    # 003_dac07bbacd9158aa.txt L5: "Sted Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst –
    # mødelokale 2"
    Så nævner det gengivne referat af "das-2019-10-24" "**Sted** Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst – mødelokale 2"
    # 003_dac07bbacd9158aa.txt L1243: "12. Orientering fra FU"
    Og nævner det gengivne referat af "das-2019-10-24" "## 12. Orientering fra FU"
    # 003_dac07bbacd9158aa.txt L1307: "Orienteringen blev taget til efterretning."
    Og nævner det gengivne referat af "das-2019-10-24" "Orienteringen blev taget til efterretning."
    # 003_dac07bbacd9158aa.txt L70 "1. Godkendelse af dagsorden" ... L1310 "13. Evt." og
    # L1316 "14. Næste møde"
    Og nævner det gengivne referat af "das-2019-10-24" alle 14 punkter i rækkefølge

  Scenarie: Punkt 14 Næste møde står på dagsordenen
    # 003_dac07bbacd9158aa.txt L1316: "14. Næste møde"
    Så står punkt "14" "Næste møde" på dagsordenen for "das-2019-10-24"
    # 003_dac07bbacd9158aa.txt L1320: "Næste møde afholdes den 13. januar 2020"
    Og nævner det gengivne referat af "das-2019-10-24" "Næste møde afholdes den 13. januar 2020"
