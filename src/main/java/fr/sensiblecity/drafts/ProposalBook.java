package fr.sensiblecity.drafts;

import fr.sensiblecity.base.NotShownToPeople;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows around members' proposals, in SQL: authors, supports, merges with their parts and answers. Callers hold
 * the proposals' row locks (and a merge's, taken before its proposals') while they write here.
 */
@Component
class ProposalBook {

    @NotShownToPeople("a merge's progress shows as the authors' answers, never by this name")
    enum MergeState {
        PENDING,
        DONE,
        REFUSED,
        CANCELLED
    }

    record Merge(long id, long draftId, String title, String body, MergeState state) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProposalBook(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void addAuthors(long proposalId, Set<Long> authors) {
        authors.forEach(author -> jdbc.update("insert into recommendation_proposal_author (proposal_id, resident_id) "
                + "values (?, ?)", proposalId, author));
    }

    Set<Long> authorsOf(Set<Long> proposalIds) {
        return proposalIds.isEmpty() ? Set.of() : new LinkedHashSet<>(jdbc.queryForList("select distinct resident_id from "
                + "recommendation_proposal_author where proposal_id in (" + marks(proposalIds) + ") order by resident_id",
                Long.class, proposalIds.toArray()));
    }

    Set<Long> supportersOf(Set<Long> proposalIds) {
        return proposalIds.isEmpty() ? Set.of() : new LinkedHashSet<>(jdbc.queryForList("select distinct resident_id from "
                + "recommendation_proposal_support where proposal_id in (" + marks(proposalIds) + ") order by resident_id",
                Long.class, proposalIds.toArray()));
    }

    /** Adds a support; false when the resident already supports the proposal. */
    boolean support(long proposalId, long residentId) {
        int added = jdbc.update("insert into recommendation_proposal_support (proposal_id, resident_id, created_at) "
                + "select ?, ?, ? from dual where not exists (select 1 from recommendation_proposal_support "
                + "where proposal_id = ? and resident_id = ?)", proposalId, residentId, now(), proposalId, residentId);
        if (added == 1) {
            jdbc.update("update recommendation_proposal set support_count = support_count + 1 where id = ?", proposalId);
        }
        return added == 1;
    }

    void withdrawSupport(long proposalId, long residentId) {
        if (jdbc.update("delete from recommendation_proposal_support where proposal_id = ? and resident_id = ?",
                proposalId, residentId) == 1) {
            jdbc.update("update recommendation_proposal set support_count = support_count - 1 where id = ?", proposalId);
        }
    }

    /** Gives a merged proposal its supporters, each once; its authors do not count as their own supporters. */
    void carrySupports(long proposalId, Set<Long> supporters) {
        supporters.forEach(supporter -> jdbc.update("insert into recommendation_proposal_support (proposal_id, "
                + "resident_id, created_at) values (?, ?, ?)", proposalId, supporter, now()));
        jdbc.update("update recommendation_proposal set support_count = ? where id = ?", supporters.size(), proposalId);
    }

    int supportCount(long proposalId) {
        return jdbc.queryForObject("select support_count from recommendation_proposal where id = ?", Integer.class,
                proposalId);
    }

    Set<Long> supportedBy(long draftId, long residentId) {
        return Set.copyOf(jdbc.queryForList("select s.proposal_id from recommendation_proposal_support s join "
                + "recommendation_proposal p on p.id = s.proposal_id where p.draft_id = ? and s.resident_id = ?",
                Long.class, draftId, residentId));
    }

    /** Each proposal of the draft with its authors, in one query. */
    Map<Long, List<Long>> authorsByProposal(long draftId) {
        Map<Long, List<Long>> authors = new java.util.HashMap<>();
        jdbc.query("select a.proposal_id, a.resident_id from recommendation_proposal_author a join recommendation_proposal p "
                + "on p.id = a.proposal_id where p.draft_id = ? order by a.proposal_id, a.resident_id", rs -> {
                    authors.computeIfAbsent(rs.getLong(1), any -> new java.util.ArrayList<>()).add(rs.getLong(2));
                }, draftId);
        return authors;
    }

    boolean inPendingMerge(long proposalId) {
        return !jdbc.queryForList("select 1 from recommendation_merge_part p join recommendation_merge m on m.id = "
                + "p.merge_id where p.proposal_id = ? and m.state = 'PENDING'", Integer.class, proposalId).isEmpty();
    }

    Set<Long> inPendingMerges(long draftId) {
        return Set.copyOf(jdbc.queryForList("select p.proposal_id from recommendation_merge_part p join "
                + "recommendation_merge m on m.id = p.merge_id where m.draft_id = ? and m.state = 'PENDING'", Long.class,
                draftId));
    }

    long createMerge(long draftId, String title, String body, Set<Long> proposalIds) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into recommendation_merge (draft_id, title, body, state, "
                    + "created_at) values (?, ?, ?, 'PENDING', ?)", new String[] {"id"});
            statement.setLong(1, draftId);
            statement.setString(2, title);
            statement.setString(3, body);
            statement.setObject(4, now());
            return statement;
        }, key);
        long mergeId = key.getKey().longValue();
        proposalIds.forEach(proposal -> jdbc.update("insert into recommendation_merge_part (merge_id, proposal_id) "
                + "values (?, ?)", mergeId, proposal));
        return mergeId;
    }

    java.util.Optional<Merge> lockMerge(long mergeId) {
        return jdbc.query("select id, draft_id, title, body, state from recommendation_merge where id = ? for update",
                (rs, row) -> new Merge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        MergeState.valueOf(rs.getString(5))), mergeId).stream().findFirst();
    }

    List<Merge> pendingMerges(long draftId) {
        return jdbc.query("select id, draft_id, title, body, state from recommendation_merge where draft_id = ? and "
                + "state = 'PENDING' order by id", (rs, row) -> new Merge(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), MergeState.valueOf(rs.getString(5))), draftId);
    }

    Set<Long> partsOf(long mergeId) {
        return new LinkedHashSet<>(jdbc.queryForList("select proposal_id from recommendation_merge_part where merge_id = ? "
                + "order by proposal_id", Long.class, mergeId));
    }

    void answer(long mergeId, long residentId, boolean agreed) {
        jdbc.update("delete from recommendation_merge_answer where merge_id = ? and resident_id = ?", mergeId, residentId);
        jdbc.update("insert into recommendation_merge_answer (merge_id, resident_id, agreed, answered_at) values (?, ?, ?, ?)",
                mergeId, residentId, agreed, now());
    }

    Set<Long> agreedBy(long mergeId) {
        return Set.copyOf(jdbc.queryForList("select resident_id from recommendation_merge_answer where merge_id = ? "
                + "and agreed", Long.class, mergeId));
    }

    void finish(long mergeId, MergeState state, @org.jspecify.annotations.Nullable Long resultId) {
        jdbc.update("update recommendation_merge set state = ?, result_id = ?, decided_at = ? where id = ?", state.name(),
                resultId, now(), mergeId);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String marks(Set<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }
}
