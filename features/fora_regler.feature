# language: da
Egenskab: Regler for fora, navne, tilknytninger og milepæle
  Reglerne vises med opdigtede fora, personer og grupper, så de ikke kan forveksles med
  referaternes (dem viser fora.feature med de rigtige optegnelser).

  Baggrund:
    Givet det opdigtede forum "opdigtet-raad" "Opdigtet Råd" med kaldenavnet "Opdigtet Kaldenavn"
    Og det opdigtede forum "fiktivt-udvalg" "Fiktivt Udvalg"

  Scenarie: Et alias, som et andet forum allerede bærer, afvises
    Når forummet "fiktivt-udvalg" også skal kendes som "Opdigtet Kaldenavn"
    Så afvises det med "navnet 'Opdigtet Kaldenavn' hører allerede til forummet 'opdigtet-raad'"
    Og er loggen uændret

  Scenarie: En arbejdsgruppe under et forum, der ikke er registreret, afvises
    Når der nedsættes en arbejdsgruppe under "Opdigtet Koordineringsforum"
    Så afvises det med "forummet 'Opdigtet Koordineringsforum', som gruppen hører under, er ikke registreret"
    Og er loggen uændret

  Scenarie: En ny tilknytning afslutter den forrige
    Når "Testian Opdigtsen" tilknyttes "Opdigtet Kommune, Forvaltning A" fra "1. marts 2030"
    Og "Testian Opdigtsen" tilknyttes "Opdigtet Kommune, Forvaltning B" fra "1. september 2031"
    Så har "Testian Opdigtsen" tilknytningen "Opdigtet Kommune, Forvaltning A" fra "1. marts 2030" til "1. september 2031"

  Scenarie: Et navn kan ikke tages i brug efter den dato, hvor det ses brugt
    Når forummet "opdigtet-raad" omdøbes til "Opdigtet Råd 2" fra "1. januar 2032" men ses brugt "24. oktober 2031"
    Så afvises det med "et navn kan ikke tages i brug efter den dato, hvor det ses brugt"
    Og er loggen uændret

  Scenarie: En milepæl med en delvis dato vises, som kilden skriver den
    Givet den opdigtede arbejdsgruppe "opdigtet-gruppe" under "opdigtet-raad"
    Når arbejdsgruppen "opdigtet-gruppe" får milepælen "arbejdet igangsættes" "primo april 2031"
    Så er den næste milepæl for "opdigtet-gruppe" pr. "5. april 2031" "primo april 2031 arbejdet igangsættes"
    Og er milepælen "arbejdet igangsættes" for "opdigtet-gruppe" overskredet pr. "11. april 2031"
