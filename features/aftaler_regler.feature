# language: da
Egenskab: Regler for aftalen selv og en dels godkendelsesrunde
  Reglerne vises med en opdigtet aftale og en opdigtet kilde, så de ikke kan forveksles med
  referaternes (dem viser aftaler.feature). En aftales parter er dem, optegnelsen nævner; en
  runde for en af aftalens dele må kun sende sagen til aftalens parter.

  Baggrund:
    Givet den opdigtede aftale "opdigtet-aftale" for "2031-2032" med parterne "Aalborg, Region Nordjylland" og delen "opdigtet-styring" som styringsaftale
    Og den opdigtede sag "opdigtet-aftalesag"

  Scenarie: En runde for en del sendes til aftalens parter
    Når runden "r1" for delen "opdigtet-styring" i aftalen "opdigtet-aftale" åbnes med rådene "Aalborg Kommune, Regionsrådet"
    Så godkendes delen "opdigtet-styring" i aftalen "opdigtet-aftale" i runden "r1" i sagen "opdigtet-aftalesag"

  Scenarie: Et råd, der ikke er part i aftalen, afvises
    Når runden "r1" for delen "opdigtet-styring" i aftalen "opdigtet-aftale" åbnes med rådene "Aalborg, Rebild"
    Så afvises aftalen med reglen "raad-ikke-i-aftalen" i feltet "raad[2]" og "Rebild er ikke part i aftalen 'opdigtet-aftale'"
    Og er loggen uændret

  Scenarie: En runde uden råd går til alle tolv og afvises, når aftalen har færre parter
    Når runden "r1" for delen "opdigtet-styring" i aftalen "opdigtet-aftale" åbnes uden råd
    Så afvises aftalen med reglen "raad-ikke-i-aftalen" i feltet "raad" og "er ikke part i aftalen"
    Og er loggen uændret

  Scenarie: En del, aftalen ikke har, afvises
    Når runden "r1" for delen "opdigtet-udvikling" i aftalen "opdigtet-aftale" åbnes med rådene "Aalborg"
    Så afvises aftalen med reglen "ukendt-aftaledel" i feltet "aftaledel" og "har ingen del 'opdigtet-udvikling'"
    Og er loggen uændret

  Scenarie: En aftale uden kendte parter kan ikke få en runde
    Givet den opdigtede aftale "opdigtet-ukendt" uden kendte parter og delen "opdigtet-styring" som styringsaftale
    Når runden "r1" for delen "opdigtet-styring" i aftalen "opdigtet-ukendt" åbnes med rådene "Aalborg"
    Så afvises aftalen med reglen "aftalens-raad-ukendt" i feltet "aftale" og "ingen kendte parter"
    Og er loggen uændret

  Scenarie: En periode, der ikke er år, afvises
    Når aftalen "opdigtet-forkert" oprettes med perioden "2031/32"
    Så afvises aftalen med reglen "ugyldig-periode" i feltet "periode" og "skal være år som i kilden"
    Og er loggen uændret
