package fr.sensiblecity.residents;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who becomes administrator on a fresh installation: identities written {@code issuer|subject}. They are
 * granted the role at sign-in only while the platform has no administrator at all, so the list cannot be used
 * to take over a running platform.
 */
@ConfigurationProperties("sensible.bootstrap")
record BootstrapAdministrators(List<String> administrators) {

    BootstrapAdministrators {
        administrators = administrators == null ? List.of() : List.copyOf(administrators);
    }

    boolean lists(String issuer, String subject) {
        return administrators.contains(issuer + "|" + subject);
    }
}
