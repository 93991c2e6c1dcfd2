package fr.sensiblecity.verification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's three tables. Times are stored as UTC {@code timestamp(6)}, as everywhere else. */
@Repository
class VerificationStore {

    private final JdbcClient jdbc;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<VerifiedAction> rules(long territoryId) {
        Set<VerifiedAction> rules = EnumSet.noneOf(VerifiedAction.class);
        jdbc.sql("select action from verification_rule where territory_id = ?").param(territoryId)
                .query(String.class).list().forEach(name -> rules.add(VerifiedAction.valueOf(name)));
        return rules;
    }

    boolean ruleApplies(long territoryId, VerifiedAction action) {
        return jdbc.sql("select count(*) from verification_rule where territory_id = ? and action = ?")
                .params(territoryId, action.name()).query(Integer.class).single() > 0;
    }

    void addRule(long territoryId, VerifiedAction action, Instant since) {
        jdbc.sql("insert into verification_rule (territory_id, action, since) values (?, ?, ?)")
                .params(territoryId, action.name(), utc(since)).update();
    }

    void removeRule(long territoryId, VerifiedAction action) {
        jdbc.sql("delete from verification_rule where territory_id = ? and action = ?")
                .params(territoryId, action.name()).update();
    }

    boolean verifiedNow(long residentId, long territoryId, Instant now) {
        return jdbc.sql("select count(*) from residency_verification where resident_id = ? and territory_id = ? "
                + "and revoked_at is null and expires_at > ?").params(residentId, territoryId, utc(now))
                .query(Integer.class).single() > 0;
    }

    /** Of these residents, those verified for the territory now: one statement for a whole group. */
    java.util.Set<Long> verifiedNowAmong(java.util.Collection<Long> residentIds, long territoryId, Instant now) {
        if (residentIds.isEmpty()) {
            return java.util.Set.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(residentIds.size(), "?"));
        java.util.List<Object> params = new java.util.ArrayList<>(residentIds);
        params.add(territoryId);
        params.add(utc(now));
        return new java.util.HashSet<>(jdbc.sql("select distinct resident_id from residency_verification where resident_id in ("
                + marks + ") and territory_id = ? and revoked_at is null and expires_at > ?").params(params)
                .query(Long.class).list());
    }

    long insertVerification(long residentId, long territoryId, VerificationMethod method,
            @Nullable IdentityDocument document, Instant at, Instant expiresAt, @Nullable Long verifiedBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into residency_verification (resident_id, territory_id, method, document_type, verified_at, "
                + "expires_at, verified_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(residentId, territoryId, method.name(), document == null ? null : document.name(), utc(at),
                        utc(expiresAt), verifiedBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The resident's verifications still in force (neither revoked nor expired), newest first. */
    List<Row> current(long residentId, Instant now) {
        return jdbc.sql(SELECT + "where resident_id = ? and revoked_at is null and expires_at > ? order by verified_at desc")
                .params(residentId, utc(now)).query(VerificationStore::row).list();
    }

    List<Row> inTerritory(long territoryId, Instant now, int limit) {
        return jdbc.sql(SELECT + "where territory_id = ? and revoked_at is null and expires_at > ? "
                + "order by verified_at desc limit ?").params(territoryId, utc(now), limit)
                .query(VerificationStore::row).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where id = ? for update").param(id).query(VerificationStore::row).optional();
    }

    void revoke(long id, Instant at, @Nullable Long by) {
        jdbc.sql("update residency_verification set revoked_at = ?, revoked_by = ? where id = ?")
                .params(utc(at), by, id).update();
    }

    void insertCodes(long territoryId, List<String> hashes, Instant at, @Nullable Long by) {
        for (String hash : hashes) {
            jdbc.sql("insert into verification_code (territory_id, code_hash, created_at, created_by) values (?, ?, ?, ?)")
                    .params(territoryId, hash, utc(at), by).update();
        }
    }

    /** The unused code with this hash, locked so that two residents typing it at once cannot both use it. */
    Optional<UnusedCode> lockUnusedCode(String hash) {
        return jdbc.sql("select id, territory_id from verification_code where code_hash = ? and used_at is null for update")
                .param(hash).query((rs, n) -> new UnusedCode(rs.getLong(1), rs.getLong(2))).optional();
    }

    void markUsed(long codeId, Instant at) {
        jdbc.sql("update verification_code set used_at = ? where id = ?").params(utc(at), codeId).update();
    }

    int unusedCodes(long territoryId) {
        return jdbc.sql("select count(*) from verification_code where territory_id = ? and used_at is null")
                .param(territoryId).query(Integer.class).single();
    }

    record UnusedCode(long id, long territoryId) {
    }

    record Row(long id, long residentId, long territoryId, VerificationMethod method, @Nullable IdentityDocument document,
            Instant verifiedAt, Instant expiresAt, @Nullable Instant revokedAt) {
    }

    private static final String SELECT = "select id, resident_id, territory_id, method, document_type, verified_at, "
            + "expires_at, revoked_at from residency_verification ";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String document = rs.getString(5);
        LocalDateTime revoked = rs.getObject(8, LocalDateTime.class);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), VerificationMethod.valueOf(rs.getString(4)),
                document == null ? null : IdentityDocument.valueOf(document), instant(rs.getObject(6, LocalDateTime.class)),
                instant(rs.getObject(7, LocalDateTime.class)), revoked == null ? null : instant(revoked));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }
}
