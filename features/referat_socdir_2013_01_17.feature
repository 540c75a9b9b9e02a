# language: da
Egenskab: Socialdirektørkredsens møde den 17. januar 2013, indlæst fra mødeoptegnelsen
  examples/nordjylland/socdir-2013-01-17.yaml er skrevet fra referatet (001_06729882290ccbd8.txt).

  Baggrund:
    Givet mødeoptegnelsen "socdir-2013-01-17.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    Så har mødet "socdir-2013-01-17" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet fra mødet 7. december godkendes
    Så har mødet "socdir-2013-01-17" punkt "2" med udfaldet "godkendt"
    Og godkender punkt "2" referatet fra "socdir-2012-12-07"

  Scenarie: Punkt 3 – Jan Lund-Andersen udpeges til koordinationsforum
    Så har mødet "socdir-2013-01-17" punkt "3" med udfaldet "godkendt"
    Og siger referatet af punkt "3" på "socdir-2013-01-17" "FU's anbefaling blev tiltrådt."
    Og har "Jan Lund-Andersen" rollerne "repræsentant i koordinationsforum (for SOCDIR)"

  Scenarie: Punkt 4 – Jesper Hosbond skriver notatet og deltager i borgmestermødet
    Så har mødet "socdir-2013-01-17" punkt "4" med udfaldet "godkendt"
    Og har "Jesper Hosbond Jensen" pr. "20. januar 2013" en åben opfølgning "Det Sociale Ankenævn" med fristen "2013-01-31"

  Scenarie: Punkt 5 – DAS-dagsordenen anbefales godkendt, og strategigruppen præsenteres med formand
    Så har mødet "socdir-2013-01-17" punkt "5" med udfaldet "godkendt med bemærkninger"
    # 001_06729882290ccbd8.txt l. 160-161 (DAS pkt. 7)
    Og siger referatet af punkt "5" på "socdir-2013-01-17" "Jens Martin Sletting Hansen fra Aalborg kommune, blev udpeget som formand for gruppen på voksenområdet."
    Og har arbejdsgruppen "Arbejdsgruppe for kommissoriet for strategisk samarbejde" pr. "1. februar 2013" 7 medlemmer
    Og har "Sekretariatet" pr. "20. januar 2013" en åben opfølgning "politisk udvalgsforum" med fristen "2013-03-18"

  Scenarie: Deltagere og afbud som referatet lister dem
    Så deltog "Jan Lund-Andersen" i mødet "socdir-2013-01-17"
    Og meldte "Line Rohde" afbud til mødet "socdir-2013-01-17"
    Og nævner det gengivne referat af "socdir-2013-01-17" "Hotel Comwell Rebild"
