package fr.sensiblecity.drafts;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** What every entity of drafts carries: the number the database gives it, and a version for optimistic locking. */
@MappedSuperclass
abstract class StoredEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    long id() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " not saved yet");
        }
        return id;
    }
}
