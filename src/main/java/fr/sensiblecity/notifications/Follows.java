package fr.sensiblecity.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who follows what, in SQL: the primary key keeps one row per resident and target even when clicks race. */
@Component
class Follows {

    private final JdbcTemplate jdbc;

    Follows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False if the resident already followed it. Asks first, so that a double click does not log a key error. */
    boolean add(long residentId, TargetType type, long targetId, Instant at) {
        if (exists(residentId, type, targetId)) {
            return false;
        }
        try {
            jdbc.update("insert into follow (resident_id, target_type, target_id, created_at) values (?, ?, ?, ?)",
                    residentId, type.name(), targetId, StoredTime.toDb(at));
            return true;
        } catch (DuplicateKeyException alreadyFollows) {
            return false;
        }
    }

    void remove(long residentId, TargetType type, long targetId) {
        jdbc.update("delete from follow where resident_id = ? and target_type = ? and target_id = ?", residentId,
                type.name(), targetId);
    }

    long count(TargetType type, long targetId) {
        Long found = jdbc.queryForObject("select count(*) from follow where target_type = ? and target_id = ?", Long.class,
                type.name(), targetId);
        return found == null ? 0 : found;
    }

    boolean exists(long residentId, TargetType type, long targetId) {
        Integer found = jdbc.queryForObject("select count(*) from follow where resident_id = ? and target_type = ? "
                + "and target_id = ?", Integer.class, residentId, type.name(), targetId);
        return found != null && found > 0;
    }

    List<Long> followersOf(TargetType type, long targetId) {
        return jdbc.queryForList("select resident_id from follow where target_type = ? and target_id = ? "
                + "order by resident_id", Long.class, type.name(), targetId);
    }
}
