# language: da
Egenskab: Fokus for Nordjysk Socialaftale 2021-2022 og årshjulet 2020
  DAS besluttede den 24. oktober 2019 (punkt 7) vision og fokusområder og godkendte (punkt 11)
  årshjulet for 2020 med fem større arrangementer.

  Scenarie: Vision og fokusområder vælges, C lægges sammen med specialiseringsområdet
    Når DAS den 24. oktober 2019 punkt 7 vælger visionen "Egenmestring (uden initiativer; udmøntes gennem fokusområderne)" og fokusområderne, note: "Forslagslisten kalder specialiseringsområdet F; beslutningen kalder det E. Begge vises; registreret under forslagets bogstav F.":
      | bogstav | titel                                                                   | status      | lagt sammen med |
      | A       | En god alderdom med handicap                                            | valgt       |                 |
      | B       | Overgang fra ungeområdet – særligt psykisk sårbare unge                 | ikke_valgt  |                 |
      | C       | Særligt dyre enkeltsager                                                | lagt_sammen | F               |
      | D       | Flere borgere med behov for hjælp i socialpsykiatrien                   | valgt       |                 |
      | E       | Sundhed i pædagogik                                                     | ikke_valgt  |                 |
      | F       | Fokus på specialiseringen/tilbudsstrukturen på socialområdet i Nordjylland | valgt    |                 |
    Så har Nordjysk Socialaftale 2021-2022 fokusområderne "A, D, F" besluttet ved "das-2019-10-24 pkt. 7"
    Og er "C" lagt sammen med "F"
    Og viser strategien kildenoten om bogstaverne E og F
    Og advarer strategien ikke om antallet af fokusområder

  Scenarie: Flere end tre fokusområder giver en advarsel, ikke en afvisning
    Når DAS den 24. oktober 2019 punkt 7 vælger visionen "Egenmestring" og fokusområderne, note: "illustrativt: fire valgte":
      | bogstav | titel                   | status | lagt sammen med |
      | A       | En god alderdom         | valgt  |                 |
      | B       | Overgang fra ungeområdet | valgt |                 |
      | D       | Socialpsykiatrien       | valgt  |                 |
      | F       | Specialiseringen        | valgt  |                 |
    Så advarer strategien "4 fokusområder valgt; FU anbefaler højst 3"

  Scenarie: Årshjulet 2020 med de fem større arrangementer
    Når årshjulet for 2020 får arrangementerne:
      | dato          | titel                                                            | målgruppe                                                        |
      | 15. januar 2020  | Temadag om borgere med psykiatriske lidelser og komplekse forløb | direktører/chefer fra besk., social, psykiatri og sundhed         |
      | 3. februar 2020  | Temadag om Nordjysk Socialaftale 2021-2022                       | politikere, direktører og brugerorganisationer                   |
      | 24. februar 2020 | Handicapråd temadag                                              | de nordjyske handicapråd                                         |
      | 6. marts 2020    | Temadag om beskæftigelse for borgere med førtidspension          | direktører, chefer, og afd. ledere fra social- og beskæftigelsesområdet |
      | 17. august 2020  | Socialpolitisk dialogforum 2020                                  | politikere, direktører og chefer                                 |
    Så rummer årshjulet for 2020 5 arrangementer, først "Temadag om borgere med psykiatriske lidelser og komplekse forløb" den "15. januar 2020"

  # 002_19692c500b0e1c7c.txt linje 261-264: "Pkt. 4: Styringsaftale: processen bliver forskudt i
  # henhold til allerede godkendt årshjul, ... Dette arbejdet igangsættes først primo april. SOCDIR
  # skal således ved møde i juni behandle 2. udkast til styringsaftale ... og endelig godkendte
  # udkastet ved møde i august."
  Scenarie: Årshjulets datoer kan være delvise og vises, som referatet skriver dem
    Når SOCDIR den 18. marts 2013 punkt "6" lægger i årshjulet for 2013:
      | dato         | titel                                                   | målgruppe |
      | august       | SOCDIR godkender endeligt udkastet til styringsaftale   |           |
      | primo april  | Arbejdet med udkastet til styringsaftale igangsættes     |           |
      | juni         | SOCDIR behandler 2. udkast til styringsaftale            |           |
    Så rummer årshjulet for 2013 3 arrangementer, først "Arbejdet med udkastet til styringsaftale igangsættes" den "primo april 2013"
    Og viser årshjulet for 2013 datoerne "primo april 2013", "juni 2013", "august 2013"
