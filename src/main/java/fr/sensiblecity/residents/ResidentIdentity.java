package fr.sensiblecity.residents;

import java.time.Instant;

/** How the platform knows a resident: the identity provider, its subject for them, and their first sign-in. */
record ResidentIdentity(String issuer, String subject, Instant firstSignIn) {
}
