# language: da
Egenskab: Arbejdsgrupper over tid: mandat, sammensætning, formandskab, omdannelse og nedlæggelse
  Fra referaterne (indlæst fra examples/nordjylland): egenmestringsgruppens indsnævrede mandat
  (DAS 24. oktober 2019, punkt 3), takstanalysegruppens klyngeregel og modellen for
  arbejdsgrupperne om de centrale udmeldinger (SOCDIR 10. oktober 2014, punkt 3 og 6).

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Egenmestringsgruppens mandat indsnævres til tre produkter, og historikken bevares
    Så har arbejdsgruppen "Egenmestringsgruppen" pr. "1. november 2019" mandatet "Fokus på uddannelse; Samarbejde mellem myndighed og udfører; Vidensbreve"
    # 003_dac07bbacd9158aa.txt L166-167 "Fokus for arbejdsgruppen er først og fremmest at komme med forslag til, ..."
    Og viser mandathistorikken for "Egenmestringsgruppen" "kendt: først og fremmest at komme med forslag til, hvordan der kan sættes fokus på arbejdet med borgerens egenmestring på det fælleskommunale område; ændret: Fokus på uddannelse; Samarbejde mellem myndighed og udfører; Vidensbreve"
    Og bærer beslutningen under punkt "3" på "das-2019-10-24" "Mandat ændret"

  Scenarie: Klyngereglen kan ikke kontrolleres, før klyngerne er registreret
    Så advarer arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. november 2014" "de geografiske klynger er ikke registreret"

  Scenarie: En klynge uden medlem nævnes (klyngerne er illustrative; referaterne lister dem ikke)
    Når klyngerne registreres som "Nord: Hjørring, Frederikshavn, Læsø; Midt: Aalborg; Syd: Mariagerfjord, Rebild, Vesthimmerland"
    Og "Tina Mørk" fra "Hjørring Kommune" indtræder i "takstanalyse"
    Så advarer arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. december 2014" "klyngen Midt har intet medlem"
    Og advarer arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. december 2014" "klyngen Syd har intet medlem"

  Scenarie: Modellen for de centrale udmeldinger kontrolleres, når medlemmerne registreres
    Når DAS nedsætter arbejdsgruppen "hjerneskade" "Central udmelding: voksne med kompleks erhvervet hjerneskade" efter modellen for de centrale udmeldinger
    Og gruppen "hjerneskade" får medlemmerne:
      | id | rolle                  | organisation               |
      | t  | tovholder              | Sekretariat for Rammeaftaler |
      | p1 | planlægger             | Aalborg Kommune, ÆH        |
      | p2 | planlægger             | Region Nordjylland         |
      | m1 | myndighedsrepræsentant | Hjørring Kommune           |
      | m2 | myndighedsrepræsentant | Thisted Kommune            |
    Så advarer arbejdsgruppen "Central udmelding: voksne med kompleks erhvervet hjerneskade" pr. "1. december 2014" "myndighedsrepræsentant: 2 (modellen kræver 4-5)"
    Og advarer arbejdsgruppen "Central udmelding: voksne med kompleks erhvervet hjerneskade" pr. "1. december 2014" "driftsherrerepræsentant: 0 (modellen kræver mindst 1)"
    Og advarer arbejdsgruppen ikke om "planlægger" pr. "1. december 2014" for "Central udmelding: voksne med kompleks erhvervet hjerneskade"

  Scenarie: Formandskabet skifter, og den tidligere formands rolle slutter
    Når formandskabet for "takstanalyse" overgår til "Hans Chr. Mariegaard" den "1. marts 2015"
    Så har "Hans Chr. Mariegaard" rollen "formand" i "Arbejdsgruppe for takstanalysen" fra "1. marts 2015"
    Og sluttede "Aalborg Kommune" som "formand" i "Arbejdsgruppe for takstanalysen" den "1. marts 2015"

  Scenarie: En gruppe omdannes til fagligt netværk og nedlægges senere
    Når "takstanalyse" omdannes til et fagligt netværk den "1. maj 2015"
    Og "takstanalyse" nedlægges den "31. december 2015"
    Så er "Arbejdsgruppe for takstanalysen" et "faglig_netvaerk" pr. "1. juni 2015"
    Og findes "Arbejdsgruppe for takstanalysen" ikke pr. "1. januar 2016"
    Og sluttede "Aalborg Kommune" som "formand" i "Arbejdsgruppe for takstanalysen" den "31. december 2015"
    Når gruppen "takstanalyse" får et nyt medlem den "1. februar 2016"
    Så afvises det med "er nedlagt 2015-12-31"
    Og er loggen uændret
