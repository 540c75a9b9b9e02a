# language: da
Egenskab: Socialdirektørkredsens møde den 10. oktober 2014, indlæst fra mødeoptegnelsen
  examples/nordjylland/socdir-2014-10-10.yaml er skrevet fra referatet (000_939a2e46bbe95266.txt);
  hvert Så-trin nævner den linje i referatet, det prøver.

  Baggrund:
    Givet mødeoptegnelsen "socdir-2014-10-10.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    # 000_939a2e46bbe95266.txt L35-37: «1. Godkendelse af dagsorden» / «Godkendt.»
    Så har mødet "socdir-2014-10-10" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet fra mødet den 12. august 2014 godkendes
    # 000_939a2e46bbe95266.txt L40-42: «Godkendelse af referat fra mødet den 12. august 2014» / «Godkendt.»
    Så har mødet "socdir-2014-10-10" punkt "2" med udfaldet "godkendt"
    # 000_939a2e46bbe95266.txt L40
    Og godkender punkt "2" referatet fra "socdir-2014-08-12"

  Scenarie: Punkt 3 – takstanalysens arbejdsgruppe med formandskab og tidsplan med tre DAS-milepæle
    # 000_939a2e46bbe95266.txt L134: «Socialdirektørkredsen godkendte den foreslåede tidsplan»
    Så har mødet "socdir-2014-10-10" punkt "3" med udfaldet "godkendt"
    # 000_939a2e46bbe95266.txt L100 «drøfter takstanalysen» og L122 «drøftede udmøntningen»
    Og har at-klausul 1 under punkt "3" udfaldet "drøftet"
    # 000_939a2e46bbe95266.txt L104 «godkender tidsplan» og L134
    Og har at-klausul 3 under punkt "3" udfaldet "godkendt"
    # 000_939a2e46bbe95266.txt L104 og L134
    Og nævner det gengivne referat af "socdir-2014-10-10" "godkender tidsplan — godkendt"
    # 000_939a2e46bbe95266.txt L115-116: «KKR havde besluttet at gøre DAS til styregruppe for opgaven»
    Og siger referatet af punkt "3" på "socdir-2014-10-10" "KKR havde besluttet at gøre DAS til styregruppe for opgaven"
    # 000_939a2e46bbe95266.txt L123 «Formandskabet for gruppen varetages af Aalborg Kommune» og L89 «DAS den 13. november 2014: godkendelse af kommissorium»
    Og har arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. november 2014" formanden "Aalborg Kommune" og næste milepæl "godkendelse af kommissorium" den "13. november 2014"
    # 000_939a2e46bbe95266.txt L91: «DAS den 16. januar 2015: statusorientering»
    Og har arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. december 2014" formanden "Aalborg Kommune" og næste milepæl "statusorientering" den "16. januar 2015"
    # 000_939a2e46bbe95266.txt L126-127: «samt med deltagelse fra Region Nordjylland»; referatet nævner ingen medlemmer
    Og advarer arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. november 2014" "Region Nordjylland er ikke repræsenteret"
    Og har arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. november 2014" 0 medlemmer

  Scenarie: Punkt 3 – referatets '13. november 2015' står som kildenote ved mødet
    # 000_939a2e46bbe95266.txt L135 «førstkommende DAS-møde den 13. november 2015» mod L89 «DAS den 13. november 2014»
    Så nævner det gengivne referat af "socdir-2014-10-10" "på førstkommende DAS-møde den 13. november 2015."
    # 000_939a2e46bbe95266.txt L135 og L89
    Og nævner det gengivne referat af "socdir-2014-10-10" "Note (optegnelsens): Referatet skriver, at kommissoriet fremlægges på 'førstkommende DAS-møde den 13. november 2015'; sagsfremstillingens tidsplan siger 13. november 2014"

  Scenarie: Referatets stavemåder vises for læseren som noter
    # 000_939a2e46bbe95266.txt L119 «kunne man foreligge sagen for KKR igen»; L302 «På baggrund af heraf blev det på DAS-mødet den 12. juni forslået»
    Så nævner det gengivne referat af "socdir-2014-10-10" "Referatets stavemåder er gengivet som skrevet: 'kunne man foreligge sagen for KKR igen' (punkt 3, for forelægge), 'På baggrund af heraf' og 'forslået' (punkt 6, for foreslået)."

  Scenarie: Punkt 4 – Aalborg skal til næste møde den 13. november skitsere aftalemodeller for TI/HCN
    # 000_939a2e46bbe95266.txt L176: «Efter oplægget drøftede socialdirektørkredsen perspektiverne»
    Så har mødet "socdir-2014-10-10" punkt "4" med udfaldet "drøftet"
    # 000_939a2e46bbe95266.txt L185-186: «Aalborg Kommune til næste møde den 13. november udarbejder notat med overordnet skitse af forskellige aftalemodeller»; L393 annoncerer mødet
    Og har "Aalborg Kommune" pr. "11. oktober 2014" en åben opfølgning "aftalemodeller" med fristen "næste møde (2014-11-13)"
    # 000_939a2e46bbe95266.txt L195-196: «Sekretariatet udarbejder sagsfremstilling om bekendtgørelsens indhold og konsekvenser til næste møde»
    Og har "Sekretariatet" pr. "11. oktober 2014" en åben opfølgning "Bek. nr. 1088 af 6/10/2014" med fristen "næste møde (2014-11-13)"
    # 000_939a2e46bbe95266.txt L198-199: «på socialdirektørkredsmødet den 16. januar 2015 kan behandles et konkret forslag til aftalemodel» (ingen ansvarlig)
    Og har "ikke angivet" pr. "11. oktober 2014" en åben opfølgning "konkret forslag til aftalemodel" med fristen "2015-01-16"
    # 000_939a2e46bbe95266.txt L146: «Punktet indledes med et oplæg af Aalborg Kommune.»
    Og nævner det gengivne referat af "socdir-2014-10-10" "Aalborg Kommune indleder punktet"

  Scenarie: Punkt 5 – for tidligt at beslutte et fast NOPII-sekretariat
    # 000_939a2e46bbe95266.txt L248: «for tidligt at træffe beslutning om en permanent organisering med et fast sekretariat»
    Så har mødet "socdir-2014-10-10" punkt "5" med udfaldet "besluttet anderledes end indstillet"
    # 000_939a2e46bbe95266.txt L262: «anmode Nopii-styregruppen om til næste socialdirektørmøde at udarbejde et forslag»
    Og har "NOPII-styregruppen" pr. "11. oktober 2014" en åben opfølgning "udbuddet" med fristen "næste møde (2014-11-13)"
    # 000_939a2e46bbe95266.txt L217-218, KDK's beslutning citeret under punktet
    Og nævner det gengivne referat af "socdir-2014-10-10" "besluttet af KDK 16. september 2014 (ifølge kilden)"

  Scenarie: Punkt 6 – modellen for arbejdsgrupperne om de centrale udmeldinger godkendes
    # 000_939a2e46bbe95266.txt L338: «Socialdirektørkredsen godkendte indstillingen.»
    Så har mødet "socdir-2014-10-10" punkt "6" med udfaldet "godkendt"
    # 000_939a2e46bbe95266.txt L304 (modellen står i punktets tekst, som indstillingen L334 godkender; referatet L338 gentager den ikke)
    Og står i sagsfremstillingen af punkt "6" på "socdir-2014-10-10" "1 konsulent fra sekretariat for rammeaftale, der fungerer som tovholder for arbejdsgruppen"
    # 000_939a2e46bbe95266.txt L311 (som ovenfor)
    Og står i sagsfremstillingen af punkt "6" på "socdir-2014-10-10" "4-5 kommunale myndighedsrepræsentanter"
    Men siger referatet af punkt "6" på "socdir-2014-10-10" ikke "4-5 kommunale myndighedsrepræsentanter"
    # 000_939a2e46bbe95266.txt L278-279 og L334-335: «så Sekretariatet kan iværksætte indkaldelsen af navne på deltagere»
    Og har "Sekretariatet" pr. "11. oktober 2014" en åben opfølgning "indkaldelsen af navne" med fristen "frist ukendt"

  Scenarie: Punkt 7 – kredsen tilslutter sig Midtjyllands skrivelse om Tilbudsportalen
    # 000_939a2e46bbe95266.txt L355 «drøfter henvendelsen» mod L365 «besluttede at tilslutte sig skrivelsen»
    Så har mødet "socdir-2014-10-10" punkt "7" med udfaldet "besluttet anderledes end indstillet"
    # 000_939a2e46bbe95266.txt L365
    Og siger referatet af punkt "7" på "socdir-2014-10-10" "besluttede at tilslutte sig skrivelsen"

  Scenarie: Punkt 8 – Ankestyrelsens afgørelse sættes på næste dagsorden
    # 000_939a2e46bbe95266.txt L368-389 angiver intet udfald for punktet; to af sagerne blev
    # «aftalt» (L377, L384), den tredje er formandens orientering uden udfald (L387)
    Så har mødet "socdir-2014-10-10" punkt "8" med udfaldet "blandet (afledt af sagerne)"
    # 000_939a2e46bbe95266.txt, linje 377-378: «at sagen i samarbejde med Frederikshavn Kommune
    # sættes på dagsordenen for næste møde» nævner ingen ansvarlig: den er ukendt ("ikke angivet");
    # næste møde er det, punkt 9 (L393) annoncerer
    Og har "ikke angivet" pr. "11. oktober 2014" en åben opfølgning "Ankestyrelsens afgørelse" med fristen "næste møde (2014-11-13)"
    # 000_939a2e46bbe95266.txt L384: «aftalt at sende et brev til KL» (hverken ansvarlig eller frist)
    Og har "ikke angivet" pr. "11. oktober 2014" en åben opfølgning "brev til KL" med fristen "frist ukendt"
    # 000_939a2e46bbe95266.txt L387: «i løbet af oktober ville blive udsendt brev og pjece»
    Og har "ikke angivet" pr. "11. oktober 2014" en åben opfølgning "brev og pjece" med fristen "oktober 2014"

  Scenarie: Punkt 9 – næste møde torsdag den 13. november 2014 kl. 10-12
    # 000_939a2e46bbe95266.txt L393-395: «9. Næste møde torsdag den 13. november 2014 kl. 10-12» / «Mødet holdes på Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby.»
    Så nævner det gengivne referat af "socdir-2014-10-10" "13\.11.2014, kl. 10-12, Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby"
    # 000_939a2e46bbe95266.txt L393: punktet er et punkt på dagsordenen uden beslutning
    Og er der ingen beslutning under punkt "9" på "socdir-2014-10-10"

  Scenarie: Delvist fremmøde står ved deltageren
    # 000_939a2e46bbe95266.txt L20-21: «Hans Chr. Mariegaard (…; deltog under punkterne 1-3)»
    Så nævner det gengivne referat af "socdir-2014-10-10" "deltog under punkterne 1-3"
    # 000_939a2e46bbe95266.txt L29: «Benjamin Holst (KKR sekretariat)» under Afbud
    Og meldte "Benjamin Holst" afbud til mødet "socdir-2014-10-10"
