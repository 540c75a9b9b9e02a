# language: da
Egenskab: Regler for opfølgninger over tid: udsættelse, aflevering og rækkefølge
  En senere beslutning kan udsætte, ændre eller afslutte en opgave; den gamle frist bliver
  stående i historikken. Reglerne vises med et opdigtet forum og opdigtede møder, så de ikke
  kan forveksles med referaternes (dem viser opfoelgning_over_tid.feature).

  Baggrund:
    Givet det opdigtede møde "opdigtet-raad-2031-03-05" i "Opdigtet Råd" den "5. marts 2031" har punkt "2" "Opdigtet temadrøftelse"
    Og opfølgningen "2a" er "opdigtet notat" med fristen "til næste møde" og ansvarlig "Opdigtet Kommune"

  Scenarie: En senere beslutning udsætter opfølgningen, og den gamle frist står i historikken
    Når det opdigtede møde "opdigtet-raad-2031-04-02" den "2. april 2031" under punkt "2" udsætter opfølgningen "2a" til "primo maj"
    Så har opfølgningen "2a" fristen "primo maj 2031" den "3. april 2031"
    Og står "næste møde (2031-04-02)" som den tidligere frist for opfølgningen "2a" den "3. april 2031"
    Og er opfølgningen "2a" ikke overskredet den "10. maj 2031"
    Og er opfølgningen "2a" overskredet den "11. maj 2031"

  Scenarie: En opgave, der leveres på et senere møde, står blandt den beslutnings fakta
    Når det opdigtede møde "opdigtet-raad-2031-04-02" den "2. april 2031" under punkt "2" afslutter opfølgningen "2a"
    Så bærer beslutningen under punkt "2" på "opdigtet-raad-2031-04-02" faktummet "ActionCompleted"
    Og er opfølgningen "2a" afsluttet den "2. april 2031" ved "opdigtet-raad-2031-04-02 pkt. 2"

  Scenarie: En opgave kan ikke afsluttes, før den blev givet
    Når opfølgningen "2a" afsluttes den "1. marts 2031"
    Så afvises det med "før den blev givet på mødet 2031-03-05"
    Og er loggen uændret
