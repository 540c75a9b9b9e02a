# language: da
Egenskab: Fokus for Nordjysk Socialaftale 2021-2022 og årshjulet 2020
  DAS besluttede den 24. oktober 2019 (punkt 7) vision og fokusområder og godkendte (punkt 11)
  årshjulet for 2020 med fem større arrangementer. Optegnelsen das-2019-10-24.yaml indlæses,
  som den er; reglerne (advarsel ved flere end tre fokusområder, delvise datoer) står med
  opdigtede perioder og arrangementer i strategi_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Vision og fokusområder vælges, C lægges sammen med specialiseringsområdet
    # 003_dac07bbacd9158aa.txt L830-838: "DAS besluttede, at “Egenmestring” skulle fortsætte som
    # overordnet vision ... • A: En god alderdom med handicap • D: Flere borgere med behov for
    # hjælp i socialpsykiatrien • E: Fokus på specialiseringen/tilbudsstrukturen ..."
    Så har Nordjysk Socialaftale 2021-2022 fokusområderne "A, D, F" besluttet ved "das-2019-10-24 pkt. 7"
    # 003_dac07bbacd9158aa.txt L842-844: "Forslag “C: Særligt dyre enkeltsager” vil blive en del af
    # fokusområde “E: Fokus på specialiseringen/tilbudsstrukturen på socialområdet i Nordjylland”."
    Og er "C" lagt sammen med "F"
    # 003_dac07bbacd9158aa.txt L793 kalder forslaget "F: Fokus på specialiseringen/..."; L838 og
    # L842 kalder det "E" (referatets glidning, vist som kildenote)
    Og viser strategien kildenoten om bogstaverne E og F
    # 003_dac07bbacd9158aa.txt L717: "anbefales det, at der maksimalt udvælges" (tre); tre valgt
    Og advarer strategien ikke om antallet af fokusområder

  Scenarie: Årshjulet 2020 med de fem større arrangementer
    # 003_dac07bbacd9158aa.txt L1202: "er der allerede planlagt fem større arrangementer i 2020:";
    # L1204: "15. januar Temadag om borgere med psykiatriske lidelser og komplekse forløb."
    # (the process plan DAS agreed on 26 August 2019, L618-640, is in the årshjul too, carried by that decision)
    Så rummer årshjulet for 2020 5 arrangementer fra "das-2019-10-24" punkt "11", først "Temadag om borgere med psykiatriske lidelser og komplekse forløb" den "15. januar 2020"
