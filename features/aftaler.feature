# language: da
Egenskab: Aftalen selv fra de rigtige referater
  Nordjysk Socialaftale (tidligere rammeaftalen) pr. periode: dens parter, dens dele
  (udviklingsstrategi, styringsaftale eller den ene Socialaftale, der fulgte dem), visionen og
  fokusområderne, og en godkendelsesrunde pr. del. Aftalerne står i
  examples/nordjylland/tvaers-forloeb.yaml; hvert Så nævner referatets linje. Hvad referaterne
  ikke siger (parterne, en del, en runde), står som ukendt. Reglerne (med opdigtede navne) står
  i aftaler_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Nordjysk Socialaftale 2021-2022 med byrådene og regionsrådet som parter
    # 003_dac07bbacd9158aa.txt L614: "Der fremlægges forslag til vision og fokusområder for
    # Nordjysk Socialaftale 2021-2022"
    Så har aftalen "socialaftale-2021-2022" navnet "Nordjysk Socialaftale 2021-2022" og perioden "2021-2022"
    # 003_dac07bbacd9158aa.txt L670: "Juli-oktober Byråd og regionsråd Politisk godkendelse";
    # at det er de 11 kommuners byråd og regionsrådet, er registrets læsning (referencedata)
    Og har aftalen "socialaftale-2021-2022" 12 parter med "Region Nordjylland"
    # 003_dac07bbacd9158aa.txt L666: "Maj 2020 DAS møde Administrativ godkendelse af Socialaftalen"
    Og har aftalen "socialaftale-2021-2022" delene "socialaftale"
    Og siger delen "socialaftale" i aftalen "socialaftale-2021-2022" "Administrativ godkendelse af Socialaftalen"
    # 003_dac07bbacd9158aa.txt L670: runden står uden frist, "Juli-oktober" er en planlagt periode
    Og godkendes delen "socialaftale" i aftalen "socialaftale-2021-2022" i runden "socialaftale-2021-2022" i sagen "socialaftale-2021-2022-fokus"
    Og har delen "socialaftale" i aftalen "socialaftale-2021-2022" pr. "1. november 2020" 12 råd, alle med status "mangler"

  Scenarie: Aftalens vision og fokusområder er dem, strategien har for perioden
    # 003_dac07bbacd9158aa.txt L832: "DAS besluttede at socialaftalen skulle have følgende fokusområder:"
    Så har aftalen "socialaftale-2021-2022" visionen "Egenmestring" og 3 valgte fokusområder, det første "En god alderdom med handicap"

  Scenarie: Nordjysk Socialaftale 2018-2020 og dens styringsaftale, uden kendte parter
    # 003_dac07bbacd9158aa.txt L367: "fokusområdet i 2017 blev udpeget til Nordjysk Socialaftale 2018-2020"
    Så har aftalen "socialaftale-2018-2020" navnet "Nordjysk Socialaftale 2018-2020" og perioden "2018-2020"
    # 003_dac07bbacd9158aa.txt L855-857: "socialaftalens tilbudsvifte i 2020, og herunder være
    # underlagt Styringsaftalen."
    Og har aftalen "socialaftale-2018-2020" delene "styringsaftale"
    Og siger delen "styringsaftale" i aftalen "socialaftale-2018-2020" "herunder være underlagt Styringsaftalen."
    Og er aftalen "socialaftale-2018-2020"s parter ikke oplyst
    Og har aftalen "socialaftale-2018-2020" ingen vision i registret

  Scenarie: Rammeaftale 2014 med udviklingsstrategi og styringsaftale
    # 001_06729882290ccbd8.txt L167: "Vedr. pkt 8 – Tids- og procesplan / årshjul for rammeaftale 2014"
    Så har aftalen "rammeaftale-2014" navnet "Rammeaftale 2014" og perioden "2014"
    # 001_06729882290ccbd8.txt L200: "Status på Styringsgruppens arbejde med Styringsaftalen 2014";
    # L171: "Vedr. pkt. 9 – Udviklingsstrategi"
    Og har aftalen "rammeaftale-2014" delene "styringsaftale, udviklingsstrategi"
    Og siger delen "styringsaftale" i aftalen "rammeaftale-2014" "Styringsaftalen 2014"
    Og er aftalen "rammeaftale-2014"s parter ikke oplyst
    Og har ingen del af aftalen "rammeaftale-2014" en godkendelsesrunde
