package fr.sensiblecity.legal;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the legal pages say about the operator. The defaults are visible placeholders, so that a platform put
 * online without filling them in shows it plainly rather than publishing someone else's details.
 */
@ConfigurationProperties("sensible.legal")
public record LegalSettings(
        @DefaultValue("[Nom de la collectivité]") String publisherName,
        @DefaultValue("[Adresse postale de la collectivité]") String publisherAddress,
        @DefaultValue("[Téléphone]") String publisherPhone,
        @DefaultValue("[contact@collectivite.fr]") String publisherEmail,
        @DefaultValue("[Prénom Nom, fonction]") String publicationDirector,
        @DefaultValue("[Nom de l'hébergeur]") String hostName,
        @DefaultValue("[Adresse de l'hébergeur]") String hostAddress,
        @DefaultValue("[dpo@collectivite.fr]") String dpoContact,
        @DefaultValue("[accessibilite@collectivite.fr]") String accessibilityContact,
        @DefaultValue("PARTIAL") Conformity conformity,
        @DefaultValue("2026-11-23") LocalDate statementDate) {

    /** RGAA conformity: full only after an audit says so; partial is the honest default without one. */
    public enum Conformity {
        FULL,
        PARTIAL,
        NONE;

        /** The name the accessibility statement shows for this status. */
        public String labelKey() {
            return "legal.a11y.status." + name();
        }
    }
}
