# language: da
Egenskab: Opfølgninger over tid: vage frister, ukendte ansvarlige og senere beslutninger
  Socialdirektørkredsens referat fra 10. oktober 2014 (000_939a2e46bbe95266.txt) giver
  opgaver med fristerne "til næste møde" og "snarest", og nævner ikke altid, hvem der har
  opgaven. En senere beslutning kan udsætte, ændre eller afslutte en opgave; den gamle frist
  bliver stående i historikken.

  Baggrund:
    Givet SOCDIR-mødet "socdir-2014-10-10" den "10. oktober 2014" har punkt "4" "Temadrøftelse – Hjerneskadecenter Nordjylland/Taleinstituttet (tale/sprog)"
    # 000_939a2e46bbe95266.txt, linje 186-187
    Og referatet siger: "Det blev på denne baggrund aftalt, at Aalborg Kommune til næste møde den 13. november udarbejder notat med overordnet skitse af forskellige aftalemodeller"
    Og opfølgningen "4a" er "notat med overordnet skitse af forskellige aftalemodeller" med fristen "til næste møde" og ansvarlig "Aalborg Kommune"
    # 000_939a2e46bbe95266.txt, linje 188-189
    Og referatet siger: "blev der udtrykt ønske om, at der snarest gennemføres bilaterale møder i alle kommuner"
    Og opfølgningen "4d" er "bilaterale møder i alle kommuner" med fristen "snarest" uden ansvarlig

  Scenarie: En frist "snarest" vises, men bliver aldrig overskredet
    Så har opfølgningen "4d" fristen "snarest" og er ikke overskredet den "1. juni 2015"
    Og er den ansvarlige for opfølgningen "4d" ukendt

  Scenarie: En ansvarlig, som referatet ikke nævner, findes som "ikke angivet"
    Så finder filteret på den ansvarlige "ikke angivet" kun opfølgningen "4d"

  # Næste møde (linje 393: "9. Næste møde torsdag den 13. november 2014 kl. 10-12"); den
  # udsættelse, som mødet her beslutter, er et eksempel, ikke referatets ord.
  Scenarie: En senere beslutning udsætter opfølgningen, og den gamle frist står i historikken
    Når SOCDIR-mødet "socdir-2014-11-13" den "13. november 2014" under punkt "2" udsætter opfølgningen "4a" til "primo december"
    Så har opfølgningen "4a" fristen "primo december 2014" den "14. november 2014"
    Og står "næste møde (2014-11-13)" som den tidligere frist for opfølgningen "4a"
    Og er opfølgningen "4a" ikke overskredet den "10. december 2014"
    Og er opfølgningen "4a" overskredet den "11. december 2014"

  Scenarie: En opgave, der leveres på et senere møde, står blandt den beslutnings fakta
    Når SOCDIR-mødet "socdir-2014-11-13" den "13. november 2014" under punkt "2" afslutter opfølgningen "4a"
    Så bærer beslutningen under punkt "2" på "socdir-2014-11-13" faktummet "ActionCompleted"
    Og er opfølgningen "4a" afsluttet ved "socdir-2014-11-13 pkt. 2"

  Scenarie: En opgave kan ikke afsluttes, før den blev givet
    Når opfølgningen "4a" afsluttes den "1. oktober 2014"
    Så afvises det med "før den blev givet på mødet 2014-10-10"
    Og er loggen uændret
