package fr.sensiblecity.territories;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** A part of a territory that residents declare and ideas may be placed in. */
@Entity
class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    private String name;

    protected District() {
        this.territory = null;
        this.name = "";
    }

    District(Territory territory, String name) {
        this.territory = territory;
        this.name = name;
    }

    String name() {
        return name;
    }

    DistrictRef ref() {
        return new DistrictRef(id == null ? 0 : id, name);
    }
}
