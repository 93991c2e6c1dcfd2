package fr.sensiblecity.ideas.ui;

import com.vaadin.flow.component.Component;
import fr.sensiblecity.base.AuditDetails;
import fr.sensiblecity.base.AuditEntry;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * An audit entry in the reader's language: the action and what it concerned by their translated names, and the
 * details through the action's own sentence, with amounts, shares and numbers written the reader's way.
 */
final class AuditSentences {

    private final Component page;
    private final Locale locale;

    AuditSentences(Component page, Locale locale) {
        this.page = page;
        this.locale = locale;
    }

    String what(AuditEntry entry) {
        return page.getTranslation("audit.action." + entry.action()) + " · "
                + page.getTranslation("audit.target." + entry.targetType(), entry.targetId());
    }

    /** The details through {@code audit.detail.ACTION}; a reason a person wrote, or an older entry, as written. */
    String details(AuditEntry entry) {
        return AuditDetails.decode(entry.reason())
                .map(parts -> page.getTranslation("audit.detail." + entry.action(), shown(parts)))
                .orElse(entry.reason());
    }

    private Object[] shown(List<AuditDetails.Part> parts) {
        return parts.stream().map(this::shown).toArray();
    }

    private String shown(AuditDetails.Part part) {
        return switch (part.kind()) {
            case "label" -> page.getTranslation(part.value());
            case "amount" -> euros().format(new BigDecimal(part.value()));
            case "percent" -> percent().format(new BigDecimal(part.value()));
            case "count" -> NumberFormat.getIntegerInstance(locale).format(Long.parseLong(part.value()));
            default -> part.value();
        };
    }

    private NumberFormat euros() {
        NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
        euros.setCurrency(Currency.getInstance("EUR"));
        return euros;
    }

    private NumberFormat percent() {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(2);
        return percent;
    }
}
