# language: da
Egenskab: Personer som identiteter og fremmøde pr. punkt
  Hvert referat staver en person på sin egen måde. Stavemåderne bevares, et sammenfald
  foreslås men foretages kun, når nogen bekræfter det, og fremmødet siger, hvem der var
  stedfortræder, og hvem der kun deltog under nogle punkter. Optegnelserne indlæses, som de
  er; bekræftelserne og fortrydelserne her er scenariets egne handlinger, ikke referaternes.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: En stedfortræder repræsenterer et navngivet medlem
    # 002_19692c500b0e1c7c.txt L13-14: "Ellen Kirk i ste-/de for Jesper Hosbond Jensen"
    Så viser fremmødet på "socdir-2013-03-18" "Jesper Hosbond Jensen" som "repræsenteret ved Ellen Kirk"
    # 002_19692c500b0e1c7c.txt L13-14
    Og viser fremmødet på "socdir-2013-03-18" "Ellen Kirk" som "deltog, i stedet for Jesper Hosbond Jensen"
    # 002_19692c500b0e1c7c.txt L13-14 (stedfortræder for hele mødet; punkt 3 står L31)
    Og var "Jesper Hosbond Jensen" repræsenteret under punkt "3" på "socdir-2013-03-18"

  Scenarie: Delvis deltagelse efter punkter kan slås op pr. punkt
    # 000_939a2e46bbe95266.txt L20-21: "Hans Chr. Mariegaard (Aalborg Kommune, Familie- og
    # Beskæfti-/gelse; deltog under punkterne 1-3)"
    Så viser fremmødet på "socdir-2014-10-10" "Hans Chr. Mariegaard" som "deltog, under punkterne 1, 2, 3"
    # 000_939a2e46bbe95266.txt L20-21
    Og var "Hans Chr. Mariegaard" til stede under punkt "3" på "socdir-2014-10-10"
    # 000_939a2e46bbe95266.txt L20-21
    Men var "Hans Chr. Mariegaard" ikke til stede under punkt "4" på "socdir-2014-10-10"

  Scenarie: En gæst under ét punkt med klokkeslæt
    # 003_dac07bbacd9158aa.txt L22: "Gæster Mette Brandt Pedersen, Frederikshavns Kommune deltog
    # under punkt 3 (kl. 12.00)"
    Så viser fremmødet på "das-2019-10-24" "Mette Brandt Pedersen" som "gæst, under punkt 3, kl. 12.00"
    # 003_dac07bbacd9158aa.txt L22
    Og var "Mette Brandt Pedersen" til stede under punkt "3" på "das-2019-10-24"
    # 003_dac07bbacd9158aa.txt L22
    Men var "Mette Brandt Pedersen" ikke til stede under punkt "4" på "das-2019-10-24"

  Scenarie: Referenten står i fremmødet
    # 003_dac07bbacd9158aa.txt L11-12: "Charlotte S. Andersen og Morten Aggerholm (begge sekretariat
    # for rammeafta-/ler/ref.)."
    Så viser fremmødet på "das-2019-10-24" "Morten Aggerholm" som "deltog, referent"

  Scenarie: Et sammenfald foreslås, men foretages ikke af sig selv
    # 001_06729882290ccbd8.txt L28: "Lone Boelt Møller og Hilde E. Thun Holst/ref" og L146:
    # "Hilde E. Thun Sekretariatet (formand)"
    Så foreslås "Hilde E. Thun" og "Hilde E. Thun Holst" som samme person
    # Ingen af referaterne siger, at de to stavemåder er én person
    Og har "Hilde E. Thun" stavemåderne "Hilde E. Thun"

  Scenarie: Et bekræftet sammenfald finder personen under alle stavemåder
    Når "sekretariatet" bekræfter, at "Hilde E. Thun" og "Hilde E. Thun Holst" er samme person, fordi "samme person i sekretariatet i januar 2013"
    # 001_06729882290ccbd8.txt L28 og L146 (stavemåderne); sammenfaldet er scenariets bekræftelse
    Så har "Hilde E. Thun Holst" stavemåderne "Hilde E. Thun; Hilde E. Thun Holst"
    # 001_06729882290ccbd8.txt L146: "Hilde E. Thun Sekretariatet (formand)"
    Og har "Hilde E. Thun Holst" rollen "formand" fra "17. januar 2013"
    Og foreslås "Hilde E. Thun" og "Hilde E. Thun Holst" ikke længere
    Og står bekræftelsen i loggen med "sekretariatet" og grunden "samme person i sekretariatet i januar 2013"

  Scenarie: Et sammenfald fortrydes med en ny hændelse, og historikken bevares
    Når "sekretariatet" bekræfter, at "Hilde E. Thun" og "Hilde E. Thun Holst" er samme person, fordi "samme person i sekretariatet"
    Og "revisor" fortryder, at "Hilde E. Thun" og "Hilde E. Thun Holst" er samme person, fordi "kilden siger det ikke"
    # 001_06729882290ccbd8.txt L146
    Så har "Hilde E. Thun" stavemåderne "Hilde E. Thun"
    Og har loggen 2 hændelser om sammenfald
    Og foreslås "Hilde E. Thun" og "Hilde E. Thun Holst" ikke længere
