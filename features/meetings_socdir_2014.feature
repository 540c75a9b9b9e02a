# language: da
Egenskab: Socialdirektørkredsens møde den 10. oktober 2014 og opfølgningen på det
  Referatet (000_939a2e46bbe95266.txt) pålægger Aalborg Kommune og sekretariatet opgaver
  "til næste møde"; fristen er næste mødes dato, så snart mødet er fastsat.

  Baggrund:
    Givet SOCDIR holder møde "socdir-2014-10-10" den "10. oktober 2014" med sagsnr. "2014-209 / 2014-305635"
    Og på dette møde deltager "Alice Aagaard-Hagemann, Dorthe Jende, Hans Chr. Mariegaard, Henrik Aarup-Kristensen, Jan Lund-Andersen, Lone Boelt Møller" og afbud er meldt af "Hanne Madsen, Jens Nørgaard, Ulrik Andersen, Benjamin Holst"
    Og punkterne er "1 Godkendelse af dagsorden; 2 Godkendelse af referat fra mødet den 12. august 2014; 3 Takstanalyse; 4 Temadrøftelse – Hjerneskadecenter Nordjylland/Taleinstituttet (tale/sprog); 5 NOPII – Etablering af fælleskommunal NOPII sekretariatsfunktion; 6 National koordination – Model for sammensætning af arbejdsgrupper vedr. centrale udmeldinger; 7 Henvendelse fra Den Administrative Styregruppe i Midtjylland vedr. Tilbudsportalen; 8 Evt."
    Og under punkt "3" godkendes tidsplanen: "Socialdirektørkredsen godkendte den foreslåede tidsplan for projektet."
    Og under punkt "4" drøftes sagen: "Socialdirektørkredsen drøftede perspektiverne for det fortsatte samarbejde om tilbuddet."
    Og under punkt "4" skal "Aalborg Kommune" til næste møde levere "notat med overordnet skitse af forskellige aftalemodeller"
    Og under punkt "4" skal "Sekretariatet" til næste møde levere "sagsfremstilling om bekendtgørelsens indhold og konsekvenser"

  Scenarie: Fristen "til næste møde" er ukendt, indtil næste møde er fastsat
    Så har "Aalborg Kommune" en åben opfølgning med fristen "næste møde (ikke fastsat)"

  Scenarie: Når næste møde fastsættes, får opfølgningerne dets dato og bliver overskredne bagefter
    Når SOCDIR fastsætter næste møde "socdir-2014-11-13" til "13. november 2014"
    Så har "Aalborg Kommune" en åben opfølgning med fristen "næste møde (2014-11-13)"
    Og er 2 opfølgninger overskredne den "20. november 2014"
    Når sekretariatets opfølgning afsluttes den "13. november 2014"
    Så er 1 opfølgninger overskredne den "20. november 2014"

  Scenarie: Fremmøde og afbud over en periode
    Så har "Hans Chr. Mariegaard" deltaget i SOCDIR den "10. oktober 2014"
    Og har "Jens Nørgaard" meldt afbud til SOCDIR den "10. oktober 2014"

  Scenarie: Referatet gengives som HTML med tegnene escapet
    Så indeholder HTML-referatet "id=punkt-4>4. Temadrøftelse – Hjerneskadecenter Nordjylland/Taleinstituttet (tale/sprog)</h2>"
    Og indeholder HTML-referatet "<strong>Sagsnr./Dok.nr.</strong> 2014-209 / 2014-305635"

  Scenarie: En opfølgning uden frist i referatet har en ukendt frist, ikke en opfundet
    Når der registreres en opfølgning under punkt "5" uden frist
    Så har "NOPII-styregruppen" en åben opfølgning med fristen "frist ukendt"
