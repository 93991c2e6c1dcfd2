package fr.sensiblecity.panels;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One person of a panel's pool, with one declared feature per category. A resident who volunteered in the app, or
 * a respondent imported from a practitioner's file (who answered a paper invitation), known by the file's id.
 */
@Entity
@jakarta.persistence.Table(name = "panel_volunteer")
class Volunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long panelId;
    private @Nullable Long residentId;
    private @Nullable String externalId;
    private Instant consentedAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_volunteer_feature", joinColumns = @JoinColumn(name = "volunteer_id"))
    @MapKeyColumn(name = "category")
    @Column(name = "feature")
    private Map<String, String> features = new TreeMap<>();

    protected Volunteer() {
    }

    private Volunteer(long panelId, @Nullable Long residentId, @Nullable String externalId, Map<String, String> features,
            Instant now) {
        this.panelId = panelId;
        this.residentId = residentId;
        this.externalId = externalId;
        this.features.putAll(features);
        this.consentedAt = now;
    }

    static Volunteer resident(long panelId, long residentId, Map<String, String> features, Instant now) {
        return new Volunteer(panelId, residentId, null, features, now);
    }

    static Volunteer imported(long panelId, String externalId, Map<String, String> features, Instant now) {
        return new Volunteer(panelId, null, externalId, features, now);
    }

    void redeclare(Map<String, String> declared, Instant now) {
        features.clear();
        features.putAll(declared);
        consentedAt = now;
    }

    /** A paper volunteering passes to the account of the person who claimed it (see {@link PaperVolunteers}). */
    void handOverTo(long claimant) {
        this.residentId = claimant;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    /** The id in the published lottery: the pool number, the same for app volunteers and imported respondents. */
    String poolId() {
        return Long.toString(id());
    }

    long panelId() {
        return panelId;
    }

    @Nullable Long residentId() {
        return residentId;
    }

    @Nullable String externalId() {
        return externalId;
    }

    Instant consentedAt() {
        return consentedAt;
    }

    Map<String, String> features() {
        return Map.copyOf(features);
    }

    /** {@code category=feature;...} in category order, as the seat keeps it. */
    String profile() {
        return Profiles.key(features);
    }
}
