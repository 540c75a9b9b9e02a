# language: da
Egenskab: Personer som identiteter og fremmøde pr. punkt
  Hvert referat staver en person på sin egen måde. Stavemåderne bevares, et sammenfald
  foreslås men foretages kun, når nogen bekræfter det, og fremmødet siger, hvem der var
  stedfortræder, og hvem der kun deltog under nogle punkter.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  # 002_19692c500b0e1c7c.txt l. 13-14: "Ellen Kirk i ste-" / "de for Jesper Hosbond Jensen"
  Scenarie: En stedfortræder repræsenterer et navngivet medlem
    Så viser fremmødet på "socdir-2013-03-18" "Jesper Hosbond Jensen" som "repræsenteret ved Ellen Kirk"
    Og viser fremmødet på "socdir-2013-03-18" "Ellen Kirk" som "deltog, i stedet for Jesper Hosbond Jensen"
    Og var "Jesper Hosbond Jensen" repræsenteret under punkt "3" på "socdir-2013-03-18"

  # 000_939a2e46bbe95266.txt l. 20-21: "Hans Chr. Mariegaard (Aalborg Kommune, Familie- og Beskæfti-"
  # / "gelse; deltog under punkterne 1-3)"
  Scenarie: Delvis deltagelse efter punkter kan slås op pr. punkt
    Så viser fremmødet på "socdir-2014-10-10" "Hans Chr. Mariegaard" som "deltog, under punkterne 1, 2, 3"
    Og var "Hans Chr. Mariegaard" til stede under punkt "3" på "socdir-2014-10-10"
    Men var "Hans Chr. Mariegaard" ikke til stede under punkt "4" på "socdir-2014-10-10"

  # 003_dac07bbacd9158aa.txt l. 22: "Gæster Mette Brandt Pedersen, Frederikshavns Kommune deltog
  # under punkt 3 (kl. 12.00)"
  Scenarie: En gæst under ét punkt med klokkeslæt
    Så viser fremmødet på "das-2019-10-24" "Mette Brandt Pedersen" som "gæst, under punkt 3, kl. 12.00"
    Og var "Mette Brandt Pedersen" til stede under punkt "3" på "das-2019-10-24"
    Men var "Mette Brandt Pedersen" ikke til stede under punkt "4" på "das-2019-10-24"

  # 003_dac07bbacd9158aa.txt l. 11-12: "Charlotte S. Andersen og Morten Aggerholm (begge sekretariat
  # for rammeafta-" / "ler/ref.)."
  Scenarie: Referenten står i fremmødet
    Så viser fremmødet på "das-2019-10-24" "Morten Aggerholm" som "deltog, referent"

  # 001_06729882290ccbd8.txt l. 28: "Andersen, Lone Boelt Møller og Hilde E. Thun Holst/ref" and
  # l. 146: "Hilde E. Thun Sekretariatet (formand)"
  Scenarie: Et sammenfald foreslås, men foretages ikke af sig selv
    Så foreslås "Hilde E. Thun" og "Hilde E. Thun Holst" som samme person
    Og har "Hilde E. Thun" stavemåderne "Hilde E. Thun"

  Scenarie: Et bekræftet sammenfald finder personen under alle stavemåder
    Når "sekretariatet" bekræfter, at "Hilde E. Thun" og "Hilde E. Thun Holst" er samme person, fordi "samme person i sekretariatet i januar 2013"
    Så har "Hilde E. Thun Holst" stavemåderne "Hilde E. Thun; Hilde E. Thun Holst"
    Og har "Hilde E. Thun Holst" rollen "formand" i "Arbejdsgruppen under DAS-dagsordenens pkt. 5 (registrators betegnelse)"
    Og foreslås "Hilde E. Thun" og "Hilde E. Thun Holst" ikke længere
    Og står bekræftelsen i loggen med "sekretariatet" og grunden "samme person i sekretariatet i januar 2013"

  Scenarie: Et sammenfald fortrydes med en ny hændelse, og historikken bevares
    Når "sekretariatet" bekræfter, at "Hilde E. Thun" og "Hilde E. Thun Holst" er samme person, fordi "samme person i sekretariatet"
    Og "revisor" fortryder, at "Hilde E. Thun" og "Hilde E. Thun Holst" er samme person, fordi "kilden siger det ikke"
    Så har "Hilde E. Thun" stavemåderne "Hilde E. Thun"
    Og har loggen 2 hændelser om sammenfald
    Og foreslås "Hilde E. Thun" og "Hilde E. Thun Holst" ikke længere
