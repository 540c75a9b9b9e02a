# language: da
Egenskab: Arbejdsgrupper, deres medlemmer og milepæle, og udpegninger
  Fra referaterne (indlæst fra examples/nordjylland): takstanalysens arbejdsgruppe (SOCDIR 10.
  oktober 2014, punkt 3), beskæftigelsesgruppen udvidet med tre (DAS 24. oktober 2019, punkt
  6), arbejdsgruppen præsenteret under punkt 5 den 17. januar 2013 og udpegninger (SOCDIR 17.
  januar 2013 og 18. marts 2013). Reglerne står med opdigtede grupper i
  arbejdsgrupper_regler.feature.

  Baggrund:
    Givet alle mødeoptegnelserne i examples/nordjylland er indlæst

  Scenarie: Takstanalysens arbejdsgruppe med formandskab og tidsplan
    # 000_939a2e46bbe95266.txt L123: "Formandskabet for gruppen varetages af Aalborg Kommune";
    # L91: "DAS den 16. januar 2015: statusorientering"
    Så har arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. december 2014" formanden "Aalborg Kommune" og næste milepæl "statusorientering" den "16. januar 2015"
    # 000_939a2e46bbe95266.txt L89: "DAS den 13. november 2014: godkendelse af kommissorium" (L135
    # skriver "13. november 2015")
    Og er milepælen "godkendelse af kommissorium" for "Arbejdsgruppe for takstanalysen" overskredet pr. "1. december 2014"
    # 000_939a2e46bbe95266.txt L126-127: "... samt med deltagelse fra Region Nordjylland."; ingen
    # af referaterne nævner gruppens medlemmer
    Og advarer arbejdsgruppen "Arbejdsgruppe for takstanalysen" pr. "1. december 2014" "Region Nordjylland er ikke repræsenteret"

  Scenarie: Beskæftigelsesgruppen udvides med tre, hvoraf to endnu ikke er navngivet
    # 003_dac07bbacd9158aa.txt L550-558: "arbejds-/gruppen bliver udvidet med tre personer: • Leder
    # ... fra myndighed på ungeområdet (udpeges af B&U direktørerne). • Leder ... fra
    # beskæftigelsesindsatsen på ungeområdet (udpeges af B&U direktørerne). • Tine Blach, ledende
    # socialrådgiver, Behandlingspsykiatrien"
    Så har arbejdsgruppen "Socialfagligt fokus på beskæftigelse" pr. "1. november 2019" 3 medlemmer
    # L554 og L556: "(udpeges af B&U direktørerne)"
    Og advarer arbejdsgruppen "Socialfagligt fokus på beskæftigelse" pr. "1. november 2019" "2 medlem(mer) endnu ikke udpeget"

  Scenarie: Arbejdsgruppen præsenteret den 17. januar 2013 og dens formand
    # 001_06729882290ccbd8.txt L132-146: "Arbejdsgruppens deltager blev præsenteret som følgende:"
    # syv navne, fra "Mette Brandt, Frederikshavn kommune" til "Hilde E. Thun Sekretariatet
    # (formand)"
    Så har arbejdsgruppen med medlemmet "Tina Mørk, Hjørring kommune" pr. "1. februar 2013" 7 medlemmer og formanden "Hilde E. Thun"
    # 001_06729882290ccbd8.txt L146: "Hilde E. Thun Sekretariatet (formand)"
    Og er "Hilde E. Thun" formand i arbejdsgruppen med medlemmet "Tina Mørk, Hjørring kommune"

  Scenarie: En persons roller over tid
    # 002_19692c500b0e1c7c.txt L60-61: "Forretningsudvalget indstillede Henrik som formand / og blev
    # af kredsen valgt ved akklamation."; L249-250: "Henrik / repræsenterer SOCDIR i arbejdsgruppen."
    Så har "Henrik Aarup-Kristensen" rollerne "formand i FU (for SOCDIR); repræsentant i KL's arbejdsgruppe om de sikrede institutioner (for SOCDIR)"
    # 001_06729882290ccbd8.txt L77-78: "at udpege Jan Lund – / Andersen til, at repræsenterer SOCDIR
    # i koordinationsforum. FU’s anbefaling blev tiltrådt."
    Og har "Jan Lund-Andersen" rollerne "repræsentant i koordinationsforum (for SOCDIR)"
