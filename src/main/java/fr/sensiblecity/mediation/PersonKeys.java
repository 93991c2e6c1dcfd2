package fr.sensiblecity.mediation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person key: HMAC-SHA256, under the installation's secret, of the territory and the normalised names and birth
 * date. The same person at the same territory's counter always gets the same key; keys of two territories cannot be
 * linked; and without the secret, nobody can test a name and birth date against the keys.
 */
@Component
class PersonKeys {

    private final MediationSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile byte @Nullable [] secret;

    PersonKeys(MediationSettings settings, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.jdbc = jdbc;
        // Its own transaction: a secret kept in memory must never be one that a rolled-back record took with it.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String of(long territoryId, PaperIdentity identity) {
        String line = territoryId + "|" + identity.familyName() + "|" + identity.givenNames() + "|"
                + identity.birthDate();
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(line.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", impossible);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            String configured = settings.personKeySecret();
            known = (configured.isBlank() ? ownTransaction.execute(status -> storedSecret()) : configured).getBytes(StandardCharsets.UTF_8);
            secret = known;
        }
        return known;
    }

    /** Made once per installation, so that a person is recognised after a restart. */
    private String storedSecret() {
        var existing = jdbc.sql("select secret from paper_person_secret where id = 1").query(String.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            jdbc.sql("insert into paper_person_secret (id, secret) values (1, ?)").param(HexFormat.of().formatHex(random))
                    .update();
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // fall through: read the winner's secret
        }
        return jdbc.sql("select secret from paper_person_secret where id = 1").query(String.class).single();
    }
}
