package fr.sensiblecity.territories;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator types about a territory. {@link #validated(int)} trims it and refuses, with a
 * translatable reason, anything a territory cannot be.
 */
public record TerritoryForm(String name, String officialCode, int population, int populationYear, boolean rural,
        List<String> districts) {

    static final int NAME_MAX = 120;
    static final int DISTRICT_MAX = 80;
    static final int DISTRICTS_MAX = 200;
    static final int POPULATION_MAX = 100_000_000;
    /** An INSEE commune code (Corsica included) or a 9-digit SIREN for a group of communes. */
    private static final Pattern OFFICIAL_CODE = Pattern.compile("(\\d{5}|2[AB]\\d{3}|\\d{9})");

    public TerritoryForm {
        name = name == null ? "" : name;
        officialCode = officialCode == null ? "" : officialCode;
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    TerritoryForm validated(int currentYear) {
        String cleanName = clean(name);
        if (!FreeText.fits(cleanName, 2, NAME_MAX)) {
            throw new DomainException("territory.error.name", 2, NAME_MAX);
        }
        String code = clean(officialCode).toUpperCase(Locale.ROOT);
        if (!OFFICIAL_CODE.matcher(code).matches()) {
            throw new DomainException("territory.error.code");
        }
        if (population < 0 || population > POPULATION_MAX) {
            throw new DomainException("territory.error.population");
        }
        if (populationYear < 1800 || populationYear > currentYear) {
            throw new DomainException("territory.error.populationYear", currentYear);
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String district : districts) {
            String cleanDistrict = clean(district);
            if (cleanDistrict.isEmpty()) {
                continue;
            }
            if (!FreeText.fits(cleanDistrict, 0, DISTRICT_MAX)) {
                throw new DomainException("territory.error.district", DISTRICT_MAX);
            }
            names.add(cleanDistrict);
        }
        if (names.size() > DISTRICTS_MAX) {
            throw new DomainException("territory.error.tooManyDistricts", DISTRICTS_MAX);
        }
        return new TerritoryForm(cleanName, code, population, populationYear, rural, new ArrayList<>(names));
    }

    static int currentYear(java.time.Clock clock) {
        return Year.now(clock).getValue();
    }

    private static String clean(@Nullable String text) {
        return FreeText.singleLine(text);
    }
}
