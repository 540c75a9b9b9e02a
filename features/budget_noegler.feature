# language: da
Egenskab: Penge ud over takster: fodnoter, enhedstal, fordelingsnøgler og takstbeslutninger
  Referaterne bærer penge, der ikke er et tilbuds takst: fodnoter og enhedstal på
  budgetlinjer (SOCDIR 18. marts 2013, punkt 4), fordelingsnøgler, der aftales i princippet,
  før deltagerne eller beløbet kendes (KKR 4. februar 2013, KDK 16. september 2014), og
  beslutninger om et års takster (SOCDIR 18. marts 2013, punkt 7). Optegnelserne indlæses, som
  de er; reglerne står med opdigtede tal i budget_noegler_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: En fodnote med enhedstal står ordret, og kun det angivne antal ganges ud
    # 002_19692c500b0e1c7c.txt L148: "Husleje og forbrugsudgifter8"; L220-221: "8 / Husleje 850
    # kr. pr. m2 (30m2), Forbrugsudgifter 250 kr. pr. m2 og øvrige driftsudgifter 200 kr. pr. m2"
    Så står fodnote "8" ved sekretariatets linje "Husleje og forbrugsudgifter" for 2012 med teksten "Husleje 850 kr. pr. m2 (30m2), Forbrugsudgifter 250 kr. pr. m2 og øvrige driftsudgifter 200 kr. pr. m2"
    # L221: "Husleje 850 kr. pr. m2 (30m2)": 850 × 30 (vores udregning, ikke referatets tal)
    Og giver enhedstallet for "Husleje" i fodnote "8" 25.500 kr.
    # L221: "Forbrugsudgifter 250 kr. pr. m2" uden antal
    Og har enhedstallet for "Forbrugsudgifter" i fodnote "8" intet beregnet beløb
    # L221: ingen samlet sum i fodnoten
    Og har fodnote "8" intet beregnet i alt

  Scenarie: En fodnote ved en overskrift står ved overskriften, ikke ved en linje
    # 002_19692c500b0e1c7c.txt L146-147: "Indirekte udgifter (over-/head)7"; L217-218: "7 /
    # Beløbene er beregnet på baggrund af KL’s budgetvejledning"
    Så står fodnote "7" ved overskriften "Indirekte udgifter (overhead)" med teksten "Beløbene er beregnet på baggrund af KL’s budgetvejledning"
    # 002_19692c500b0e1c7c.txt L152-153: "Økonomiopfølgning og le-/delse" uden fodnotetal
    Og har sekretariatets linje "Økonomiopfølgning og ledelse" for 2012 ingen fodnoter

  Scenarie: KDK's nøgle for et sekretariat, der ikke findes endnu, afventer alt andet end nøglen
    # 000_939a2e46bbe95266.txt L217-218: "Hvis der i forlængelse af drøftelse i
    # Socialdirektørkredsen oprettes et fælleskommunal sekretariat var der / i KDK enighed om at
    # udgifterne fordeles efter befolkningstal."
    Så er nøglen med teksten "i KDK enighed om at udgifterne fordeles efter befolkningstal" efter "befolkningstal" uden omkostningssted
    # Referatet nævner hverken deltagere, beløb eller år (L217-218)
    Og afventer nøglen med teksten "i KDK enighed om at udgifterne fordeles efter befolkningstal" "hvilke kommuner udgiften fordeles blandt; det samlede beløb; hvilket års befolkningstal"

  Scenarie: KKR's nøgle for sekretariatet gælder alle kommuner, men beløbet er kun "knap 1,5 mill. kr."
    # 002_19692c500b0e1c7c.txt L82-87: "KKR traf ved møde den 4. februar ... de samlede udgifter på
    # knap 1,5 mill. kr. finansieres af kommunerne i fællesskab og fordeles mellem kommunerne i
    # forhold til befolkningstal"
    Så afventer nøglen med teksten "fordeles mellem kommunerne i forhold til befolkningstal" "det samlede beløb; hvilket års befolkningstal"
    # L86: "af kommunerne i fællesskab": alle kommuner, ingen svarer ja eller nej
    Og kan ingen kommune svare på nøglen med teksten "fordeles mellem kommunerne i forhold til befolkningstal"

  Scenarie: Et års takster ændres ikke, og en senere nedsættelse er en forventning
    # 002_19692c500b0e1c7c.txt L360: "Der var enighed om, at der ikke ændres i taksterne for 2013."
    Så er taksterne for 2013 besluttet uændrede med beslutningen "socdir-2013-03-18 pkt. 7"
    # 002_19692c500b0e1c7c.txt L360-362: "Der forventes alt andet lige et overskud som følge af
    # KTO-forliget, som forventes at give anledning til taksnedsættelse i 2015."
    Og står forventningen for 2015 ordret som en nedsættelse
