# language: da
Egenskab: Ind- og udmelding af tilbud i Nordjysk Socialaftale for 2020
  DAS godkendte den 24. oktober 2019 (punkt 8) tilbudsviften for 2020: pladser ændret,
  tilbud omdannet, opsplittet, erstattet og lukket. Udmeldingen af
  Taleinstituttet/Hjerneskadecenter Nordjylland blev ikke godkendt. Optegnelsen
  das-2019-10-24.yaml indlæses, som den er; registret kender de tilbud, referatet nævner, ikke
  hele tilbudsviften. Reglerne står med opdigtede tilbud i tilbudsvifte_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Tilbudsviften for 2020 efter DAS' godkendelse
    # 003_dac07bbacd9158aa.txt L913-916 (Kirketoften "reduceres permanent til 27 pladser"),
    # L918-920 (Aktivitetshuset Hobro "får 31 socialaftale pladser"), L928-931 (Kærvej: "en bo
    # afdeling med 15 pladser, § 105, stk. 1, samt et samværs og aktivitetstilbud § 104 med 13
    # pladser for interne borgere i tilbuddet samt 4 eksterne pladser"), L936 (Specialenheden
    # "fra 23 pladser til 30 pladser"), L938-939 (Bostedet Aars, intet pladstal) og L988
    # (Taleinstituttets udmelding ikke godkendt)
    Så har tilbudsviften pr. "1. januar 2020" blandt sine tilbud:
      | tilbud                                          | pladser |
      | Aktivitetshuset Hobro                           | 31      |
      | Botilbud Kirketoften                            | 27      |
      | Botilbud Kærvej, bodel                          | 15      |
      | Botilbud Kærvej, samværs- og aktivitetstilbud   | 17      |
      | Specialenheden                                  | 30      |
      | Bostedet Aars                                   | ukendt  |
      | Taleinstituttet/Hjerneskadecenter Nordjylland   | ukendt  |

  Scenarie: Rosenvænget er med til og med 30. september 2019
    # 003_dac07bbacd9158aa.txt L946: "Vesthimmerland Botilbuddet Rosenvænget Tilbuddet er lukket
    # pr. 1. oktober 2019."
    Så rummer tilbudsviften pr. "30. september 2019" "Botilbuddet Rosenvænget"
    Og rummer tilbudsviften pr. "1. oktober 2019" ikke "Botilbuddet Rosenvænget"
    # 003_dac07bbacd9158aa.txt L918-920: "Aktivitetstilbud Kernen omdannes fra 1. januar 2020 til
    # Aktivitetshuset Hobro, stadigvæk § 104. Aktivitetshuset Hobro får 31 socialaftale pladser."
    Og har "Aktivitetshuset Hobro" 31 pladser i tilbudsviften pr. "1. januar 2020"
    # Referatet nævner ikke Kernens pladstal før omdannelsen (L918-920)
    Og har "Aktivitetstilbud Kernen" ukendt antal pladser i tilbudsviften pr. "31. december 2019"

  Scenarie: Kirketoften har 27 socialaftalepladser i tilbudsviften 2020
    # 003_dac07bbacd9158aa.txt L855: "tilbudsvifte i 2020"; L915-916: "hvorfor pladsantal-/let for
    # socialaftalepladser reduceres permanent til 27 pladser." (hvornår i 2019 FU godkendte
    # omdannelsen, fremgår ikke, L913)
    Så har "Botilbud Kirketoften" 27 pladser i tilbudsviften pr. "1. januar 2020"

  Scenarie: Skovvænget og Vestervang erstattes af Bostedet Aars
    # 003_dac07bbacd9158aa.txt L938-939: "Pr. 15. april 2019 er Bosted Skovvænget og Vestervang
    # lukket, mens regionen i stedet har åbnet Bostedet Aars."
    Så rummer tilbudsviften pr. "14. april 2019" "Bosted Skovvænget"
    Og rummer tilbudsviften pr. "14. april 2019" ikke "Bostedet Aars"
    Og rummer tilbudsviften pr. "15. april 2019" "Bostedet Aars"
    Og rummer tilbudsviften pr. "15. april 2019" ikke "Bosted Vestervang"
    # 003_dac07bbacd9158aa.txt L941-944: "Rehabiliteringscenter Strand-/gården ... Lukket pr. 31.
    # december 2018"
    Og rummer tilbudsviften pr. "31. december 2018" ikke "Rehabiliteringscenter Strandgården"

  Scenarie: Udmeldingen af Taleinstituttet godkendes ikke, og begrundelserne står som i referatet
    # 003_dac07bbacd9158aa.txt L988-991: "DAS godkendte ikke udmeldingen på følgende grundlag:
    # • DAS følger præcedens for 2018, hvor tilbud med borgere fra 2-3 kommuner ikke blev taget
    # ud af Socialaftalen"; seks punkter i alt (L991-1003)
    Så er anmodningen "ti-hcn-udmelding-2020" om udmelding afvist med 6 begrundelser, den første "DAS følger præcedens for 2018, hvor tilbud med borgere fra 2-3 kommuner ikke blev taget ud af Socialaftalen"
    # 003_dac07bbacd9158aa.txt L988: "bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland."
    Og rummer tilbudsviften pr. "1. januar 2020" "Taleinstituttet/Hjerneskadecenter Nordjylland"
    # 003_dac07bbacd9158aa.txt L989-1003
    Og viser historikken for "Taleinstituttet/Hjerneskadecenter Nordjylland" "Udmelding ikke godkendt (6 begrundelser)" med beslutningen "das-2019-10-24" punkt "8"

  Scenarie: Ændringerne fra 2019 til 2020 som DAS godkendte dem
    # 003_dac07bbacd9158aa.txt L928-933 (Kærvej opsplittet), L922-926 (Kirketoften, afd.
    # Aktivitet "lukket og udgår dermed af socialaftalen"), L918-920, L913-916 og L936
    Så viser ændringerne fra "31. december 2019" til "1. januar 2020" blandt andet:
      | ændring | tilbud                                         |
      | ind     | Botilbud Kærvej, bodel                         |
      | ind     | Botilbud Kærvej, samværs- og aktivitetstilbud  |
      | ud      | Botilbud Kærvej                                |
      | ud      | Kirketoften, afd. Aktivitet                    |
      | ændret  | Aktivitetshuset Hobro                          |
      | ændret  | Botilbud Kirketoften                           |
      | ændret  | Specialenheden                                 |

  Scenarie: Historikken for Kernen viser omdannelsen med kilde og beslutning
    # 003_dac07bbacd9158aa.txt L918-920
    Så viser historikken for "Aktivitetshuset Hobro" "Aktivitetstilbud Kernen omdannet til Aktivitetshuset Hobro (SEL § 104, 31 pladser) fra 2020-01-01" med beslutningen "das-2019-10-24" punkt "8"
