# language: da
Egenskab: Et SOCDIR-møde godkender et tidligere referat (reglerne, på et fiktivt møde)
  Socialdirektørkredsens møde den 17. januar 2013 (001_06729882290ccbd8.txt) står som det blev
  holdt i features/referat_socdir_2013_01_17.feature, indlæst fra mødeoptegnelsen. Her prøves
  reglerne for at godkende et referat på et fiktivt møde med opdigtede deltagere og en
  testkilde, så intet her kan forveksles med referatets ord.

  Baggrund:
    Givet et fiktivt SOCDIR-møde "socdir-2031-01-16" den "16. januar 2031" med punkterne "1 Godkendelse af dagsorden; 2 Godkendelse af referat fra møde 5. december; 3 Udpegning til et testforum"

  Scenarie: Referatet fra det foregående møde i samme forum godkendes
    Når punkt "2" godkender referatet fra "socdir-2030-12-05"
    # fiktivt (ingen referatlinje): forbilledet er 001_06729882290ccbd8.txt L41-43
    Så er punkt "2" "godkendt" og godkender referatet fra "socdir-2030-12-05"

  Scenarie: Et referat kan ikke godkendes af et andet forum eller før mødet
    Når punkt "2" godkender referatet fra "das-2030-12-05"
    # fiktivt (ingen referatlinje): reglen, ikke referatet
    Så afvises det med "et referat kan kun godkendes på et senere møde i samme forum"
    # fiktivt: intet er registreret
    Og er loggen uændret
    Når punkt "2" godkender referatet fra "socdir-2031-02-01"
    # fiktivt (ingen referatlinje): fejlen nævner det senere møde, ikke det forrige forsøg
    Så afvises det med "das-2030-12-05" ikke, men med "socdir-2031-02-01 er ikke et tidligere møde"

  Scenarie: En udpegning tiltrådt i referatet findes ved søgning
    Når punkt "3" besluttes som "approved" med referatet "Udvalgets anbefaling blev tiltrådt. Vedrørende yderligere udpegning var der enighed om, at Anne Testesen alene repræsenterer kredsen."
    # fiktivt (ingen referatlinje): forbilledet er 001_06729882290ccbd8.txt L77-80
    Så finder en søgning efter "yderligere udpegning" punkt "3" med udfaldet "godkendt"
    # fiktivt: referatets tekst gengives, som den er registreret
    Og indeholder det gengivne referat "Udvalgets anbefaling blev tiltrådt."
