# language: da
Egenskab: En mødeoptegnelse med en slåfejl afvises på dansk, med fil, linje og felt
  Sekretariatet skriver optegnelsen fra referatet. En slåfejl skal ikke give en teknisk
  fejl eller et halvt indlæst møde: beskeden siger, hvor fejlen står, som den, der skrev
  filen, tæller (punktet med sit nummer, fakta fra 1), hvad der var ment, og intet
  registreres.

  # Optegnelsen er opdigtet (tests/records/test_bad_input_features.py): opdigtede tilbud, et
  # opdigtet møde i 2031 og en opdigtet kilde; ingen af referaternes ord.

  Baggrund:
    Givet et lager med mødet "das-2031-10-25" indlæst

  Scenarie: Et felt med en slåfejl får et forslag
    Når optegnelsen "das.yaml" indlæses med "pladser: 30" skrevet som "pladsr: 30"
    Så afvises optegnelsen i linje 25 med reglen "ugyldigt-felt"
    Og fejlen står i feltet "punkter[8].beslutning.fakta[2].pladsr"
    Og beskeden siger "ukendt felt 'pladsr' — mente du pladser?"
    Og lageret er som før

  Scenarie: Et antal skrevet med bogstaver afvises uden Pythons ord
    Når optegnelsen "das.yaml" indlæses med "pladser: 30" skrevet som "pladser: tredive"
    Så afvises optegnelsen i linje 25 med reglen "ugyldigt-felt"
    Og fejlen står i feltet "punkter[8].beslutning.fakta[2].pladser"
    Og beskeden siger "'tredive' skal være et heltal"
    Og lageret er som før

  Scenarie: En frist, der ikke kan læses, får de former, der kan
    Når optegnelsen "das.yaml" indlæses med "frist: uge 47" skrevet som "frist: efter jul"
    Så afvises optegnelsen i linje 30 med reglen "ugyldig-frist"
    Og fejlen står i feltet "punkter[8].beslutning.opfoelgning[1].frist"
    Og beskeden siger "fristen 'efter jul' forstås ikke; skriv en af formerne '2013-01-31', '31. januar 2013', 'uge 47'"
    Og lageret er som før
