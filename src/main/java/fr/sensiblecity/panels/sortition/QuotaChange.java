package fr.sensiblecity.panels.sortition;

/** A quota of the smallest relaxation, with the min and max it would need for a panel to exist. */
public record QuotaChange(Quota quota, int suggestedMin, int suggestedMax) {

    public Quota relaxed() {
        return new Quota(quota.feature(), suggestedMin, suggestedMax);
    }

    /** By how many places the quota widens. */
    public int amount() {
        return (quota.min() - suggestedMin) + (suggestedMax - quota.max());
    }

    /** {@code gender=female min 6 -> 4}, or {@code age=65+ max 2 -> 3}, or both. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(quota.feature().toString());
        if (suggestedMin != quota.min()) {
            text.append(" min ").append(quota.min()).append(" -> ").append(suggestedMin);
        }
        if (suggestedMax != quota.max()) {
            text.append(" max ").append(quota.max()).append(" -> ").append(suggestedMax);
        }
        return text.toString();
    }
}
