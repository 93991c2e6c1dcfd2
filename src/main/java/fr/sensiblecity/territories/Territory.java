package fr.sensiblecity.territories;

import fr.sensiblecity.base.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A commune or group of communes that ideas, projects and panels belong to. */
@Entity
class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String name = "";
    private String officialCode = "";
    private int population;
    private int populationYear;
    private boolean rural;

    @OneToMany(mappedBy = "territory", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<District> districts = new ArrayList<>();

    protected Territory() {
    }

    Territory(TerritoryForm form) {
        apply(form);
    }

    /** Applies a validated form; districts are matched by name so that kept districts keep their identity. */
    void apply(TerritoryForm form) {
        this.name = form.name();
        this.officialCode = form.officialCode();
        this.population = form.population();
        this.populationYear = form.populationYear();
        this.rural = form.rural();
        Set<String> wanted = Set.copyOf(form.districts());
        districts.removeIf(district -> !wanted.contains(district.name()));
        Set<String> kept = districts.stream().map(District::name).collect(Collectors.toSet());
        form.districts().stream().filter(name -> !kept.contains(name))
                .forEach(name -> districts.add(new District(this, name)));
    }

    TerritorySummary summary() {
        if (id == null) {
            throw new DomainException("territory.error.unsaved");
        }
        List<DistrictRef> refs = districts.stream().map(District::ref).toList();
        return new TerritorySummary(id, name, officialCode, population, populationYear, rural, refs);
    }

    @Nullable
    Long id() {
        return id;
    }
}
