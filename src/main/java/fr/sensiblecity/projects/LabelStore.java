package fr.sensiblecity.projects;

import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Labels and the territories and projects that hold them. */
@Component
class LabelStore {

    private final JdbcTemplate jdbc;

    LabelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Label> all() {
        return jdbc.query("select id, name, details from project_label order by name", (rs, row) -> new Label(
                rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    boolean exists(long labelId) {
        return !jdbc.queryForList("select id from project_label where id = ?", Long.class, labelId).isEmpty();
    }

    long create(String name, String details) {
        jdbc.update("insert into project_label (name, details) values (?, ?)", name, details);
        return jdbc.queryForObject("select id from project_label where name = ?", Long.class, name);
    }

    /** False if it was already there. */
    boolean award(long labelId, LabelTarget type, long targetId, Instant at) {
        try {
            return jdbc.update("insert into label_award (label_id, target_type, target_id, awarded_at) values (?, ?, ?, ?)",
                    labelId, type.name(), targetId, StoredTime.toDb(at)) == 1;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    boolean revoke(long labelId, LabelTarget type, long targetId) {
        return jdbc.update("delete from label_award where label_id = ? and target_type = ? and target_id = ?", labelId,
                type.name(), targetId) == 1;
    }

    List<Label.Award> awards() {
        return jdbc.query("select a.label_id, l.name, a.target_type, a.target_id from label_award a "
                + "join project_label l on l.id = a.label_id order by l.name, a.target_type, a.target_id",
                (rs, row) -> new Label.Award(rs.getLong(1), rs.getString(2), LabelTarget.valueOf(rs.getString(3)),
                        rs.getLong(4)));
    }

    /** The project's own labels, then its territory's. */
    List<String> namesFor(long projectId, long territoryId) {
        return jdbc.queryForList("select l.name from label_award a join project_label l on l.id = a.label_id "
                + "where (a.target_type = 'PROJECT' and a.target_id = ?) or (a.target_type = 'TERRITORY' and a.target_id = ?) "
                + "group by l.name order by l.name", String.class, projectId, territoryId);
    }
}
