package fr.sensiblecity.mediation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The paper persons, their records and their receipt codes. Times are UTC {@code timestamp(6)}, as elsewhere. */
@Repository
class PaperStore {

    private final JdbcClient jdbc;

    PaperStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person with this key in the territory, locked: two mediators recording them at once take turns. */
    Optional<Person> lockPerson(long territoryId, String personKey) {
        return jdbc.sql(PERSON + "where territory_id = ? and person_key = ? for update").params(territoryId, personKey)
                .query(PaperStore::person).optional();
    }

    Optional<Person> lockPerson(long id) {
        return jdbc.sql(PERSON + "where id = ? for update").param(id).query(PaperStore::person).optional();
    }

    long insertPerson(long territoryId, String personKey, long paperAccountId, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into paper_person (territory_id, person_key, paper_account_id, created_at) values (?, ?, ?, ?)")
                .params(territoryId, personKey, paperAccountId, utc(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whether the resident already claimed the records of a paper person of the territory. */
    boolean claimedIn(long residentId, long territoryId) {
        return jdbc.sql("select count(*) from paper_person where claimed_by = ? and territory_id = ?")
                .params(residentId, territoryId).query(Integer.class).single() > 0;
    }

    void markClaimed(long personId, long residentId, Instant at) {
        jdbc.sql("update paper_person set claimed_by = ?, claimed_at = ? where id = ?")
                .params(residentId, utc(at), personId).update();
        jdbc.sql("update paper_claim_code set used_at = ? where person_id = ? and used_at is null")
                .params(utc(at), personId).update();
    }

    boolean formUsed(long territoryId, String formReference) {
        return jdbc.sql("select count(*) from paper_record where territory_id = ? and form_ref = ?")
                .params(territoryId, formReference).query(Integer.class).single() > 0;
    }

    void insertRecord(long territoryId, String formReference, long personId, PaperRecordKind kind, long targetId,
            String documentType, @Nullable Long recordedBy, Instant at) {
        jdbc.sql("insert into paper_record (territory_id, form_ref, person_id, kind, target_id, document_type, "
                + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(territoryId, formReference, personId, kind.name(), targetId, documentType, recordedBy, utc(at))
                .update();
    }

    int records(long personId) {
        return jdbc.sql("select count(*) from paper_record where person_id = ?").param(personId)
                .query(Integer.class).single();
    }

    void insertCode(long personId, String hash, Instant at) {
        jdbc.sql("insert into paper_claim_code (person_id, code_hash, created_at) values (?, ?, ?)")
                .params(personId, hash, utc(at)).update();
    }

    /** The person an unused code belongs to, the code locked so that two people typing it cannot both use it. */
    Optional<Long> lockUnusedCode(String hash) {
        return jdbc.sql("select person_id from paper_claim_code where code_hash = ? and used_at is null for update")
                .param(hash).query(Long.class).optional();
    }

    /** What the paper records of the persons a resident claimed were, for their data export. */
    List<ClaimedRecord> claimedBy(long residentId) {
        return jdbc.sql("select r.form_ref, r.kind, r.target_id, r.recorded_at from paper_record r join paper_person p "
                + "on p.id = r.person_id where p.claimed_by = ? order by r.recorded_at, r.id").param(residentId)
                .query((rs, n) -> new ClaimedRecord(rs.getString(1), rs.getString(2), rs.getLong(3),
                        instant(rs.getObject(4, LocalDateTime.class)).toString())).list();
    }

    /** Forgets the link from a person key to an erased account; their records stay, counted, with no one behind. */
    void forgetClaims(long residentId) {
        jdbc.sql("update paper_person set person_key = concat('erased-', id), claimed_by = null where claimed_by = ?")
                .param(residentId).update();
    }

    record Person(long id, long territoryId, long paperAccountId, @Nullable Long claimedBy) {

        /** Whose account the person's records go to: their own once they claimed, the paper account before. */
        long actor() {
            return claimedBy != null ? claimedBy : paperAccountId;
        }
    }

    record ClaimedRecord(String formReference, String kind, long targetId, String recordedAt) {
    }

    private static final String PERSON = "select id, territory_id, paper_account_id, claimed_by from paper_person ";

    private static Person person(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Person(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4, Long.class));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }
}
