package fr.sensiblecity.verification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The town hall lists: one row per territory (its salt, size and date) and the hashes of its people. */
@Repository
class TownHallListStore {

    /** Hashes of one insert statement. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcClient jdbc;

    TownHallListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A list's salt, to hash an identity the way its rows were. */
    record Salted(long territoryId, byte[] salt) {
    }

    /** Locks the territory's list row (if any) so that two uploads for one territory follow one another. */
    void lock(long territoryId) {
        jdbc.sql("select territory_id from town_hall_list where territory_id = ? for update").param(territoryId)
                .query(Long.class).optional();
    }

    void replace(long territoryId, byte[] salt, Collection<String> hashes, int rows, Instant at, @Nullable Long by) {
        jdbc.sql("delete from town_hall_list_entry where territory_id = ?").param(territoryId).update();
        jdbc.sql("delete from town_hall_list where territory_id = ?").param(territoryId).update();
        jdbc.sql("insert into town_hall_list (territory_id, salt, row_count, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?)")
                .params(territoryId, HexFormat.of().formatHex(salt), rows, utc(at), by).update();
        List<String> all = new ArrayList<>(hashes);
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(chunk.size() * 2);
            for (String hash : chunk) {
                params.add(territoryId);
                params.add(hash);
            }
            jdbc.sql("insert into town_hall_list_entry (territory_id, entry_hash) values "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)"))).params(params).update();
        }
    }

    Optional<TownHallList> find(long territoryId) {
        return jdbc.sql("select territory_id, row_count, uploaded_at from town_hall_list where territory_id = ?")
                .param(territoryId).query((rs, n) -> new TownHallList(rs.getLong(1), rs.getInt(2),
                        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC))).optional();
    }

    List<Salted> salts() {
        return jdbc.sql("select territory_id, salt from town_hall_list order by territory_id")
                .query((rs, n) -> new Salted(rs.getLong(1), HexFormat.of().parseHex(rs.getString(2)))).list();
    }

    boolean listed(long territoryId, Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return false;
        }
        List<Object> params = new ArrayList<>(hashes.size() + 1);
        params.add(territoryId);
        params.addAll(hashes);
        return jdbc.sql("select count(*) from town_hall_list_entry where territory_id = ? and entry_hash in ("
                + String.join(", ", Collections.nCopies(hashes.size(), "?")) + ")").params(params)
                .query(Integer.class).single() > 0;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
