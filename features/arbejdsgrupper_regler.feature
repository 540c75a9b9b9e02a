# language: da
Egenskab: Regler for arbejdsgrupper over tid: klynger, rollemodeller, formandskab og nedlæggelse
  Reglerne vises med et opdigtet forum, opdigtede grupper, kommuner og personer, så de ikke
  kan forveksles med referaternes (dem viser arbejdsgrupper_over_tid.feature).

  Baggrund:
    Givet det opdigtede forum "opdigtet-raad" med gruppen "prøvegruppe" "Opdigtet prøvegruppe", formand "Opdigtet Kommune" og klyngereglen

  Scenarie: En klynge uden medlem nævnes
    Når klyngerne registreres som "Nord: Opdigtby, Fiktivstrup; Midt: Testrup; Syd: Prøvelev, Eksempelby"
    Og "Testa Fiktivhøj" fra "Opdigtby Kommune" indtræder i "prøvegruppe"
    Så advarer arbejdsgruppen "Opdigtet prøvegruppe" pr. "1. december 2030" "klyngen Midt har intet medlem"
    Og advarer arbejdsgruppen "Opdigtet prøvegruppe" pr. "1. december 2030" "klyngen Syd har intet medlem"

  Scenarie: Modellen for de centrale udmeldinger kontrolleres, når medlemmerne registreres
    Når det opdigtede forum nedsætter arbejdsgruppen "modelgruppe" "Opdigtet modelgruppe" efter modellen for de centrale udmeldinger
    Og gruppen "modelgruppe" får medlemmerne:
      | id | rolle                  | organisation        |
      | t  | tovholder              | Opdigtet Sekretariat |
      | p1 | planlægger             | Opdigtby Kommune    |
      | p2 | planlægger             | Fiktiv Region       |
      | m1 | myndighedsrepræsentant | Testrup Kommune     |
      | m2 | myndighedsrepræsentant | Prøvelev Kommune    |
    Så advarer arbejdsgruppen "Opdigtet modelgruppe" pr. "1. december 2030" "myndighedsrepræsentant: 2 (modellen kræver 4-5)"
    Og advarer arbejdsgruppen "Opdigtet modelgruppe" pr. "1. december 2030" "driftsherrerepræsentant: 0 (modellen kræver mindst 1)"
    Og advarer arbejdsgruppen ikke om "planlægger" pr. "1. december 2030" for "Opdigtet modelgruppe"

  Scenarie: Formandskabet skifter, og den tidligere formands rolle slutter
    Når formandskabet for "prøvegruppe" overgår til "Testian Opdigtsen" den "1. marts 2031"
    Så har "Testian Opdigtsen" rollen "formand" i "Opdigtet prøvegruppe" fra "1. marts 2031"
    Og sluttede "Opdigtet Kommune" som "formand" i "Opdigtet prøvegruppe" den "1. marts 2031"

  Scenarie: En gruppe omdannes til fagligt netværk og nedlægges senere
    Når "prøvegruppe" omdannes til et fagligt netværk den "1. maj 2031"
    Og "prøvegruppe" nedlægges den "31. december 2031"
    Så er "Opdigtet prøvegruppe" et "faglig_netvaerk" pr. "1. juni 2031"
    Og findes "Opdigtet prøvegruppe" ikke pr. "1. januar 2032"
    Og sluttede "Opdigtet Kommune" som "formand" i "Opdigtet prøvegruppe" den "31. december 2031"
    Når gruppen "prøvegruppe" får et nyt medlem den "1. februar 2032"
    Så afvises det med "er nedlagt 2031-12-31"
    Og er loggen uændret

  Scenarie: Et nyt medlem fra regionen fjerner advarslen om regionen
    Givet den opdigtede gruppe "regiongruppe" "Opdigtet regiongruppe" kræver en repræsentant for Region Nordjylland
    Så advarer arbejdsgruppen "Opdigtet regiongruppe" pr. "1. december 2030" "Region Nordjylland er ikke repræsenteret"
    Når "Testa Fiktivhøj" fra "Region Nordjylland" indtræder i "regiongruppe"
    Så advarer arbejdsgruppen ikke om "Region Nordjylland" pr. "1. december 2030" for "Opdigtet regiongruppe"

  Scenarie: En formand, der også står på medlemslisten som formand, har rollen én gang
    Når den opdigtede gruppe "formandsgruppe" "Opdigtet formandsgruppe" har formanden "Testian Opdigtsen" og medlemmerne:
      | navn              | organisation         | rolle   |
      | Testa Fiktivhøj   | Opdigtby Kommune     |         |
      | Testian Opdigtsen | Opdigtet Sekretariat | formand |
    Så har "Testian Opdigtsen" rollerne "formand i Opdigtet formandsgruppe"
    Og har "Testa Fiktivhøj" rollerne "medlem i Opdigtet formandsgruppe"

  Scenarie: En arbejdsgruppe kan ikke nedsættes uden en beslutning
    Når en opdigtet arbejdsgruppe registreres uden beslutning
    Så afvises det med "en arbejdsgruppe nedsættes ved en beslutning"
    Og er loggen uændret

  Scenarie: En gruppe nedsat af et organ uden referat i optegnelsen vises som besluttet af det
    Når det opdigtede forum ifølge "opdigtet-referat.txt" punkt "4" gengiver, at "Opdigtet Overråd" den "4. februar 2030" nedsatte styregruppen "testgruppe" "Testa Fiktivsens styregruppe"
    Så er "Testa Fiktivsens styregruppe" pr. "1. april 2030" en styregruppe "besluttet af Opdigtet Overråd 4. februar 2030 (ifølge kilden)"
