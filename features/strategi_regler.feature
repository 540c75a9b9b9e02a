# language: da
Egenskab: Regler for strategiens fokusområder og årshjulets datoer
  Reglerne vises med en opdigtet periode og opdigtede arrangementer fra en opdigtet kilde, så
  de ikke kan forveksles med referaternes (dem viser strategi.feature).

  Scenarie: Flere end tre fokusområder giver en advarsel, ikke en afvisning
    Når det opdigtede råd vælger for perioden "Opdigtet aftale 2031-2032" visionen "Opdigtet vision" og fokusområderne:
      | bogstav | titel                | status | lagt sammen med |
      | A       | Opdigtet fokus A     | valgt  |                 |
      | B       | Opdigtet fokus B     | valgt  |                 |
      | C       | Opdigtet fokus C     | valgt  |                 |
      | D       | Opdigtet fokus D     | valgt  |                 |
    Så advarer strategien for "Opdigtet aftale 2031-2032" "4 fokusområder valgt; FU anbefaler højst 3"

  Scenarie: Årshjulets datoer kan være delvise og vises, som kilden skriver dem
    Når det opdigtede råd lægger i årshjulet for 2031:
      | dato         | titel                          | målgruppe |
      | august       | Opdigtet godkendelse           |           |
      | primo april  | Opdigtet arbejde igangsættes   |           |
      | juni         | Opdigtet 2. udkast             |           |
    Så rummer årshjulet for 2031 3 arrangementer, først "Opdigtet arbejde igangsættes" den "primo april 2031"
    Og viser årshjulet for 2031 datoerne "primo april 2031", "juni 2031", "august 2031"
