# language: da
Egenskab: Mødets egne tekster og det næste møde, som referatet melder det
  Et referat har tekst, der hører til hele mødet: dokumentets egen overskrift, bilag der
  vedlægges referatet, et efterskrift med dato og underskrift. Et punkt kan melde det næste
  møde; så er mødet planlagt, og opfølgninger "til næste møde" har dets dato med det samme.
  Optegnelserne i examples/nordjylland er skrevet fra de rigtige referater.

  Scenarie: Efterskriftet til referatet af 18. marts 2013 har sin egen dato og underskriver
    Givet mødeoptegnelsen "socdir-2013-03-18.yaml" er indlæst
    # 002_19692c500b0e1c7c.txt L308: "Efterskrift"; L327: "21. 03. 2013, Hans Christian
    # Mariegaard."
    Så har mødet "socdir-2013-03-18" et efterskrift dateret "21. marts 2013" og underskrevet af "Hans Christian Mariegaard"
    # 002_19692c500b0e1c7c.txt L311-312: "Ministeriet oplyser nu, at det er besluttet, at de
    # permanente driftsmidler via / bloktilskuddet træder i kraft pr. 1. oktober 2013"
    Og står der i efterskriftet "Ministeriet oplyser nu, at det er besluttet, at de permanente driftsmidler via bloktilskuddet træder i kraft pr. 1. oktober 2013"
    # 002_19692c500b0e1c7c.txt L308
    Og nævner det gengivne referat af "socdir-2013-03-18" "Efterskrift"

  Scenarie: Plancher udleveret ved mødet er bilag til referatet
    Givet mødeoptegnelsen "socdir-2013-03-18.yaml" er indlæst
    # 002_19692c500b0e1c7c.txt L298-299: "Der / blev ved mødet udleveret plancher, som vedlægges
    # dette referat."
    Så har referatet af "socdir-2013-03-18" bilaget "Der blev ved mødet udleveret plancher, som vedlægges dette referat." fra punkt "6"

  Scenarie: Dokumentets egen overskrift vises, skønt den kalder referatet en dagsorden
    Givet mødeoptegnelsen "socdir-2013-01-17.yaml" er indlæst
    # 001_06729882290ccbd8.txt L5: "Dagsorden til møde i Socialdirektørkredsen 17. januar"
    Så har referatet af "socdir-2013-01-17" overskriften "Dagsorden til møde i Socialdirektørkredsen 17. januar"
    # 001_06729882290ccbd8.txt L5
    Og nævner det gengivne referat af "socdir-2013-01-17" "Dokumentets overskrift** Dagsorden til møde i Socialdirektørkredsen 17. januar"

  Scenarie: Punkt 9 melder næste møde, og opfølgningerne til det får dets dato og bliver overskredne
    Givet mødeoptegnelsen "socdir-2014-10-10.yaml" er indlæst
    # 000_939a2e46bbe95266.txt L393: "9. Næste møde torsdag den 13. november 2014 kl. 10-12";
    # L395: "Mødet holdes på Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby."
    Så er mødet "socdir-2014-11-13" planlagt ved "socdir-2014-10-10 pkt. 9" på "Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby"
    # 000_939a2e46bbe95266.txt L185-187: "aftalt, at Aalborg Kommune til næste møde den 13. november
    # / udarbejder notat med overordnet skitse af forskellige aftalemodeller"
    Og har "Aalborg Kommune" pr. "12. november 2014" en åben opfølgning "aftalemodeller" med fristen "næste møde (2014-11-13)"
    # 000_939a2e46bbe95266.txt L185-187 og L393
    Og er opfølgningen "aftalemodeller" overskredet pr. "14. november 2014"
    # Der er intet referat af mødet den 13. november 2014 blandt kilderne
    Og viser det planlagte møde "socdir-2014-11-13" hverken "Referat", "Deltagere" eller "Afbud"

  Scenarie: DAS melder næste møde den 13. januar 2020
    Givet mødeoptegnelsen "das-2019-10-24.yaml" er indlæst
    # 003_dac07bbacd9158aa.txt L1316: "14. Næste møde"; L1320: "Næste møde afholdes den 13. januar
    # 2020" (intet sted)
    Så er mødet "das-2020-01-13" planlagt ved "das-2019-10-24 pkt. 14" på "ikke angivet"
    # 003_dac07bbacd9158aa.txt L1320
    Og nævner det gengivne referat af "das-2019-10-24" "Næste møde afholdes den 13. januar 2020"
