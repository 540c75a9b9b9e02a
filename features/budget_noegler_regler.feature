# language: da
Egenskab: Regler for fodnoter, fordelingsnøgler og befolkningstal
  Reglerne vises med et opdigtet budgetsted, en opdigtet fordelingsnøgle og en formatprøve
  med syntetiske befolkningstal (tests/budget/data/folk1a-formatproeve.csv), fra opdigtede
  kilder, så de ikke kan forveksles med referaternes (dem viser budget_noegler.feature);
  kommunerne er rigtige navne, fordi en andel og et befolkningstal skal tilhøre en kommune.

  Scenarie: En fodnote kan ikke registreres to gange
    Givet den opdigtede budgetlinje "Opdigtet overhead" for 2031 med budget 57.000
    Når fodnote "7" registreres ved den opdigtede overskrift "Opdigtet overskrift" med teksten "opdigtet fodnote"
    Så står fodnote "7" ved den opdigtede overskrift "Opdigtet overskrift"
    Og har den opdigtede linje "Opdigtet overhead" ingen fodnoter
    Når fodnote "7" registreres ved den opdigtede overskrift "Opdigtet overskrift" med teksten "igen"
    Så afvises det med "fodnote 7 er allerede registreret"

  Scenarie: Svar inden en frist, et sent svar markeres, og fordelingen beregnes, når alt kendes
    Givet den opdigtede fordelingsnøgle "udgifterne fordeles efter befolkningstal" blandt deltagerne med svarfrist 2030-11-23
    Når Aalborg og Brønderslev svarer tilslutning den 2030-11-01
    Og Hjørring svarer tilslutning den 2030-11-30
    Og Jammerbugt svarer afslag den 2030-11-10
    Så afventer fordelingen pr. 2030-11-15 svar fra "Thisted" med fristen "23.11.2030"
    Og er Hjørrings svar markeret som sendt efter svarfristen
    Og afventer fordelingen pr. 2030-12-01 "det samlede beløb" og "hvilket års befolkningstal"
    Når beløbet sættes til 366.000 kr. og befolkningsåret til 2015
    Og befolkningstallene indlæses fra formatprøven af en FOLK1A-eksport
    Så er fordelingen beregnet blandt Aalborg, Brønderslev og Hjørring
    Og betaler de tilsammen præcis 366.000,00 kr.

  Scenarie: En FOLK1A-fil med en ulæselig række registrerer intet
    Når en FOLK1A-fil, hvor linje 5 har INDHOLD "..", indlæses
    Så afvises filen med "linje 5 (kolonne 'INDHOLD')" og reglen "folk1a-tal"
    Og er loggen uændret
