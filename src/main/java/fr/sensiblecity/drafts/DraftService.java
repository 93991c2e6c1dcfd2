package fr.sensiblecity.drafts;

import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.NotFound;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.panels.PanelPhase;
import fr.sensiblecity.residents.CurrentResident;
import fr.sensiblecity.residents.ResidentService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Opening a draft and running its process: sections, thematic groups, participants and phases; reading it. */
@Service
public class DraftService {

    static final int SECTION_TEXT_MAX = 8000;
    private static final SecureRandom SALTS = new SecureRandom();

    private final DraftRepository drafts;
    private final SectionRepository sections;
    private final Participants participants;
    private final DraftPermissions permissions;
    private final ResidentService residents;
    private final CurrentResident current;
    private final DraftThresholds settings;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    DraftService(DraftRepository drafts, SectionRepository sections, Participants participants,
            DraftPermissions permissions, ResidentService residents, CurrentResident current, DraftThresholds settings,
            JdbcTemplate jdbc, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.participants = participants;
        this.permissions = permissions;
        this.residents = residents;
        this.current = current;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public long openDraft(DraftForm typed) {
        DraftForm form = new DraftForm(Texts.requiredLine(typed.title(), 3, DraftForm.TITLE_MAX, "drafts.error.title"),
                Texts.required(typed.question(), 10, DraftForm.QUESTION_MAX, "drafts.error.question"),
                Texts.requiredLine(typed.authority(), 2, DraftForm.AUTHORITY_MAX, "drafts.error.authority"),
                typed.panelId());
        if (form.panelId() != null) {
            var panel = participants.panel(form.panelId()).orElseThrow(() -> new DomainException("drafts.error.noSuchPanel"));
            participants.advancePanel(panel.id(), PanelPhase.DELIBERATING);
        }
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        Draft draft = drafts.save(new Draft(form, current.id().orElse(null), settings.amendmentRule(),
                settings.recommendationRule(), HexFormat.of().formatHex(salt), clock.instant()));
        audit.append(current.id().orElse(null), "DRAFT_OPEN", "DRAFT", draft.id(), form.title());
        return draft.id();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public long addSection(long draftId, String title, String text) {
        Draft draft = draft(draftId);
        if (draft.phase() != DraftPhase.WRITING) {
            throw new DomainException("drafts.error.sectionsFixed");
        }
        String validTitle = Texts.requiredLine(title, 2, 160, "drafts.error.sectionTitle");
        String body = Texts.required(text, 1, SECTION_TEXT_MAX, "drafts.error.sectionText");
        int position = sections.findByDraftIdOrderByPosition(draftId).size() + 1;
        Section section = sections.saveAndFlush(new Section(draftId, position, validTitle));
        jdbc.update("insert into draft_section_version (section_id, number, body, amendment_id, created_at) "
                + "values (?, 1, ?, null, ?)", section.id(), body, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        events.publishEvent(new DraftActivity(draftId, section.id(), DraftActivity.Kind.DRAFT));
        audit.append(current.id().orElse(null), "DRAFT_SECTION_ADDED", "DRAFT", draftId, validTitle);
        return section.id();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public long addGroup(long draftId, String name) {
        requireOpenProcess(draft(draftId));
        String valid = Texts.requiredLine(name, 2, 120, "drafts.error.groupName");
        try {
            jdbc.update("insert into draft_group (draft_id, name) values (?, ?)", draftId, valid);
        } catch (DuplicateKeyException taken) {
            throw new DomainException("drafts.error.groupTaken");
        }
        audit.append(current.id().orElse(null), "DRAFT_GROUP_ADDED", "DRAFT", draftId, valid);
        return jdbc.queryForObject("select id from draft_group where draft_id = ? and name = ?", Long.class, draftId, valid);
    }

    /** Adds or updates a participant of an open process; staff run processes and cannot take part in them. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public void assignParticipant(long draftId, long residentId, String organisation, @Nullable Long groupId) {
        requireOpenProcess(draft(draftId));
        String validOrganisation = Texts.requiredLine(organisation, 2, 160, "drafts.error.organisation");
        Set<Role> roles = residents.currentRoles(residentId);
        if (roles.isEmpty()) {
            throw new DomainException("drafts.error.noSuchResident");
        }
        if (roles.contains(Role.FACILITATOR) || roles.contains(Role.ADMINISTRATOR)) {
            throw new DomainException("drafts.error.staffCannotTakePart");
        }
        if (groupId != null && jdbc.queryForList("select id from draft_group where id = ? and draft_id = ?", Long.class,
                groupId, draftId).isEmpty()) {
            throw new DomainException("drafts.error.noSuchGroup");
        }
        int updated = jdbc.update("update draft_participant set organisation = ?, group_id = ? where draft_id = ? "
                + "and resident_id = ?", validOrganisation, groupId, draftId, residentId);
        if (updated == 0) {
            jdbc.update("insert into draft_participant (draft_id, resident_id, organisation, group_id) values (?, ?, ?, ?)",
                    draftId, residentId, validOrganisation, groupId);
        }
        audit.append(current.id().orElse(null), "DRAFT_PARTICIPANT", "DRAFT", draftId,
                AuditDetails.of().count(residentId).text(validOrganisation)
                        .label(groupId == null ? "audit.value.noGroup" : "audit.value.inGroup"));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public void removeParticipant(long draftId, long residentId) {
        if (jdbc.update("delete from draft_participant where draft_id = ? and resident_id = ?", draftId, residentId) == 1) {
            audit.append(current.id().orElse(null), "DRAFT_PARTICIPANT_REMOVED", "DRAFT", draftId,
                    AuditDetails.of().count(residentId));
        }
    }

    /** Gives a section to thematic groups; none means every participant writes it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public void assignSectionGroups(long sectionId, Collection<Long> groupIds) {
        Section section = sections.findById(sectionId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
        requireOpenProcess(draft(section.draftId()));
        List<Long> own = jdbc.queryForList("select id from draft_group where draft_id = ?", Long.class, section.draftId());
        if (!own.containsAll(groupIds)) {
            throw new DomainException("drafts.error.noSuchGroup");
        }
        jdbc.update("delete from draft_section_group where section_id = ?", sectionId);
        for (long group : Set.copyOf(groupIds)) {
            jdbc.update("insert into draft_section_group (section_id, group_id) values (?, ?)", sectionId, group);
        }
        audit.append(current.id().orElse(null), "DRAFT_SECTION_GROUPS", "DRAFT", section.draftId(),
                "section " + sectionId + " · groups " + groupIds.stream().sorted().toList());
    }

    /**
     * Moves the draft to its next phase; a panel's draft moves the panel along (consultation, then decided when the
     * process closes).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public void advancePhase(long draftId, DraftPhase next) {
        Draft draft = draft(draftId);
        if (next == DraftPhase.CONSULTATION && sections.findByDraftIdOrderByPosition(draftId).isEmpty()) {
            throw new DomainException("drafts.error.noSections");
        }
        draft.moveTo(next);
        audit.append(current.id().orElse(null), "DRAFT_PHASE", "DRAFT", draftId, AuditDetails.of().label(next.labelKey()));
        Long panelId = draft.panelId();
        if (panelId != null && next == DraftPhase.CONSULTATION) {
            participants.advancePanel(panelId, PanelPhase.CONSULTATION);
        } else if (panelId != null && next == DraftPhase.CLOSED) {
            participants.advancePanel(panelId, PanelPhase.DECIDED);
        }
        events.publishEvent(new DraftActivity(draftId, draftId, DraftActivity.Kind.DRAFT));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public DraftDetails findDraft(long draftId) {
        Draft draft = draft(draftId);
        Map<Long, String> groupNames = groupNames(draftId);
        List<DraftDetails.SectionText> texts = sections.findByDraftIdOrderByPosition(draftId).stream()
                .map(section -> new DraftDetails.SectionText(section.id(), section.position(), section.title(),
                        section.currentVersion(), versionText(section.id(), section.currentVersion()),
                        participants.groupsOf(section.id()).stream().map(groupNames::get).toList()))
                .toList();
        return new DraftDetails(draftId, draft.title(), draft.question(), draft.authority(), draft.panelId(),
                draft.phase(), draft.amendmentRule(), draft.recommendationRule(), draft.createdAt(), texts,
                participants.of(draftId).size());
    }

    /** The drafts the reader may open, newest first. */
    @Transactional(readOnly = true)
    public List<DraftSummary> listDrafts() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return drafts.findAllByOrderByCreatedAtDesc().stream()
                .filter(draft -> draft.phase().published() || permissions.canRead(authentication, draft.id()))
                .map(draft -> new DraftSummary(draft.id(), draft.title(), draft.panelId(), draft.phase(),
                        draft.createdAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public List<SectionVersion> versions(long draftId) {
        return jdbc.query("select v.section_id, v.number, v.body, v.amendment_id, v.created_at from draft_section_version v "
                + "join draft_section s on s.id = v.section_id where s.draft_id = ? order by s.position, v.number",
                (rs, row) -> new SectionVersion(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                draftId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public List<Participant> participants(long draftId) {
        Draft draft = draft(draftId);
        if (draft.panelId() != null) {
            Set<Long> members = participants.of(draftId);
            return residents.displayNamesOf(members).entrySet().stream()
                    .map(entry -> new Participant(entry.getKey(), entry.getValue(), null, null))
                    .sorted(java.util.Comparator.comparing(Participant::name)).toList();
        }
        List<Participant> rows = jdbc.query("select p.resident_id, p.organisation, g.name from draft_participant p "
                + "left join draft_group g on g.id = p.group_id where p.draft_id = ? order by p.organisation",
                (rs, row) -> new Participant(rs.getLong(1), "", rs.getString(2), rs.getString(3)), draftId);
        Map<Long, String> names = residents.displayNamesOf(rows.stream().map(Participant::residentId).toList());
        return rows.stream().map(row -> new Participant(row.residentId(), names.getOrDefault(row.residentId(), ""),
                row.organisation(), row.group())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canRead(authentication, #draftId)")
    public List<ThematicGroup> groups(long draftId) {
        return jdbc.query("select id, name from draft_group where draft_id = ? order by name",
                (rs, row) -> new ThematicGroup(rs.getLong(1), rs.getString(2)), draftId);
    }

    /** Residents whose public name contains the text, for the facilitator to assign; staff are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("@draftPermissions.canFacilitate(authentication)")
    public List<Participant> findResidents(String namePart, int limit) {
        return residents.searchForFacilitators(namePart, limit).stream()
                .map(found -> new Participant(found.id(), found.displayName(), null, null)).toList();
    }

    private Map<Long, String> groupNames(long draftId) {
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query("select id, name from draft_group where draft_id = ?", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        }, draftId);
        return names;
    }

    private String versionText(long sectionId, int number) {
        return jdbc.queryForObject("select body from draft_section_version where section_id = ? and number = ?",
                String.class, sectionId, number);
    }

    private Draft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFound("drafts.error.notFound"));
    }

    private static void requireOpenProcess(Draft draft) {
        if (draft.panelId() != null) {
            throw new DomainException("drafts.error.panelRoster");
        }
    }
}
