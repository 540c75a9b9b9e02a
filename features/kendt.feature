# language: da
Egenskab: Registret, som det kendte det på en dato
  En tastefejl rettet dagen efter er en ny hændelse: registret, som det stod dagen før,
  viser stadig det, der da var registreret; registret nu viser referatets ord. Tastefejlen
  (26 pladser) er testens egen, sat ind i en kopi af optegnelsen das-2019-10-24.yaml;
  rettelsen er den rigtige optegnelse fra examples/nordjylland.

  Scenarie: Pladserne i Botilbud Kirketoften rettet fra en tastefejl til referatets 27
    Givet referatet fra DAS-mødet den 24. oktober 2019 er indlæst den "2. november 2026" med 26 pladser i Botilbud Kirketoften
    Og referatet er rettet den "3. november 2026" til referatets 27 pladser
    # Testens tastefejl, ikke referatets: sådan kendte registret det den 2. november 2026
    Så har Botilbud Kirketoften pr. "2. januar 2020" 26 pladser, som registret kendte det den "2. november 2026"
    # 003_dac07bbacd9158aa.txt L913-916: "... hvorfor pladsantal-/let for socialaftalepladser
    # reduceres permanent til 27 pladser."
    Og har Botilbud Kirketoften pr. "2. januar 2020" 27 pladser, som registret kendte det den "3. november 2026"
    # 003_dac07bbacd9158aa.txt L915-916
    Og har Botilbud Kirketoften pr. "2. januar 2020" 27 pladser i registret nu
