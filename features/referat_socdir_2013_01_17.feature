# language: da
Egenskab: Socialdirektørkredsens møde den 17. januar 2013, indlæst fra mødeoptegnelsen
  examples/nordjylland/socdir-2013-01-17.yaml er skrevet fra referatet (001_06729882290ccbd8.txt).
  Linjenumrene i kommentarerne er referatets (samme tekst i examples/nordjylland/kilder/).

  Baggrund:
    Givet mødeoptegnelsen "socdir-2013-01-17.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    # 001_06729882290ccbd8.txt L37-39: "1. Godkendelse af dagsorden" / "Godkendt"
    Så har mødet "socdir-2013-01-17" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet fra mødet 7. december godkendes
    # 001_06729882290ccbd8.txt L41-43: "2. Godkendelse af referat fra møde 7. december" / "Godkendt"
    Så har mødet "socdir-2013-01-17" punkt "2" med udfaldet "godkendt"
    # 001_06729882290ccbd8.txt L41: "møde 7. december" (året står ikke: registrators læsning, den seneste 7. december før mødet, står som note)
    Og godkender punkt "2" referatet fra "socdir-2012-12-07"

  Scenarie: Punkt 3 – Jan Lund-Andersen udpeges til koordinationsforum
    # 001_06729882290ccbd8.txt L78: "FU’s anbefaling blev tiltrådt."
    Så har mødet "socdir-2013-01-17" punkt "3" med udfaldet "godkendt"
    # 001_06729882290ccbd8.txt L78
    Og siger referatet af punkt "3" på "socdir-2013-01-17" "FU's anbefaling blev tiltrådt."
    # 001_06729882290ccbd8.txt L77-78: "at udpege Jan Lund – Andersen til, at repræsenterer
    # SOCDIR i koordinationsforum"
    Og har "Jan Lund-Andersen" rollerne "repræsentant i koordinationsforum (for SOCDIR)"

  Scenarie: Punkt 4 – Jesper Hosbond skriver notatet og deltager i borgmestermødet
    # 001_06729882290ccbd8.txt L106-107: referatet godkender intet; kredsen udpeger Jesper Hosbond
    Så har mødet "socdir-2013-01-17" punkt "4" med udfaldet "besluttet"
    # 001_06729882290ccbd8.txt L86-89 (notatet præsenteres ved borgmestermødet den 31. januar)
    # og L106: "Jesper Hosbond udarbejder et notat og deltager ved borgmestermøde."
    Og har "Jesper Hosbond Jensen" pr. "20. januar 2013" en åben opfølgning "Det Sociale Ankenævn" med fristen "2013-01-31"

  Scenarie: Punkt 5 – DAS-dagsordenen anbefales godkendt, og arbejdsgruppen præsenteres med formand
    # 001_06729882290ccbd8.txt L127-261: hvert DAS-punkt har sin egen anbefaling, nogle med
    # bemærkninger; punkt 5 selv har intet udfald
    Så har mødet "socdir-2013-01-17" punkt "5" med udfaldet "blandet (afledt af sagerne)"
    # 001_06729882290ccbd8.txt L158-165: "Vedr. pkt 7 – kommissorium for koordinationsforum på
    # hjerneskadeområdet. … Indstilling drøftet og anbefalet godkendt."
    Og nævner det gengivne referat af "socdir-2013-01-17" "kommissorium for koordinationsforum på hjerneskadeområdet. (sag 7) — anbefalet godkendt"
    # 001_06729882290ccbd8.txt L160-161
    Og nævner det gengivne referat af "socdir-2013-01-17" "Jens Martin Sletting Hansen fra Aalborg kommune, blev udpeget som formand for gruppen på voksenområdet."
    # 001_06729882290ccbd8.txt L160-161: hvem han repræsenterer, står ikke
    Og har "Jens Martin Sletting Hansen" rollerne "formand i gruppen på voksenområdet (koordinationsforum på hjerneskadeområdet)"
    # 001_06729882290ccbd8.txt L132-146: syv deltagere præsenteret; gruppens navn er registrators
    Og har arbejdsgruppen "Arbejdsgruppen under DAS-dagsordenens pkt. 5 (registrators betegnelse)" pr. "1. februar 2013" 7 medlemmer
    # 001_06729882290ccbd8.txt L124-125: "sekretariatet skal udarbejde forslag til et kommissorium
    # for et politisk udvalgsforum. Kommissoriet præsenteres ved næste møde den 18. marts."
    Og har "Sekretariatet" pr. "20. januar 2013" en åben opfølgning "politisk udvalgsforum" med fristen "2013-03-18"
    # 001_06729882290ccbd8.txt L176-177: "arbejdsgruppen i regi af KKR med Peter Møller som formand
    # skal lave et udkast til afsnit som skrives ind i udkastet og præsenteres i marts"
    Og har "arbejdsgruppen i regi af KKR med Peter Møller som formand" pr. "20. januar 2013" en åben opfølgning "udkast til afsnit" med fristen "marts 2013"

  Scenarie: Deltagere og afbud som referatet lister dem
    # 001_06729882290ccbd8.txt L26-28
    Så deltog "Jan Lund-Andersen" i mødet "socdir-2013-01-17"
    # 001_06729882290ccbd8.txt L31 (men L95: "Line, KKR indleder punktet")
    Og meldte "Line Rohde" afbud til mødet "socdir-2013-01-17"
    # 001_06729882290ccbd8.txt L24: "Sted Hotel Comwell Rebild"
    Og nævner det gengivne referat af "socdir-2013-01-17" "Hotel Comwell Rebild"
