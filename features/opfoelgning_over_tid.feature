# language: da
Egenskab: Opfølgninger over tid: vage frister og ukendte ansvarlige
  Socialdirektørkredsens referat fra 10. oktober 2014 (000_939a2e46bbe95266.txt) giver
  opgaver med fristerne "til næste møde" og "snarest", og nævner ikke altid, hvem der har
  opgaven. Optegnelserne indlæses, som de er; hvordan en senere beslutning udsætter eller
  afslutter en opgave, vises med opdigtede møder i opfoelgning_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: En frist "snarest" vises, men bliver aldrig overskredet
    # 000_939a2e46bbe95266.txt L188-189: "blev der udtrykt ønske om, at der snarest gen-/nemføres
    # bilaterale møder i alle kommuner"
    Så har opfølgningen om "bilaterale møder i alle kommuner" fra "socdir-2014-10-10" fristen "snarest" og er ikke overskredet den "1. juni 2015"
    # L188-189 siger ikke, hvem der skal gennemføre møderne
    Og er den ansvarlige for opfølgningen om "bilaterale møder i alle kommuner" fra "socdir-2014-10-10" ukendt

  Scenarie: En ansvarlig, som referatet ikke nævner, findes som "ikke angivet"
    # 000_939a2e46bbe95266.txt L188-189
    Så finder filteret på den ansvarlige "ikke angivet" opfølgningen om "bilaterale møder i alle kommuner" fra "socdir-2014-10-10"
