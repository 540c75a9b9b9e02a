# language: da
Egenskab: Regler for budgetter, regnskaber og fordeling af fælles udgifter efter befolkningstal
  Reglerne vises med et opdigtet budgetsted, et opdigtet fællesprojekt og opdigtede
  befolkningstal fra en opdigtet kilde, så de ikke kan forveksles med referaternes tal (dem
  viser budget.feature); kommunerne er rigtige navne, fordi en andel skal tilhøre en kommune.

  Scenarie: En linje kan ikke bogføres to gange uden rettelse
    Givet det opdigtede budgetsted "Opdigtet Sekretariat" har for 2031 linjerne:
      | specifikation     | gruppe   | regnskab | budget  |
      | Opdigtet løn      | direkte  | 100.000  | 90.000  |
      | Opdigtet husleje  | direkte  | 20.000   | 20.000  |
    Når regnskabet for "Opdigtet løn" på det opdigtede budgetsted bogføres igen med 110.000
    Så afvises det med "allerede bogført"
    Og er loggen uændret
    Når regnskabet for "Opdigtet løn" på det opdigtede budgetsted rettes til 110.000 med grunden "efterpostering"
    Så er det opdigtede budgetsteds samlede udgifter 130.000 i regnskab og 110.000 i budget med restbudget -20.000

  Scenarie: En fællesudgift fordeles efter befolkningstal blandt de deltagende kommuner
    Givet de opdigtede befolkningstal for 2031:
      | kommune        | befolkning |
      | Læsø           | 10000      |
      | Morsø          | 20000      |
      | Rebild         | 30000      |
      | Vesthimmerland | 40000      |
    Og "Vesthimmerland" har afslået at deltage i "Opdigtet fællesprojekt" 2031
    Og "Thisted" skal svare om "Opdigtet fællesprojekt" 2031 inden udgangen af uge 47 2030
    Og "Læsø, Morsø, Rebild" deltager i "Opdigtet fællesprojekt" 2031
    Når 100.000 kr. fordeles blandt deltagerne i "Opdigtet fællesprojekt" 2031
    Så betaler "Læsø, Morsø, Rebild" i "Opdigtet fællesprojekt" 2031 tilsammen præcis 100.000,00 kr.
    Og er andelen for Morsø i "Opdigtet fællesprojekt" 2031 33.333,33 kr.
    Og har Vesthimmerland ingen andel i "Opdigtet fællesprojekt" 2031

  Scenarie: En fordeling uden befolkningstal for alle deltagere afvises
    Givet de opdigtede befolkningstal for 2031:
      | kommune | befolkning |
      | Læsø    | 10000      |
    Og "Læsø, Morsø, Rebild" deltager i "Opdigtet fællesprojekt" 2031
    Når 100.000 kr. fordeles blandt deltagerne i "Opdigtet fællesprojekt" 2031
    Så afvises det med "befolkningstal for 2031 mangler for: Morsø, Rebild"
    Og er loggen uændret
