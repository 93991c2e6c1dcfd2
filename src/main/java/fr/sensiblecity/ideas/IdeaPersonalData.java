package fr.sensiblecity.ideas;

import fr.sensiblecity.base.PersonalData;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A resident's ideas, comments and supports (their reports are the moderation module's). On erasure their ideas and
 * comments stay, by no one; their supports stay attached to the account's empty tombstone, so
 * that every count, the trending order and each idea's hash-chained support trail stay exactly right.
 */
@Component
class IdeaPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    IdeaPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "ideas";
    }

    @Override
    public Object export(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ideas", jdbc.query("select id, title, description, state, created_at, support_count, comment_count, "
                + "public_answer from idea where author_id = ? order by id", (rs, row) -> new AuthoredIdea(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), time(rs.getObject(5, LocalDateTime.class)),
                rs.getInt(6), rs.getInt(7), rs.getString(8)), residentId));
        data.put("comments", jdbc.query("select id, idea_id, parent_id, body, created_at, hidden from idea_comment "
                + "where author_id = ? order by id", (rs, row) -> new AuthoredComment(rs.getLong(1), rs.getLong(2),
                (Long) rs.getObject(3, Long.class), rs.getString(4), time(rs.getObject(5, LocalDateTime.class)),
                rs.getBoolean(6)), residentId));
        data.put("supports", jdbc.query("select s.idea_id, i.title, s.created_at from idea_support s join idea i "
                + "on i.id = s.idea_id where s.resident_id = ? order by s.created_at, s.idea_id", (rs, row) ->
                new GivenSupport(rs.getLong(1), rs.getString(2), time(rs.getObject(3, LocalDateTime.class))), residentId));
        return data;
    }

    @Override
    public void erase(long residentId) {
        jdbc.update("update idea set author_id = null where author_id = ?", residentId);
        jdbc.update("update idea_comment set author_id = null where author_id = ?", residentId);
    }

    private static String time(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC).toString();
    }

    record AuthoredIdea(long id, String title, String description, String state, String createdAt, int supports,
            int comments, String publicAnswer) {
    }

    record AuthoredComment(long id, long ideaId, Long replyTo, String body, String createdAt, boolean hidden) {
    }

    record GivenSupport(long ideaId, String ideaTitle, String givenAt) {
    }
}
