# language: da
Egenskab: Arbejdsgrupper over tid: mandat og sammensætningsregler
  Fra referaterne (indlæst fra examples/nordjylland): egenmestringsgruppens indsnævrede mandat
  (DAS 24. oktober 2019, punkt 3) og takstanalysegruppens klyngeregel (SOCDIR 10. oktober
  2014, punkt 3). Reglerne for formandsskifte, omdannelse, nedlæggelse, klynger og modellen for
  de centrale udmeldinger står med opdigtede grupper i arbejdsgrupper_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Egenmestringsgruppens mandat indsnævres til tre produkter, og historikken bevares
    # 003_dac07bbacd9158aa.txt L245-253: "DAS valgte på den baggrund, at arbejdsgruppen skal
    # arbejde videre med: • Fokus på uddannelse • Samarbejde mellem myndighed og udfører
    # • Vidensbreve"
    Så har arbejdsgruppen "Egenmestringsgruppen" pr. "1. november 2019" mandatet "Fokus på uddannelse; Samarbejde mellem myndighed og udfører; Vidensbreve"
    # 003_dac07bbacd9158aa.txt L166-168 (gruppens fokus før mødet) og L245-253 (det ændrede)
    Og viser mandathistorikken for "Egenmestringsgruppen" et tidligere mandat og det ændrede "Fokus på uddannelse; Samarbejde mellem myndighed og udfører; Vidensbreve"
    # 003_dac07bbacd9158aa.txt L245: "DAS valgte på den baggrund, at arbejdsgruppen skal"
    Og bærer beslutningen under punkt "3" på "das-2019-10-24" "Mandat ændret"

  Scenarie: Klyngereglen kan ikke kontrolleres, før klyngerne er registreret
    # 000_939a2e46bbe95266.txt L126-127: "dog minimum én fra / hver geografisk klynge"; ingen af
    # referaterne siger, hvilke kommuner der hører til hvilken klynge
    Så advarer arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. november 2014" "de geografiske klynger er ikke registreret"
