package fr.sensiblecity.residents;

/** Age as panels stratify it: a band, never a birth date. */
public enum AgeBand {
    FROM_16_TO_24,
    FROM_25_TO_34,
    FROM_35_TO_44,
    FROM_45_TO_54,
    FROM_55_TO_64,
    FROM_65_TO_74,
    FROM_75;

    public String labelKey() {
        return "ageBand." + name();
    }
}
