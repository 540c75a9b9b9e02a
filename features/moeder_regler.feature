# language: da
Egenskab: Regler for møder, dagsordener og beslutninger
  Reglerne vises med et opdigtet møde i et opdigtet forum, så de ikke kan forveksles med
  referaternes møder (dem viser meetings.feature og referat_*.feature).

  Baggrund:
    Givet "Opdigtet Udvalg" holder møde "opdigtet-udvalg-2031-03-05" den "5. marts 2031" med punkterne:
      | nummer | titel                     | art         |
      | 1      | Godkendelse af dagsorden  | behandling  |
      | 2      | Opdigtet sag om Testby    | behandling  |
      | 3      | Opdigtet orientering      | orientering |
    Og mødet træffer disse beslutninger:
      | punkt | udfald    | referat                            |
      | 1     | approved  | Dagsordenen blev godkendt          |
      | 2     | discussed | Opdigtet sag blev drøftet          |
      | 3     | noted     | Opdigtet orientering taget til efterretning |

  Scenarie: En beslutning om et punkt, der ikke står på dagsordenen, afvises
    Når der registreres en beslutning om punkt "9" på det opdigtede møde den "5. marts 2031"
    Så afvises beslutningen med "punkt 9 står ikke på dagsordenen for opdigtet-udvalg-2031-03-05"
    Og er det opdigtede mødes log uændret

  Scenarie: En beslutning dateret før mødet afvises
    Når der registreres en beslutning om punkt "2" på det opdigtede møde den "4. marts 2031"
    Så afvises beslutningen med "en beslutning kan ikke registreres før mødedatoen 2031-03-05"
    Og er det opdigtede mødes log uændret

  Scenarie: En godkendt dagsorden ændres kun ved en registreret ændring
    Når en ny dagsorden til det opdigtede møde foreslås med punktet "Ny dagsorden"
    Så afvises beslutningen med "dagsordenen for opdigtet-udvalg-2031-03-05 er godkendt; den ændres kun ved en registreret ændring"
    Og er det opdigtede mødes log uændret
    Når det opdigtede mødes dagsorden ændres med punktet "4" "Opdigtet tillægspunkt" fordi "rejst under mødet"
    Så står punkt "4" "Opdigtet tillægspunkt" sidst på det opdigtede mødes dagsorden

  Scenarie: Udfaldsfilteret tager de danske navne og den viste tekst
    Så finder filteret på udfaldet "drøftet" kun det opdigtede mødes punkt "2"
    Og finder filteret på udfaldet "droeftet" kun det opdigtede mødes punkt "2"
    Og finder filteret på udfaldet "taget til efterretning" kun det opdigtede mødes punkt "3"
    Og finder filteret på udfaldet "ikke_angivet" intet af det opdigtede mødes punkter
    Og afvises filteret på udfaldet "drøftt" for det opdigtede møde med "mente du droeftet?"

  Scenarie: En ændring af dagsordenen uden grund afvises
    Når det opdigtede mødes dagsorden forsøges ændret med punktet "4" "Opdigtet tillægspunkt" uden grund
    Så afvises beslutningen med "en ændring af dagsordenen skal have en grund"
    Og er det opdigtede mødes log uændret
