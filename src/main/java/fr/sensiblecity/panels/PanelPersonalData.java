package fr.sensiblecity.panels;

import fr.sensiblecity.base.PersonalData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A resident's part of panels: their volunteering with its declared features, their seats and their requests
 * for experts. Erasure deletes the volunteering and its features; seats stay, attached to no one, so the panels'
 * compositions and counts stay right; expert requests stay, anonymised.
 */
@Component
class PanelPersonalData implements PersonalData {

    record Volunteering(long panelId, String question, Map<String, String> declared, Instant consentedAt) {
    }

    record SeatRecord(long panelId, int round, SeatStatus status, Instant offeredAt, @Nullable Instant answeredAt) {
    }

    record ExpertQuestion(long panelId, String question, Instant askedAt) {
    }

    private final VolunteerRepository volunteers;
    private final SeatRepository seats;
    private final PanelRepository panels;
    private final JdbcTemplate jdbc;

    PanelPersonalData(VolunteerRepository volunteers, SeatRepository seats, PanelRepository panels, JdbcTemplate jdbc) {
        this.volunteers = volunteers;
        this.seats = seats;
        this.panels = panels;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "panels";
    }

    @Override
    public Object export(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("volunteering", volunteers.findByResidentId(residentId).stream()
                .map(volunteer -> new Volunteering(volunteer.panelId(), panels.findById(volunteer.panelId())
                        .map(Panel::question).orElse(""), volunteer.features(), volunteer.consentedAt())).toList());
        data.put("seats", seats.findByResidentId(residentId).stream().map(seat -> new SeatRecord(seat.panelId(),
                seat.drawRound(), seat.status(), seat.offeredAt(), seat.answeredAt())).toList());
        List<ExpertQuestion> questions = jdbc.query("select panel_id, question, created_at from panel_expert_request "
                + "where resident_id = ? order by created_at", (rs, row) -> new ExpertQuestion(rs.getLong(1),
                        rs.getString(2), rs.getObject(3, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC)),
                residentId);
        data.put("expertRequests", questions);
        return data;
    }

    @Override
    public void erase(long residentId) {
        jdbc.update("update panel_seat set resident_id = null, volunteer_id = null where resident_id = ?", residentId);
        jdbc.update("delete from panel_volunteer_feature where volunteer_id in "
                + "(select id from panel_volunteer where resident_id = ?)", residentId);
        jdbc.update("delete from panel_volunteer where resident_id = ?", residentId);
        jdbc.update("update panel_expert_request set resident_id = null where resident_id = ?", residentId);
        // Evidence stays in the library; who added it is staff bookkeeping that goes with the account.
        jdbc.update("update panel_evidence set added_by = null where added_by = ?", residentId);
    }
}
