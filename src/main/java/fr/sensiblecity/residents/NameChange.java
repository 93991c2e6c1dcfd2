package fr.sensiblecity.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A display name and the moment a resident started using it. */
@Embeddable
public record NameChange(@Column(name = "display_name") String displayName, @Column(name = "used_from") Instant usedFrom) {
}
