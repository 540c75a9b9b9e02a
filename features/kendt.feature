# language: da
# Kilde: referatet fra DAS 24. oktober 2019, punkt 8 (minutes/003_dac07bbacd9158aa.txt,
# linje 913-916): "I 2019 godkendte FU, at én tilbuddets 28 faste pladser blev omdannet til
# én aflastningsplads. [...] hvorfor pladsantallet for socialaftalepladser reduceres
# permanent til 27 pladser."
Egenskab: Registret, som det kendte det på en dato
  En tastefejl rettet dagen efter er en ny hændelse: registret, som det stod dagen før,
  viser stadig det, der da var registreret; registret nu viser referatets ord.

  Scenarie: Pladserne i Botilbud Kirketoften rettet fra 26 til referatets 27
    Givet referatet fra DAS-mødet den 24. oktober 2019 er indlæst den "2. november 2026" med 26 pladser i Botilbud Kirketoften
    Og referatet er rettet den "3. november 2026" til referatets 27 pladser
    Så har Botilbud Kirketoften pr. "2. januar 2020" 26 pladser, som registret kendte det den "2. november 2026"
    Og har Botilbud Kirketoften pr. "2. januar 2020" 27 pladser, som registret kendte det den "3. november 2026"
    Og har Botilbud Kirketoften pr. "2. januar 2020" 27 pladser i registret nu
