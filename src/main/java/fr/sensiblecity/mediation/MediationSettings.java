package fr.sensiblecity.mediation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret under which person keys are computed (empty: one is made once and kept in the database; set it in
 * production, from the environment, so that a copy of the database alone cannot be matched against a list of names
 * and birth dates), and how many receipt codes a resident may try per hour.
 */
@ConfigurationProperties("sensible.mediation")
public record MediationSettings(
        @DefaultValue("") String personKeySecret,
        @DefaultValue("10") int claimAttemptsPerHour) {
}
