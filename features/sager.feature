# language: da
# Kilde: 003_dac07bbacd9158aa.txt (DAS 24. oktober 2019), punkt 8, Referat, linje 988-989:
#   "DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra
#    Taleinstituttet/Hjerneskadecenter Nordjylland.
#    DAS godkendte ikke udmeldingen på følgende grundlag:"
# og de seks begrundelser, linje 991-1004. Sagsfremstillingens tabel nævner ni tilbud.
Egenskab: Flere sager under ét punkt, hver med sit eget udfald
  Et punkt kan afgøre flere sager. Punktets eget udfald er det, referatet siger om punktet,
  eller afledt af sagerne ("blandet", når de er forskellige); det skrives aldrig på sagerne.

  Baggrund:
    Givet mødeoptegnelsen "das-2019-10-24.yaml" er indlæst

  Scenarie: Otte anmodninger godkendt og én udmelding ikke godkendt med seks begrundelser
    # 003_dac07bbacd9158aa.txt L911-956: tabellens ni tilbud
    Så har punkt "8" på "das-2019-10-24" 9 sager
    # 003_dac07bbacd9158aa.txt L988 "godkendte alle anmodninger ... bortset fra"
    Og har 8 af sagerne under punkt "8" udfaldet "godkendt"
    # 003_dac07bbacd9158aa.txt L989-1004: seks begrundelser
    Og har sagen "ti-hcn" under punkt "8" udfaldet "ikke godkendt, med begrundelser" med 6 begrundelser
    # 003_dac07bbacd9158aa.txt L997
    Og siger sagen "ti-hcn" under punkt "8" "TI/HCN er et højtspecialiseret tilbud, som er unikt i Nordjylland."
    # 003_dac07bbacd9158aa.txt L988-989: intet udfald for punktet som helhed
    Og har mødet "das-2019-10-24" punkt "8" med udfaldet "blandet (afledt af sagerne)"
    # 003_dac07bbacd9158aa.txt L918-920
    Og bærer sagen "kernen" under punkt "8" faktummet "Aktivitetshuset Hobro"
    # 003_dac07bbacd9158aa.txt L989
    Og bærer sagen "ti-hcn" under punkt "8" faktummet "Udmelding ikke godkendt (6 begrundelser)"

  Scenarie: Udfaldsfilteret finder de godkendte sager, ikke hele punktet
    # 003_dac07bbacd9158aa.txt L988 og tabellen L913-946
    Så finder filteret på udfaldet "godkendt" under punkt "8" kun sagerne "kirketoften, kernen, kirketoften-aktivitet, kaervej, specialenheden, bostedet-aars, strandgaarden, rosenvaenget"
    # 003_dac07bbacd9158aa.txt L988-989
    Og finder filteret på udfaldet "ikke_godkendt" under punkt "8" kun sagerne "ti-hcn"
    # 003_dac07bbacd9158aa.txt L988 og tabellen L913-946
    Og viser "decisions --outcome godkendt" i CSV 8 rækker for punkt "8", hver med sin sag

  Scenarie: Et faktum, der nævner en sag, punktet ikke har, afvises
    Når optegnelsen indlæses igen med et faktum under punkt "8", der nævner sagen "rosenvaenet"
    # ingen referatlinje: optegnelsens regel (sagen hedder "rosenvaenget", L946 "Botilbuddet Rosenvænget")
    Så afvises optegnelsen med reglen "ukendt-sag" og "mente du rosenvaenget?"
    Og er intet nyt registreret
