package fr.sensiblecity.opendata;

import fr.sensiblecity.base.OpenDataset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every dataset the modules contribute, by name; a malformed or repeated name stops the application at start. */
@Component
public class OpenDataCatalog {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, OpenDataset> byName;

    OpenDataCatalog(List<OpenDataset> datasets) {
        datasets.forEach(dataset -> {
            if (!NAME.matcher(dataset.name()).matches()) {
                throw new IllegalStateException("open dataset name must be lower case, digits and dashes: "
                        + dataset.name());
            }
        });
        this.byName = datasets.stream().collect(Collectors.toMap(OpenDataset::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two open datasets are named " + a.name());
        }));
    }

    /** Sorted by name, as the page lists them. */
    public List<OpenDataset> all() {
        return byName.values().stream().sorted(Comparator.comparing(OpenDataset::name)).toList();
    }

    public Optional<OpenDataset> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
