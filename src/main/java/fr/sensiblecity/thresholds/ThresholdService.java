package fr.sensiblecity.thresholds;

import fr.sensiblecity.base.AuditTrail;
import fr.sensiblecity.residents.CurrentResident;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Administrators read and change the thresholds; each change is audited with its old and new value. */
@Service
public class ThresholdService {

    public static final String AUDIT_ACTION = "THRESHOLD_CHANGED";
    public static final String AUDIT_TARGET = "THRESHOLD";

    private final Thresholds thresholds;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final CurrentResident current;
    private final Clock clock;

    ThresholdService(Thresholds thresholds, JdbcTemplate jdbc, AuditTrail audit, CurrentResident current, Clock clock) {
        this.thresholds = thresholds;
        this.jdbc = jdbc;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @PreAuthorize("@thresholdPermissions.canChange(authentication)")
    @Transactional(readOnly = true)
    public List<ThresholdValue> current() {
        thresholds.forget();
        Map<String, String> stored = thresholds.stored();
        return thresholds.all().stream().map(threshold -> new ThresholdValue(threshold,
                stored.getOrDefault(threshold.key(), threshold.defaultValue()), stored.containsKey(threshold.key())))
                .toList();
    }

    /**
     * Checks every typed value first and changes nothing if one is refused (the refusal names it); then stores
     * those that differ from the value in force, one audit entry each. Answers how many changed.
     */
    @PreAuthorize("@thresholdPermissions.canChange(authentication)")
    @Transactional
    public int change(Map<String, String> typed) {
        Map<String, String> normalized = new java.util.LinkedHashMap<>();
        typed.forEach((key, value) -> {
            Threshold threshold;
            try {
                threshold = thresholds.definition(key);
            } catch (IllegalArgumentException unknown) {
                throw new ThresholdRefused(key, "threshold.error.unknown");
            }
            normalized.put(key, threshold.normalized(value));
        });
        Long actor = current.id().orElse(null);
        int changed = 0;
        for (Map.Entry<String, String> change : normalized.entrySet()) {
            String key = change.getKey();
            // The row lock (or, for a first value, the primary key) keeps two administrators' changes in order.
            List<String> rows = jdbc.queryForList("select value_text from threshold_value where name = ? for update",
                    String.class, key);
            String before = rows.isEmpty() ? thresholds.definition(key).defaultValue() : rows.getFirst();
            if (before.equals(change.getValue())) {
                continue;
            }
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            if (rows.isEmpty()) {
                jdbc.update("insert into threshold_value (name, value_text, changed_at, changed_by) values (?, ?, ?, ?)",
                        key, change.getValue(), now, actor);
            } else {
                jdbc.update("update threshold_value set value_text = ?, changed_at = ?, changed_by = ? where name = ?",
                        change.getValue(), now, actor, key);
            }
            audit.append(actor, AUDIT_ACTION, AUDIT_TARGET, 0, key + ": " + oneLine(before) + " → " + oneLine(change.getValue()));
            changed++;
        }
        if (changed > 0) {
            thresholds.announce();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    thresholds.forget();
                }
            });
        }
        return changed;
    }

    private static String oneLine(String value) {
        return value.replace('\n', '|');
    }
}
