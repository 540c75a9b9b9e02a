# language: da
Egenskab: Regler for sager på tværs af organer og rådenes godkendelser
  Reglerne vises med en opdigtet sag og opdigtede kilder, så de ikke kan forveksles med
  referaternes (dem viser forloeb.feature med de rigtige optegnelser). Rådene er socialaftalens
  tolv: de 11 nordjyske kommuner og Region Nordjylland.
  NB: opdigtede beslutninger af virkelige råd til en regeltest. Rådenes navne er de virkelige,
  fordi en runde uden aftale holdes op mod socialaftalens tolv råd (referencedata; en aftales
  egne parter vises i aftaler_regler.feature),
  men sagen, runden og hver beslutning med dato (2031) er opdigtet; intet af rådene har truffet
  dem.

  Baggrund:
    Givet den opdigtede sag "opdigtet-sag" med godkendelsesrunden "opdigtet-runde" for socialaftalen, sendt "1. juli 2031" med fristen "31. oktober 2031"

  Scenarie: Et råd, der ikke er et af socialaftalens, afvises
    Når "Aarhus" registreres med udfaldet "godkendt" den "1. august 2031" i runden "opdigtet-runde"
    Så afvises det med reglen "raad-ikke-i-aftalen" i feltet "raad" og "'Aarhus' er ikke et af socialaftalens tolv råd"
    Og er loggen uændret

  Scenarie: En godkendelse dateret før sagen blev sendt, afvises
    Når "Hjørring" registreres med udfaldet "godkendt" den "30. juni 2031" i runden "opdigtet-runde"
    Så afvises det med reglen "beslutning-foer-udsendelse" i feltet "dato" og "før sagen blev sendt til rådene (2031-07-01)"
    Og er loggen uændret

  Scenarie: Et råds anden beslutning uden rettelse afvises
    Givet "Læsø" er registreret med udfaldet "godkendt" den "1. august 2031" i runden "opdigtet-runde"
    Når "Læsø" registreres med udfaldet "ikke_godkendt" den "2. august 2031" i runden "opdigtet-runde"
    Så afvises det med reglen "raadsbeslutning-dobbelt" i feltet "raad" og "en ny er en rettelse"
    Og er loggen uændret

  Scenarie: En rettelse med grund erstatter rådets beslutning, og den gamle bliver i loggen
    Givet "Læsø" er registreret med udfaldet "godkendt" den "1. august 2031" i runden "opdigtet-runde"
    Når "Læsø" rettes til udfaldet "godkendt_med_bemaerkninger" den "1. august 2031" fordi "opdigtet kilde læst forkert"
    Så har "Læsø" i runden "opdigtet-runde" status "godkendt_med_bemaerkninger", rettet
    Og har loggen 2 beslutninger fra "Læsø"

  Scenarie: En godkendelsesrunde for socialaftalen uden frist afvises
    Når sagen "opdigtet-sag" sendes til rådene i runden "uden-frist" for "socialaftale" uden frist
    Så afvises det med reglen "runde-uden-frist" i feltet "frist" og "skal have en frist"
    Og er loggen uændret

  Scenarie: En godkendelsesrunde for socialaftalen, hvis kilde ingen frist giver, har ingen overskredne råd
    Når sagen "opdigtet-sag" sendes til rådene i runden "plan" for "socialaftale" med ukendt frist
    Så har runden "plan" i sagen "opdigtet-sag" pr. "1. januar 2040" 12 råd, alle med status "mangler"

  Scenarie: En runde med både en frist og ukendt frist afvises
    Når sagen "opdigtet-sag" sendes til rådene i runden "begge" for "socialaftale" med fristen "oktober 2031" og ukendt frist
    Så afvises det med reglen "frist-og-ukendt" i feltet "frist_ukendt" og "ikke begge"
    Og er loggen uændret

  Scenarie: En anden slags sag kan sendes uden frist
    Når sagen "opdigtet-sag" sendes til rådene i runden "orientering" for "anden" uden frist
    Så har runden "orientering" i sagen "opdigtet-sag" pr. "1. januar 2040" 12 råd, alle med status "mangler"

  Scenarie: Et råd uden beslutning er overskredet, når fristen er gået
    Givet "Rebild" er registreret med udfaldet "godkendt" den "15. september 2031" i runden "opdigtet-runde"
    Så har "Rebild" i runden "opdigtet-runde" pr. "1. november 2031" status "godkendt"
    Og har "Thisted" i runden "opdigtet-runde" pr. "31. oktober 2031" status "mangler"
    Og har "Thisted" i runden "opdigtet-runde" pr. "1. november 2031" status "overskredet"
    Og afventer 11 råd pr. "1. november 2031", blandt dem "Region Nordjylland"

  Scenarie: En beslutning kendt kun som en måned tæller fra månedens sidste dag
    Givet "Morsø" er registreret med udfaldet "ikke_godkendt" den "oktober 2031" i runden "opdigtet-runde"
    Så har "Morsø" i runden "opdigtet-runde" pr. "15. oktober 2031" status "mangler"
    Og har "Morsø" i runden "opdigtet-runde" pr. "31. oktober 2031" status "ikke_godkendt"

  Scenarie: En optegnelse med et råd uden for aftalen indlæses ikke, og fejlen nævner linje og felt
    Når optegnelsen "opdigtet-forloeb.yaml" med et råd "Opdigtet Kommune" i en runde indlæses
    Så afvises optegnelsen med "opdigtet-forloeb.yaml, linje 7" i feltet "grundlag[1].fakta[2].raad[2]"
    Og er loggen uændret
