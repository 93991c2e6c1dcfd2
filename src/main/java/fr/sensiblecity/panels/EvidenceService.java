package fr.sensiblecity.panels;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The learning phase: each panel's evidence library, which everyone may read (links, and documents of limited
 * size and type, marked as coming from the facilitation team, an expert or a stakeholder organisation), and the
 * members' requests for an expert, which facilitators read.
 */
@Service
public class EvidenceService {

    /** A document's bytes and how to serve them. */
    public record Document(String fileName, String contentType, byte[] content) {
    }

    private static final RowMapper<EvidenceItem> ITEM = (rs, row) -> new EvidenceItem(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6, Long.class),
            EvidenceSource.valueOf(rs.getString(7)), rs.getString(8),
            rs.getObject(9, LocalDateTime.class).toInstant(ZoneOffset.UTC));

    private final JdbcTemplate jdbc;
    private final PanelService panels;
    private final PanelSettings settings;
    private final ResidentService residents;
    private final CurrentResident current;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceService(JdbcTemplate jdbc, PanelService panels, PanelSettings settings, ResidentService residents,
            CurrentResident current, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.panels = panels;
        this.settings = settings;
        this.residents = residents;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest document the library accepts, which an upload stops reading past. */
    public long maxDocumentBytes() {
        return settings.evidenceMaxBytes();
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> library(long panelId) {
        return jdbc.query("select id, title, url, file_name, content_type, size_bytes, source, source_name, added_at "
                + "from panel_evidence where panel_id = ? order by added_at, id", ITEM, panelId);
    }

    /**
     * The phases in which the library grows: DRAWN, so facilitators prepare it before the first session (the
     * public page shows it from LEARNING on); LEARNING; and DELIBERATING, when experts answer the members'
     * requests. From CONSULTATION on the library stays as the record of what the panel read; before the draw
     * there is no panel to learn anything yet. Removing an item stays possible in every phase (a mistake, a
     * takedown).
     */
    static final Set<PanelPhase> EVIDENCE_PHASES = EnumSet.of(PanelPhase.DRAWN, PanelPhase.LEARNING,
            PanelPhase.DELIBERATING);

    /** Whether evidence may be added to a panel in this phase. */
    public static boolean acceptsEvidence(PanelPhase phase) {
        return EVIDENCE_PHASES.contains(phase);
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public long addLink(long panelId, String title, String url, EvidenceSource source, String sourceName) {
        String link = url == null ? "" : url.strip();
        if (!(link.startsWith("https://") || link.startsWith("http://")) || link.length() > 500 || link.contains(" ")) {
            throw new DomainException("panel.error.evidenceUrl");
        }
        return insert(panelId, "LINK", title, link, null, null, null, null, source, sourceName);
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public long addDocument(long panelId, String title, String fileName, byte[] content, EvidenceSource source,
            String sourceName) {
        if (content.length > settings.evidenceMaxBytes()) {
            throw new DomainException("panel.error.evidenceSize", settings.evidenceMaxBytes() / (1024 * 1024));
        }
        String name = DocumentNames.clean(fileName);
        String type = DocumentTypes.recognise(name, content)
                .orElseThrow(() -> new DomainException("panel.error.evidenceType"));
        String storedAs = settings.evidenceDirectory() == null ? null : UUID.randomUUID().toString();
        long id = insert(panelId, "DOCUMENT", title, null, name, type, (long) content.length, storedAs, source,
                sourceName);
        if (storedAs == null) {
            jdbc.update("insert into panel_evidence_content (evidence_id, content) values (?, ?)", id, content);
        } else {
            try {
                Path directory = Files.createDirectories(Path.of(settings.evidenceDirectory()));
                Files.write(directory.resolve(storedAs), content);
            } catch (IOException unwritable) {
                throw new UncheckedIOException(unwritable);
            }
        }
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Document> document(long evidenceId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select file_name, content_type, stored_as from "
                + "panel_evidence where id = ? and kind = 'DOCUMENT'", evidenceId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.getFirst();
        byte[] content;
        if (row.get("stored_as") == null) {
            content = jdbc.queryForObject("select content from panel_evidence_content where evidence_id = ?",
                    byte[].class, evidenceId);
        } else {
            try {
                content = Files.readAllBytes(Path.of(Objects.requireNonNull(settings.evidenceDirectory()))
                        .resolve((String) row.get("stored_as")));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        // Names stored before they were cleaned, and types the library no longer accepts, are served safely too.
        return Optional.of(new Document(DocumentNames.clean((String) row.get("file_name")),
                DocumentTypes.served((String) row.get("content_type")), content));
    }

    /**
     * Removes an item from the panel's library, its stored document content with it, and records who did so in the
     * audit trail. Refuses an item that is not in this panel's library with {@code panel.error.evidenceNotFound}.
     */
    @Transactional
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public void removeEvidence(long panelId, long evidenceId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select title, stored_as from panel_evidence "
                + "where id = ? and panel_id = ?", evidenceId, panelId);
        if (rows.isEmpty()) {
            throw new DomainException("panel.error.evidenceNotFound");
        }
        Map<String, Object> row = rows.getFirst();
        jdbc.update("delete from panel_evidence_content where evidence_id = ?", evidenceId);
        jdbc.update("delete from panel_evidence where id = ?", evidenceId);
        audit.append(current.id().orElse(null), "PANEL_EVIDENCE_REMOVED", PanelService.AUDIT_TARGET, panelId,
                AuditDetails.of().count(evidenceId).text(String.valueOf(row.get("title"))));
        if (row.get("stored_as") != null) {
            Path file = Path.of(Objects.requireNonNull(settings.evidenceDirectory())).resolve((String) row.get("stored_as"));
            // The file goes only once the row's removal is committed: a failed commit leaves both in place.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException undeletable) {
                        LoggerFactory.getLogger(EvidenceService.class).warn("Removed evidence file {} could not be "
                                + "deleted: {}", file, undeletable.getMessage());
                    }
                }
            });
        }
    }

    @Transactional
    @PreAuthorize("@panelPermissions.canRequestExpert(authentication, #panelId)")
    public void requestExpert(long panelId, String question) {
        String text = FreeText.multiLine(question);
        if (!FreeText.fits(text, 10, 1000)) {
            throw new DomainException("panel.error.expertQuestion");
        }
        PanelPhase phase = panels.load(panelId).phase();
        if (phase != PanelPhase.LEARNING && phase != PanelPhase.DELIBERATING) {
            throw new DomainException("panel.error.notLearning");
        }
        jdbc.update("insert into panel_expert_request (panel_id, resident_id, question, created_at) values (?, ?, ?, ?)",
                panelId, current.id().orElse(null), text, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@panelPermissions.canRun(authentication)")
    public List<ExpertRequest> expertRequests(long panelId) {
        record Row(long id, @Nullable Long residentId, String question, Instant createdAt) {
        }
        List<Row> rows = jdbc.query("select id, resident_id, question, created_at from panel_expert_request "
                + "where panel_id = ? order by created_at, id", (rs, row) -> new Row(rs.getLong(1),
                        (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)), panelId);
        Map<Long, String> names = residents.displayNamesOf(rows.stream().map(Row::residentId)
                .filter(Objects::nonNull).toList());
        return rows.stream().map(row -> new ExpertRequest(row.id(), row.question(),
                row.residentId() == null ? null : names.get(row.residentId()), row.createdAt())).toList();
    }

    private long insert(long panelId, String kind, String title, @Nullable String url, @Nullable String fileName,
            @Nullable String contentType, @Nullable Long size, @Nullable String storedAs, EvidenceSource source,
            String sourceName) {
        String heading = FreeText.singleLine(title);
        String from = FreeText.singleLine(sourceName);
        if (!FreeText.fits(heading, 1, 200) || !FreeText.fits(from, 1, 200)) {
            throw new DomainException("panel.error.evidenceTitle");
        }
        if (!acceptsEvidence(panels.load(panelId).phase())) {
            throw new DomainException("panel.error.evidencePhase");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into panel_evidence (panel_id, kind, title, url, "
                    + "file_name, content_type, size_bytes, stored_as, source, source_name, added_by, added_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, panelId);
            statement.setString(2, kind);
            statement.setString(3, heading);
            statement.setString(4, url);
            statement.setString(5, fileName);
            statement.setString(6, contentType);
            statement.setObject(7, size);
            statement.setString(8, storedAs);
            statement.setString(9, source.name());
            statement.setString(10, from);
            statement.setObject(11, current.id().orElse(null));
            statement.setObject(12, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return statement;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        audit.append(current.id().orElse(null), "PANEL_EVIDENCE_ADDED", PanelService.AUDIT_TARGET, panelId, heading);
        return id;
    }
}
