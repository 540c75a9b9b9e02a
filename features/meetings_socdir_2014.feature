# language: da
Egenskab: Opfølgninger "til næste møde" og fremmøde, prøvet på et opdigtet SOCDIR-møde
  Referatet af 10. oktober 2014 (000_939a2e46bbe95266.txt) giver opgaver "til næste møde"
  (L185-186, L190, L195-196, L262) og annoncerer næste møde (L393). Reglerne prøves her på et
  opdigtet møde med opdigtede navne og en opdigtet kilde; det virkelige møde, hvis næste møde er
  annonceret, prøves i referat_socdir_2014_10_10.feature.

  Baggrund:
    Givet et opdigtet SOCDIR-møde "socdir-2031-02-03" den "3. februar 2031" med sagsnr. "2031-1 / 2031-2", hvor "Anna Andersen, Bo Berg" deltager og "Cecilie Carlsen" har meldt afbud
    Og det opdigtede mødes punkter er "1 Godkendelse af dagsorden; 2 Temadrøftelse – Prøvecentret <Nord> & Syd; 3 Evt."
    Og under det opdigtede mødes punkt "2" skal "Prøveby Kommune" til næste møde levere "notat om aftalemodeller"
    Og under det opdigtede mødes punkt "2" skal "Sekretariatet" til næste møde levere "sagsfremstilling om en bekendtgørelse"

  Scenarie: Fristen "til næste møde" er ukendt, så længe intet næste møde er fastsat
    # Reglen bag 000_939a2e46bbe95266.txt L185-186 («til næste møde»): uden et fastsat eller annonceret møde er datoen ukendt
    Så har "Prøveby Kommune" pr. "4. februar 2031" en åben opfølgning med fristen "næste møde (ikke fastsat)"

  Scenarie: Når næste møde fastsættes, får opfølgningerne dets dato og bliver overskredne bagefter
    Når det opdigtede næste møde "socdir-2031-03-10" fastsættes til "10. marts 2031"
    # Reglen bag 000_939a2e46bbe95266.txt L185-186 og L393: fristen er det fastsatte mødes dato
    Så har "Prøveby Kommune" pr. "4. februar 2031" en åben opfølgning med fristen "næste møde (2031-03-10)"
    # Reglen bag L185-186 og L195-196: begge opgaver er forfaldne efter mødet
    Og er 2 opfølgninger overskredne den "17. marts 2031"
    Når "Sekretariatet"s opfølgning på det opdigtede møde afsluttes den "10. marts 2031"
    # En afsluttet opgave er ikke længere overskreden
    Så er 1 opfølgninger overskredne den "17. marts 2031"

  Scenarie: Fremmøde og afbud over en periode
    # Reglen bag 000_939a2e46bbe95266.txt L19-26 (Deltagere)
    Så har "Anna Andersen" deltaget i SOCDIR den "3. februar 2031"
    # Reglen bag 000_939a2e46bbe95266.txt L28-29 (Afbud)
    Og har "Cecilie Carlsen" meldt afbud til SOCDIR den "3. februar 2031"

  Scenarie: Referatet gengives som HTML med tegnene escapet
    # Punktets titel med <, > og & vises som tekst (jf. 000_939a2e46bbe95266.txt L139's titel med "–" og "/")
    Så indeholder HTML-referatet "id=punkt-2>2. Temadrøftelse – Prøvecentret &lt;Nord&gt; &amp; Syd</h2>"
    # Reglen bag 000_939a2e46bbe95266.txt L31 (Sagsnr./Dok.nr.)
    Og indeholder HTML-referatet "<strong>Sagsnr./Dok.nr.</strong> 2031-1 / 2031-2"

  Scenarie: En opfølgning uden frist har en ukendt frist, ikke en opfundet
    Når "Prøvegruppen" får en opfølgning under det opdigtede mødes punkt "3" uden frist
    # Reglen bag 000_939a2e46bbe95266.txt L384 («aftalt at sende et brev til KL», ingen frist)
    Så har "Prøvegruppen" pr. "4. februar 2031" en åben opfølgning med fristen "frist ukendt"
