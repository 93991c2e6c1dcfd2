package fr.sensiblecity.ideas;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the ideas written before {@code idea.search_text} existed (V31) their words, at start, 500 at a time. Every
 * idea written since gets them when it is written. Harmless if two instances run it at once: both write the same.
 */
@Component
class SearchTextBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SearchTextBackfill.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    SearchTextBackfill(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long done = 0;
        long after = 0;
        while (true) {
            List<Object[]> rows = jdbc.query("select id, title, description from idea where search_text is null and id > ? "
                    + "order by id limit " + BATCH, (rs, row) -> new Object[] {rs.getLong(1), rs.getString(2),
                            rs.getString(3)}, after);
            if (rows.isEmpty()) {
                break;
            }
            jdbc.batchUpdate("update idea set search_text = ? where id = ?", rows.stream()
                    .map(row -> new Object[] {SearchTerms.indexText((String) row[1], (String) row[2]), row[0]}).toList());
            after = (long) rows.getLast()[0];
            done += rows.size();
        }
        if (done > 0) {
            LOG.info("Search words written for {} ideas", done);
        }
    }
}
