# language: da
Egenskab: Referatets ord står ordret i mødeoptegnelsen
  Hvad en mødeoptegnelse gengiver som referatets ord, skal stå ordret i det referat, den
  henviser til ved navn og SHA-256 (issue 17). Kontrollen køres med
  "socialaftale check --against MAPPE"; registratorens egne ord står i "sammenfatning".

  Baggrund:
    # 003_dac07bbacd9158aa.txt l. 988 (punkt 8, Referat):
    # "DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland."
    Givet en midlertidig mødeoptegnelse over "003_dac07bbacd9158aa.txt", hvor punkt "8" har referatet "DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland."

  Scenarie: Referatets egne ord består kontrollen
    Når optegnelsen kontrolleres mod kilderne i examples/nordjylland/kilder
    # 003_dac07bbacd9158aa.txt L988 står ordret i optegnelsen
    Så består kontrollen

  Scenarie: Et ændret ord i referatteksten bliver fanget med linje, felt og nærmeste sted
    Givet ordet "alle" i referatet er ændret til "nogle"
    Når optegnelsen kontrolleres mod kilderne i examples/nordjylland/kilder
    # 003_dac07bbacd9158aa.txt L988 siger "alle", ikke "nogle"
    Så fejler kontrollen med reglen "ikke-ordret" i feltet "punkter[8].beslutning.referat" på linje 9
    # 003_dac07bbacd9158aa.txt L988
    Og viser fejlen det nærmeste sted i referatet "DAS godkendte alle anmodninger om ind- og udmeldinger"

  Scenarie: Registratorens egen formulering står i sammenfatningen og kontrolleres ikke
    Givet optegnelsen har sammenfatningen "DAS afviste udmeldingen af TI/HCN"
    Når optegnelsen kontrolleres mod kilderne i examples/nordjylland/kilder
    # Sammenfatningen er scenariets egne ord; referatet (L988) kontrolleres stadig
    Så består kontrollen

  Scenarie: Et ændret kildedokument afvises på sin SHA-256
    Givet kildedokumentet er ændret efter optegnelsen blev skrevet
    Når optegnelsen kontrolleres mod kilderne i examples/nordjylland/kilder
    # Kildens SHA-256 (examples/nordjylland/kilder/README.md) passer ikke længere
    Så fejler kontrollen med reglen "kilde-aendret" i feltet "kilde_sha256" på linje 2
