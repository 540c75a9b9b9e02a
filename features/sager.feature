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
    Så har punkt "8" på "das-2019-10-24" 9 sager
    Og har 8 af sagerne under punkt "8" udfaldet "godkendt"
    Og har sagen "ti-hcn" under punkt "8" udfaldet "ikke godkendt, med begrundelser" med 6 begrundelser
    Og siger sagen "ti-hcn" under punkt "8" "TI/HCN er et højtspecialiseret tilbud, som er unikt i Nordjylland."
    Og har mødet "das-2019-10-24" punkt "8" med udfaldet "blandet (afledt af sagerne)"
    Og bærer sagen "kernen" under punkt "8" faktummet "Aktivitetshuset Hobro"
    Og bærer sagen "ti-hcn" under punkt "8" faktummet "Udmelding ikke godkendt (6 begrundelser)"

  Scenarie: Udfaldsfilteret finder de godkendte sager, ikke hele punktet
    Så finder filteret på udfaldet "godkendt" under punkt "8" kun sagerne "kirketoften, kernen, kirketoften-aktivitet, kaervej, specialenheden, bostedet-aars, strandgaarden, rosenvaenget"
    Og finder filteret på udfaldet "ikke_godkendt" under punkt "8" kun sagerne "ti-hcn"
    Og viser "decisions --outcome godkendt" i CSV 8 rækker for punkt "8", hver med sin sag

  Scenarie: Et faktum, der nævner en sag, punktet ikke har, afvises
    Når optegnelsen indlæses igen med et faktum under punkt "8", der nævner sagen "rosenvaenet"
    Så afvises optegnelsen med reglen "ukendt-sag" og "mente du rosenvaenget?"
    Og er intet nyt registreret
