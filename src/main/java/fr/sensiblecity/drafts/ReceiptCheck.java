package fr.sensiblecity.drafts;

/** What a voter's receipt stands for: the vote it was cast in, the choice, and whether that vote is sealed. */
public record ReceiptCheck(Kind kind, long subjectId, Choice choice, boolean sealed) {

    public enum Kind {
        AMENDMENT,
        RECOMMENDATION;

        public String labelKey() {
            return "drafts.receipt.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
