package fr.sensiblecity.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audit entry records beyond its action, as typed parts a page can put in the reader's language: a
 * phase is stored by its translation key, an amount as an exact decimal, a count as a number. The audit page
 * shows them through the sentence {@code audit.detail.ACTION}, whose {0}, {1}… are the parts in order.
 * <p>
 * The parts are written into the entry's reason as one line of JSON, so the hash chain covers them; entries
 * written before this existed, and reasons a person typed, stay plain text and are shown as written.
 */
public final class AuditDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String START = "{\"d\":";

    /** One part: its kind ({@code text}, {@code label}, {@code amount}, {@code percent}, {@code count}) and its value. */
    public record Part(String kind, String value) {
    }

    private record Stored(List<List<String>> d) {
    }

    private final List<Part> parts = new ArrayList<>();

    private AuditDetails() {
    }

    public static AuditDetails of() {
        return new AuditDetails();
    }

    /** Words a person wrote (a title, a name): shown as written, in no language in particular. */
    public AuditDetails text(String text) {
        parts.add(new Part("text", text));
        return this;
    }

    /** A translated name, for example an enum constant's {@code labelKey()}. */
    public AuditDetails label(String key) {
        parts.add(new Part("label", key));
        return this;
    }

    /** Euros, shown in the reader's currency format. */
    public AuditDetails amount(BigDecimal euros) {
        parts.add(new Part("amount", euros.toPlainString()));
        return this;
    }

    /** A share of a whole (0.3 is 30 %), shown as a percentage. */
    public AuditDetails percent(BigDecimal fraction) {
        parts.add(new Part("percent", fraction.toPlainString()));
        return this;
    }

    /** A whole number (a count, a round, a record's number), shown with the reader's digit grouping. */
    public AuditDetails count(long number) {
        parts.add(new Part("count", Long.toString(number)));
        return this;
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** The reason to store. */
    public String encode() {
        return JSON.writeValueAsString(new Stored(parts.stream().map(part -> List.of(part.kind(), part.value())).toList()));
    }

    /** The parts of a stored reason, or nothing when the reason is plain text. */
    public static Optional<List<Part>> decode(String reason) {
        if (!reason.startsWith(START)) {
            return Optional.empty();
        }
        try {
            Stored stored = JSON.readValue(reason, Stored.class);
            List<Part> parts = new ArrayList<>();
            for (List<String> part : stored.d()) {
                if (part.size() != 2) {
                    return Optional.empty();
                }
                parts.add(new Part(part.get(0), part.get(1)));
            }
            return Optional.of(parts);
        } catch (JacksonException notOurs) {
            // A reason a person typed that happens to look like our format: shown as written.
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return encode();
    }
}
