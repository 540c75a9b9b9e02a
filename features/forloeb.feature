# language: da
Egenskab: Sager på tværs af organer fra de rigtige referater
  En sag følges fra organ til organ: hvem forberedte, anbefalede, besluttede og godkendte, og
  hvert råds beslutning i sagens godkendelsesrunde. Sagerne står i
  examples/nordjylland/tvaers-forloeb.yaml; hvert Så nævner referatets linje. Reglerne (med
  opdigtede navne) står i forloeb_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: TI/HCN udgår af det forstærkede samarbejde efter KKR og byrådene
    # 003_dac07bbacd9158aa.txt L1003-1004: "KKR og de nordjyske byråd har henholdsvis anbefalet
    # og godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde"
    Så har sagen "ti-hcn-forstaerket-samarbejde" behandlingen "kkr": "KKR" som "anbefaler" med udfaldet "anbefalet" og datoen "ikke oplyst"
    # 003_dac07bbacd9158aa.txt L1003-1004
    Og har sagen "ti-hcn-forstaerket-samarbejde" behandlingen "byraad": "de nordjyske byråd" som "godkender" med udfaldet "godkendt" og datoen "ikke oplyst"
    # 003_dac07bbacd9158aa.txt L988-989: "DAS godkendte alle anmodninger om ind- og udmeldinger
    # bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland. DAS godkendte ikke udmeldingen"
    Og har sagen "ti-hcn-forstaerket-samarbejde" behandlingen "das": "DAS" som "beslutter" med udfaldet "ikke godkendt" og datoen "2019-10-24"
    # 003_dac07bbacd9158aa.txt L989 (punkt 8, sagen om Taleinstituttet/Hjerneskadecenter)
    Og er behandlingen "das" i sagen "ti-hcn-forstaerket-samarbejde" beslutningen "das-2019-10-24 pkt. 8, sag ti-hcn"
    # 003_dac07bbacd9158aa.txt L958-959: "Idet KKR Nordjylland og størstedelen af de nordjyske
    # kommunalbestyrelser har truffet beslutning"
    Og siger behandlingen "aalborg-orientering" i sagen "ti-hcn-forstaerket-samarbejde" "størstedelen af de nordjyske kommunalbestyrelser"
    # 003_dac07bbacd9158aa.txt L971-973: Aalborg sendte udmeldingen "som en orienteringssag"
    Og har sagen "ti-hcn-forstaerket-samarbejde" behandlingen "aalborg-orientering": "Aalborg Kommune" som "orienterer" med udfaldet "ikke oplyst" og datoen "ikke oplyst"
    # 003_dac07bbacd9158aa.txt L1003-1004 nævner "de nordjyske byråd" samlet som godkendt, ikke
    # de enkelte byråd: ingen runde råd for råd
    Og har sagen "ti-hcn-forstaerket-samarbejde" ingen godkendelsesrunde

  Scenarie: Fokusområderne for Socialaftale 2021-2022 går fra FU over DAS til byråd og regionsråd
    # 003_dac07bbacd9158aa.txt L680-682: "Gruppernes input har været drøftet i FU og med
    # udgangspunkt i FU’s drøftelser fremlægges forslag til vision og fokusområder."
    Så har sagen "socialaftale-2021-2022-fokus" behandlingen "fu-forslag": "FU" som "forbereder" med udfaldet "ikke oplyst" og datoen "ikke oplyst"
    # 003_dac07bbacd9158aa.txt L832: "DAS besluttede at socialaftalen skulle have følgende fokusområder:"
    Og har sagen "socialaftale-2021-2022-fokus" behandlingen "das-fokus": "DAS" som "beslutter" med udfaldet "besluttet" og datoen "2019-10-24"
    # 003_dac07bbacd9158aa.txt L832
    Og er behandlingen "das-fokus" i sagen "socialaftale-2021-2022-fokus" beslutningen "das-2019-10-24 pkt. 7"
    # 003_dac07bbacd9158aa.txt L848: "Det aftales, at FU godkender sagsfremstilling til
    # socialudvalgene og handicaprådene."
    Og har sagen "socialaftale-2021-2022-fokus" den planlagte behandling "fu-sagsfremstilling": "FU" som "godkender"
    # 003_dac07bbacd9158aa.txt L848
    Og siger behandlingen "fu-sagsfremstilling" i sagen "socialaftale-2021-2022-fokus" "FU godkender sagsfremstilling til socialudvalgene og handicaprådene"
    # 003_dac07bbacd9158aa.txt L834-838: referatet vælger "A", "D" og "E: Fokus på
    # specialiseringen/tilbudsstrukturen", som forslagene (L793) kalder F; strategien holder
    # forslagenes bogstaver
    Og hører sagen "socialaftale-2021-2022-fokus" til perioden "Nordjysk Socialaftale 2021-2022" med de valgte fokusområder "A, D, F"
    # 003_dac07bbacd9158aa.txt L670: "Juli-oktober Byråd og regionsråd Politisk godkendelse",
    # en planlagt periode i procesplanen, ingen frist
    Og har runden "socialaftale-2021-2022" i sagen "socialaftale-2021-2022-fokus" ukendt frist og 12 råd med "Region Nordjylland"
    # 003_dac07bbacd9158aa.txt L670; referaterne rækker ikke til rådenes beslutninger
    Og har runden "socialaftale-2021-2022" i sagen "socialaftale-2021-2022-fokus" pr. "1. september 2020" 12 råd, alle med status "mangler"
    # uden frist bliver intet råd overskredet: status er fortsat ukendt ("mangler")
    Og har runden "socialaftale-2021-2022" i sagen "socialaftale-2021-2022-fokus" pr. "1. november 2020" 12 råd, alle med status "mangler"

  Scenarie: Takstanalysen går fra KKR med betingelser til SOCDIR og DAS som styregruppe
    # 000_939a2e46bbe95266.txt L51: "KKR godkendte forslaget med bemærkning om, at:"
    Så har sagen "takstanalyse-2014" behandlingen "kkr": "KKR" som "godkender" med udfaldet "godkendt med bemærkninger" og datoen "2014-09-12"
    # 000_939a2e46bbe95266.txt L53: "opgaven forankres i Den Administrative Styregruppe (DAS) på
    # socialområdet"
    Og har behandlingen "kkr" i sagen "takstanalyse-2014" 3 bemærkninger, den første "opgaven forankres i Den Administrative Styregruppe (DAS) på socialområdet"
    # 000_939a2e46bbe95266.txt L115-116: "KKR havde besluttet at gøre DAS til styregruppe for opgaven"
    Og har sagen "takstanalyse-2014" behandlingen "das-styregruppe": "DAS" som "styregruppe" med udfaldet "ikke oplyst" og datoen "ikke oplyst"
    # 000_939a2e46bbe95266.txt L122-124: "Socialdirektørkredsen drøftede udmøntningen af
    # KKR-beslutningen og aftalte at nedsætte en arbejdsgruppe under DAS", L134: "Socialdirektør-
    # kredsen godkendte den foreslåede tidsplan for projektet."
    Og har sagen "takstanalyse-2014" behandlingen "socdir": "SOCDIR" som "beslutter" med udfaldet "besluttet" og datoen "2014-10-10"
    # 000_939a2e46bbe95266.txt L134
    Og har behandlingen "socdir" i sagen "takstanalyse-2014" 2 bemærkninger, den første "Arbejdsgruppen sammensættes med repræsentation fra alle kommuner, der ønsker at deltage - dog minimum én fra hver geografisk klynge - samt med deltagelse fra Region Nordjylland."
    # 000_939a2e46bbe95266.txt L122-134 (punkt 3)
    Og er behandlingen "socdir" i sagen "takstanalyse-2014" beslutningen "socdir-2014-10-10 pkt. 3"
    # 000_939a2e46bbe95266.txt L47, L89, L91, L93, L94: KKR 12. september 2014, så SOCDIR, så DAS'
    # planlagte møder og til sidst den planlagte forelæggelse på KKR-mødet 24. april 2015
    Og går forløbet i sagen "takstanalyse-2014" i rækkefølgen "kkr, socdir, das-kommissorium, das-status, das-afrapportering, kkr-afrapportering"
    # 000_939a2e46bbe95266.txt L94: "forelæggelse af endelig afrapportering på KKR-møde den 24. april 2015"
    Og har sagen "takstanalyse-2014" den planlagte behandling "kkr-afrapportering": "KKR" som "til orientering"
    # 000_939a2e46bbe95266.txt: ingen godkendelsesrunde i byrådene
    Og har sagen "takstanalyse-2014" ingen godkendelsesrunde

  Scenarie: Som verden kendte det ved udgangen af 2014, er kun takstanalysen en sag
    # 000_939a2e46bbe95266.txt (10. oktober 2014) og 003_dac07bbacd9158aa.txt (24. oktober 2019)
    Så kender registret, som verden kendte det den "31. december 2014", sagerne "takstanalyse-2014"
    # Registret nu: alle tre
    Og kender registret nu sagerne "takstanalyse-2014, socialaftale-2021-2022-fokus, ti-hcn-forstaerket-samarbejde"
