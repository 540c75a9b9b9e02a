# language: da
Egenskab: Penge ud over takster: fodnoter, enhedstal, fordelingsnøgler og takstbeslutninger
  Referaterne bærer penge, der ikke er et tilbuds takst: fodnoter og enhedstal på
  budgetlinjer (SOCDIR 18. marts 2013, punkt 4), fordelingsnøgler, der aftales i princippet,
  før deltagerne eller beløbet kendes (KKR 4. februar 2013, KDK 16. september 2014), og
  beslutninger om et års takster (SOCDIR 18. marts 2013, punkt 7).

  Scenarie: En fodnote med enhedstal gemmes ordret, og kun det angivne antal ganges ud
    Givet budgetlinjen "Husleje og forbrugsudgifter" for 2012 med budget 39.000
    Når fodnote "8" til linjen registreres med teksten "Husleje 850 kr. pr. m2 (30m2), Forbrugsudgifter 250 kr. pr. m2 og øvrige driftsudgifter 200 kr. pr. m2" og enhedstallene:
      | post                  | beløb | enhed | antal |
      | Husleje               | 850   | m2    | 30    |
      | Forbrugsudgifter      | 250   | m2    |       |
      | øvrige driftsudgifter | 200   | m2    |       |
    Så står fodnote "8" ved linjen "Husleje og forbrugsudgifter" med referatets tekst
    Og giver enhedstallet for "Husleje" 25.500 kr.
    Og har enhedstallet for "Forbrugsudgifter" intet beregnet beløb
    Og har fodnote "8" intet beregnet i alt

  Scenarie: En fodnote ved en overskrift står ved overskriften, ikke ved en linje
    Givet budgetlinjen "Økonomiopfølgning og ledelse" for 2012 med budget 57.000
    Når fodnote "7" registreres ved overskriften "Indirekte udgifter (overhead)" med teksten "Beløbene er beregnet på baggrund af KL’s budgetvejledning"
    Så står fodnote "7" ved overskriften "Indirekte udgifter (overhead)"
    Og har linjen "Økonomiopfølgning og ledelse" ingen fodnoter
    Når fodnote "7" registreres ved overskriften "Indirekte udgifter (overhead)" med teksten "igen"
    Så afvises det med "fodnote 7 er allerede registreret"

  Scenarie: KDK's nøgle for et sekretariat, der ikke findes endnu, afventer alt andet end nøglen
    Når KDK den 16. september 2014 aftaler "Hvis der i forlængelse af drøftelse i Socialdirektørkredsen oprettes et fælleskommunal sekretariat var der i KDK enighed om at udgifterne fordeles efter befolkningstal."
    Så er nøglen "befolkningstal" uden omkostningssted
    Og afventer fordelingen "hvilke kommuner udgiften fordeles blandt", "det samlede beløb" og "hvilket års befolkningstal"

  Scenarie: KKR's nøgle for sekretariatet gælder alle kommuner, men beløbet er kun "knap 1,5 mill. kr."
    Når KKR den 4. februar 2013 aftaler for sekretariatet blandt alle kommuner "Det foreslås, at de samlede udgifter på knap 1,5 mill. kr. finansieres af kommunerne i fællesskab og fordeles mellem kommunerne i forhold til befolkningstal"
    Så afventer nøglen "det samlede beløb" og "hvilket års befolkningstal"
    Og kan ingen kommune svare på nøglen

  Scenarie: Svar inden en frist, et sent svar markeres, og fordelingen beregnes, når alt kendes
    Givet fordelingsnøglen "udgifterne fordeles efter befolkningstal" blandt deltagerne med svarfrist 2014-11-23 (illustrativ)
    Når Aalborg og Brønderslev svarer tilslutning den 2014-11-01
    Og Hjørring svarer tilslutning den 2014-11-30
    Og Jammerbugt svarer afslag den 2014-11-10
    Så afventer fordelingen pr. 2014-11-15 svar fra "Thisted"
    Og er Hjørrings svar markeret som sendt efter svarfristen
    Og afventer fordelingen pr. 2014-12-01 "det samlede beløb" og "hvilket års befolkningstal"
    Når beløbet sættes til 366.000 kr. og befolkningsåret til 2015
    Og befolkningstallene indlæses fra formatprøven af en FOLK1A-eksport
    Så er fordelingen beregnet blandt Aalborg, Brønderslev og Hjørring
    Og betaler de tilsammen præcis 366.000,00 kr.

  Scenarie: Et års takster ændres ikke, og en senere nedsættelse er en forventning
    Når SOCDIR den 18. marts 2013 punkt 7 beslutter for 2013 "Der var enighed om, at der ikke ændres i taksterne for 2013." med forventningen for 2015 "Der forventes alt andet lige et overskud som følge af KTO-forliget, som forventes at give anledning til taksnedsættelse i 2015."
    Så er taksterne for 2013 besluttet uændrede med beslutningen "socdir-2013-03-18 pkt. 7"
    Og står forventningen for 2015 ordret som en nedsættelse

  Scenarie: En FOLK1A-fil med en ulæselig række registrerer intet
    Når en FOLK1A-fil, hvor linje 5 har INDHOLD "..", indlæses
    Så afvises filen med "linje 5 (kolonne 'INDHOLD')" og reglen "folk1a-tal"
    Og er loggen uændret
