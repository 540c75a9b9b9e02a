# language: da
Egenskab: DAS' møde den 24. oktober 2019, indlæst fra mødeoptegnelsen
  examples/nordjylland/das-2019-10-24.yaml er skrevet fra referatet (003_dac07bbacd9158aa.txt).
  Hvert punkt skal fortælle det samme efter indlæsning, som referatet gør.
  Linjenumrene i kommentarerne er referatets (003_dac07bbacd9158aa.txt).

  Baggrund:
    Givet mødeoptegnelsen "das-2019-10-24.yaml" er indlæst

  Scenarie: Punkt 1 – dagsordenen godkendes
    # 003_dac07bbacd9158aa.txt L84 "Dagsordenen blev godkendt"
    Så har mødet "das-2019-10-24" punkt "1" med udfaldet "godkendt"

  Scenarie: Punkt 2 – referatet fra mødet den 26. august godkendes
    # 003_dac07bbacd9158aa.txt L114 "Referatet blev godkendt"
    Så har mødet "das-2019-10-24" punkt "2" med udfaldet "godkendt"
    # 003_dac07bbacd9158aa.txt L92 "Godkendelse af referat fra mødet den 26. august"
    Og godkender punkt "2" referatet fra "das-2019-08-26"
    # 003_dac07bbacd9158aa.txt L106 "Referatet kan findes her" (link L141)
    Og har punkt "2" på "das-2019-10-24" bilagene "Referatet kan findes her … http://rammeaftalernord.dk/media/1668/das-referat-26-august-2019.pdf"

  Scenarie: Punkt 3 – egenmestringsgruppen arbejder videre med tre af fire foreslåede produkter
    # 003_dac07bbacd9158aa.txt L226 "drøfter forslag til produkter"; L245 "DAS valgte": en
    # beslutning ud over drøftelsen, ikke imod indstillingen
    Så har mødet "das-2019-10-24" punkt "3" med udfaldet "besluttet"
    # 003_dac07bbacd9158aa.txt L246-253: "skal arbejde videre med:" and three bullets
    Og siger referatet af punkt "3" på "das-2019-10-24" "skal arbejde videre med: • Fokus på uddannelse • Samarbejde mellem myndighed og udfører • Vidensbreve"
    # 003_dac07bbacd9158aa.txt L160-168: gruppen var nedsat før mødet, med L166's fokus
    Og kendes arbejdsgruppen "Egenmestringsgruppen" fra referatet, ikke nedsat ved mødet, med mandatet "først og fremmest at komme med forslag til, hvordan der kan sættes fokus på arbejdet med borgerens egenmestring på det fælleskommunale område"
    # 003_dac07bbacd9158aa.txt L180, L190, L200, L206: fire forslag i sagsfremstillingen
    Og nævner sagsfremstillingen af punkt "3" på "das-2019-10-24" "1. Måling af progresssion og effekt", "2. Inspiration på tværs", "3. Samarbejde mellem myndighed, udfører og borger" og "4. Fokus på uddannelse"
    # 003_dac07bbacd9158aa.txt L174-214: de fire forslag som faktum, nummereret som sagsfremstillingen
    Og har "arbejdsgruppen vedr. Egenmestring" under punkt "3" på "das-2019-10-24" foreslået "1) Måling af progresssion og effekt | 2) Inspiration på tværs | 3) Samarbejde mellem myndighed, udfører og borger | 4) Fokus på uddannelse"
    # 003_dac07bbacd9158aa.txt L232 "Bilag 1. Forslag til produkter vedr. Egenmestring"
    Og har punkt "3" på "das-2019-10-24" bilagene "Bilag 1. Forslag til produkter vedr. Egenmestring"

  Scenarie: Punkt 4 – NT præsenterer besparelsesmuligheder i flextrafik
    # 003_dac07bbacd9158aa.txt L314-336: referatet gengiver NT's oplæg; at DAS drøftede det, står ikke
    Så har mødet "das-2019-10-24" punkt "4" med udfaldet "ikke angivet"
    # 003_dac07bbacd9158aa.txt L314
    Og siger referatet af punkt "4" på "das-2019-10-24" "Nicolai B. Sørensen fra NT flekstrafik"
    # 003_dac07bbacd9158aa.txt L330: hele referatet, ikke kun første sætning
    Og siger referatet af punkt "4" på "das-2019-10-24" "administrationsbidraget stiger fra i dag 19 kr. pr. tur til 23 kr. pr. tur fremadrettet"
    # 003_dac07bbacd9158aa.txt L334 "NT flekstrafik har aftalt møder med alle de nordjyske kommuner"
    Og har "NT flekstrafik" pr. "1. november 2019" en åben opfølgning "bilaterale drøftelser" med fristen "frist ukendt"

  Scenarie: Punkt 5 – temadagen om behandlingspsykiatrien drøftes med tre forslag
    # 003_dac07bbacd9158aa.txt L489-513 (referatet)
    Så har mødet "das-2019-10-24" punkt "5" med udfaldet "drøftet"
    # 003_dac07bbacd9158aa.txt L505
    Og siger referatet af punkt "5" på "das-2019-10-24" "Borgere med dobbeltdiagnose (demens og psykiske lidelser)"
    # 003_dac07bbacd9158aa.txt L475-479: to at-klausuler
    Og har punkt "5" på "das-2019-10-24" 2 at-klausuler i indstillingen

  Scenarie: Punkt 6 – beskæftigelsesgruppen, udvidet før mødet, får DAS' fokus
    # 003_dac07bbacd9158aa.txt L598-607 (referatet)
    Så har mødet "das-2019-10-24" punkt "6" med udfaldet "drøftet"
    # 003_dac07bbacd9158aa.txt L552-558: tre personer, to endnu ikke navngivet
    Og har arbejdsgruppen "Socialfagligt fokus på beskæftigelse" pr. "1. november 2019" 3 medlemmer
    # 003_dac07bbacd9158aa.txt L550 "er det besluttet": udvidelsen bæres ikke af DAS' beslutning
    Og bærer beslutningen under punkt "6" på "das-2019-10-24" ikke "Tine Blach"
    # 003_dac07bbacd9158aa.txt L534 "d. 6. marts 2019" (slip) og L1214 årshjulets 6. marts 2020
    Og har arbejdsgruppen "Socialfagligt fokus på beskæftigelse" næste milepæl den "6. marts 2020"

  Scenarie: Punkt 7 – vision og fokusområder for 2021-2022, C lagt sammen med specialiseringen
    # 003_dac07bbacd9158aa.txt L830-832 "DAS besluttede"
    Så har mødet "das-2019-10-24" punkt "7" med udfaldet "besluttet"
    # 003_dac07bbacd9158aa.txt L814 og L830-838: vision og fokusområder udpeget
    Og har at-klausul 2 under punkt "7" udfaldet "besluttet"
    # 003_dac07bbacd9158aa.txt L812: referatet nævner ikke analyserne
    Og har at-klausul 1 under punkt "7" udfaldet "ikke angivet"
    # 003_dac07bbacd9158aa.txt L834-838 (L838's "E" er forslagslistens F, L793)
    Og har "Nordjysk Socialaftale 2021-2022" fokusområderne "A, D, F"
    # 003_dac07bbacd9158aa.txt L842-844
    Og er "C" lagt sammen med "F" i "Nordjysk Socialaftale 2021-2022"
    # 003_dac07bbacd9158aa.txt L848 "Det aftales, at FU godkender sagsfremstilling"
    Og har "FU" pr. "1. november 2019" en åben opfølgning "sagsfremstilling til socialudvalgene og handicaprådene" med fristen "frist ukendt"

  Scenarie: Punkt 8 – ind- og udmeldinger godkendt, undtagen TI/HCN's udmelding
    # 003_dac07bbacd9158aa.txt L988-989
    Så har mødet "das-2019-10-24" punkt "8" med udfaldet "blandet (afledt af sagerne)"
    # 003_dac07bbacd9158aa.txt L988
    Og siger referatet af punkt "8" på "das-2019-10-24" "DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland."
    # 003_dac07bbacd9158aa.txt L997
    Og nævner det gengivne referat af "das-2019-10-24" "TI/HCN er et højtspecialiseret tilbud, som er unikt i Nordjylland."
    # 003_dac07bbacd9158aa.txt L946 "Tilbuddet er lukket pr. 1. oktober 2019."
    Og er "Botilbuddet Rosenvænget" i tilbudsviften pr. "30. september 2019"
    # 003_dac07bbacd9158aa.txt L946
    Og er "Botilbuddet Rosenvænget" ikke i tilbudsviften pr. "1. januar 2020"
    # 003_dac07bbacd9158aa.txt L918-920
    Og har "Aktivitetshuset Hobro" 31 pladser pr. "1. januar 2020"
    # 003_dac07bbacd9158aa.txt L988-989 og L1003-1004: udmeldingen ikke godkendt; tilbuddet forbliver
    Og er "Taleinstituttet/Hjerneskadecenter Nordjylland" i tilbudsviften pr. "1. januar 2020"
    # 003_dac07bbacd9158aa.txt L865-869: fristerne DAS havde besluttet før mødet
    Og er fristerne for 2020 ind- og udmelding "9. oktober 2019" og takster "25. november 2019"

  Scenarie: Punkt 9 – afdækning af antallet af borgere med Prader-Willis Syndrom, uden frist
    # 003_dac07bbacd9158aa.txt L1121 "Det aftales, at regionen ...": en aftale, ikke kun en drøftelse
    Så har mødet "das-2019-10-24" punkt "9" med udfaldet "besluttet"
    # 003_dac07bbacd9158aa.txt L1121-1123 "Det aftales, at regionen i samarbejde med sekretariatet"
    Og har "Region Nordjylland" pr. "1. november 2019" en åben opfølgning "Prader-Willis" med fristen "frist ukendt"
    # 003_dac07bbacd9158aa.txt L1086-1088
    Og har punkt "9" på "das-2019-10-24" bilagene "Bilag 6: Baggrundsnotat PWS | Bilag 7: Henvendelse fra Stense Farholt til Region Nordjylland om PWS"

  Scenarie: Punkt 10 – oplægget til KKR godkendes med en præcisering
    # 003_dac07bbacd9158aa.txt L1184-1185
    Så har mødet "das-2019-10-24" punkt "10" med udfaldet "godkendt med bemærkninger"
    # 003_dac07bbacd9158aa.txt L1162 "Oplægget indstilles til KKR på mødet den 16. november 2019"
    Og har mødet "das-2019-10-24" under punkt "10" en opfølgning uden ansvarlig "Oplægget indstilles til KKR" med fristen "2019-11-16"

  Scenarie: Punkt 11 – årshjulet 2020 godkendes med fem arrangementer
    # 003_dac07bbacd9158aa.txt L1238 "Årshjul godkendes, dog med et ønske om"
    Så har mødet "das-2019-10-24" punkt "11" med udfaldet "godkendt med bemærkninger"
    # 003_dac07bbacd9158aa.txt L1202 "fem større arrangementer i 2020", L1204-1218
    Og rummer årshjulet for 2020 5 arrangementer, som "das-2019-10-24" punkt "11" besluttede

  Scenarie: Punkt 12 – orienteringen fra FU tages til efterretning
    # 003_dac07bbacd9158aa.txt L1307 "Orienteringen blev taget til efterretning."
    Så har mødet "das-2019-10-24" punkt "12" med udfaldet "taget til efterretning"
    # 003_dac07bbacd9158aa.txt L1269 "FU har besluttet, at direktør Anette Sloth ..."
    Og har "Anette Sloth" rollerne "fast inviteret til DAS social møder i DAS (for behandlingspsykiatrien)"
    # 003_dac07bbacd9158aa.txt L1289-1291 "FU beslutter ... drøftelse på DAS mødet den 13. januar 2020"
    Og har mødet "das-2019-10-24" under punkt "12" en opfølgning uden ansvarlig "udbud og efterspørgsel" med fristen "2020-01-13"

  Scenarie: Punkt 13 – under Evt. blev intet besluttet
    # 003_dac07bbacd9158aa.txt L1310-1314: ingen tekst under punktet
    Så er der ingen beslutning under punkt "13" på "das-2019-10-24"
    # 003_dac07bbacd9158aa.txt L1310
    Og nævner det gengivne referat af "das-2019-10-24" "13. Evt."

  Scenarie: Det gengivne referat har mødets hoved, deltagere, afbud og alle punkter
    # 003_dac07bbacd9158aa.txt L5
    Så nævner det gengivne referat af "das-2019-10-24" "Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst – mødelokale 2"
    # 003_dac07bbacd9158aa.txt L7-8
    Og deltog "Henrik Aarup-Kristensen" i mødet "das-2019-10-24"
    # 003_dac07bbacd9158aa.txt L20
    Og meldte "Helene Lund Therkildsen" afbud til mødet "das-2019-10-24"
    # 003_dac07bbacd9158aa.txt L70-1316: punkterne 1-14 (L1316 "14. Næste møde")
    Og nævner det gengivne referat af "das-2019-10-24" alle 14 punkter i rækkefølge

  Scenarie: Samme optegnelse indlæst igen registrerer intet
    # (ingen referatlinje: optegnelsens egen egenskab)
    Så indlæses "das-2019-10-24.yaml" igen uden nye hændelser
