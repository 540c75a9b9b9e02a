# language: da
Egenskab: Socialdirektørkredsens møde den 17. januar 2013
  Referatet (001_06729882290ccbd8.txt): dagsorden og referatet fra mødet 7. december
  godkendes, og FU's anbefaling om at udpege Jan Lund-Andersen til koordinationsforum tiltrædes.

  Baggrund:
    Givet SOCDIR holder møde "socdir-2013-01-17" den "17. januar 2013" med sagsnr. "2011-43820 / 2012-411051"
    Og på dette møde deltager "Jan Nielsen, Lone Vestergaard, Henrik Aarup-Kristensen, Sven Åge Fog, Hans Ole Steffensen, Jens Nørgaard, Jesper Hosbond Jensen, Jan Lund-Andersen, Lone Boelt Møller, Hilde E. Thun Holst" og afbud er meldt af "Hans Chr. Mariegaard, Dorthe Jende, Elsemarie Lauvring, Henrik Leth, Leif Serup, Flemming Hansen, Line Rohde"
    Og punkterne er "1 Godkendelse af dagsorden; 2 Godkendelse af referat fra møde 7. december; 3 Landsdækkende koordination og udviklingen på det specialiserede socialområdet; 4 Henvendelse fra KKR; 5 Gennemgang af dagsorden til DAS"

  Scenarie: Referatet fra mødet den 7. december 2012 godkendes
    Når punkt "2" godkender referatet fra "socdir-2012-12-07"
    Så er punkt "2" "godkendt" og godkender referatet fra "socdir-2012-12-07"

  Scenarie: Et referat kan ikke godkendes af et andet forum eller før mødet
    Når punkt "2" godkender referatet fra "das-2012-12-07"
    Så afvises det med "et referat kan kun godkendes på et senere møde i samme forum"
    Og er loggen uændret
    Når punkt "2" godkender referatet fra "socdir-2013-02-01"
    Så afvises det med "das-2012-12-07" ikke, men med "socdir-2013-02-01 er ikke et tidligere møde"

  Scenarie: FU's anbefaling om udpegning til koordinationsforum tiltrædes
    Når punkt "3" besluttes som "approved" med referatet "FU's anbefaling blev tiltrådt. Vedrørende yderligere udpegning jf. kommissoriet var der enighed om, at Jan til fulde kunne repræsentere Nordjylland."
    Så finder en søgning efter "yderligere udpegning" punkt "3" med udfaldet "godkendt"
    Og indeholder det gengivne referat "FU's anbefaling blev tiltrådt."
