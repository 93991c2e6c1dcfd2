package fr.sensiblecity.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An {@link OpenDataset} whose rows come from one query, streamed: the driver fetches {@link #FETCH_SIZE} rows at
 * a time (with a fetch size, MariaDB Connector/J streams instead of loading the whole result), so a million rows
 * export in bounded memory. A subclass gives its name and columns, and in {@link #forEachRow} (read-only
 * transactional, so that the file is one consistent picture) calls {@link #stream} with its query.
 */
public abstract class StreamedDataset implements OpenDataset {

    /** Rows the driver fetches at a time. */
    public static final int FETCH_SIZE = 1_000;

    private final String name;
    private final List<Column> columns;
    private final JdbcTemplate streaming;

    protected StreamedDataset(String name, List<Column> columns, DataSource dataSource) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    /**
     * Feeds the sink one row per row of the query, in the query's order. Small lookups belong before this call: a
     * streaming result set keeps the connection busy until its last row.
     */
    protected void stream(RowSink sink, String sql, RowValues values, Object... args) {
        streaming.query(sql, rs -> {
            sink.accept(values.of(rs));
        }, args);
    }

    /** The dataset's values, one per column, of the result set's current row. */
    @FunctionalInterface
    protected interface RowValues {
        Object[] of(ResultSet row) throws SQLException;
    }
}
