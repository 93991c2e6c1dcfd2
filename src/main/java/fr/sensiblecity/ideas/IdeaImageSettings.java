package fr.sensiblecity.ideas;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ideas' images: the largest upload accepted (bytes, checked while it streams), the largest side kept after
 * resizing (pixels), the largest picture decoded at all (megapixels: a small file can hold a huge picture), and
 * where files go (the database when unset), as for panel evidence.
 */
@ConfigurationProperties("sensible.ideas.images")
public record IdeaImageSettings(
        @DefaultValue("5000000") long maxBytes,
        @DefaultValue("1600") int maxSide,
        @DefaultValue("40") int maxMegapixels,
        @Nullable String directory) {
}
