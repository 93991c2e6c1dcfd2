package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * m equally likely tickets, each a quota-meeting panel (as a composition over profiles), made from a fair
 * distribution by {@link TicketRounding}. The protocol, so that anyone can check a draw:
 * <ol>
 * <li>Before the draw, publish every respondent's {@link #probabilities() probability} under this lottery, the
 *     {@link #canonicalText() canonical text} of the tickets and its {@link #sha256() SHA-256}, and announce how
 *     the seed will be chosen (e.g. a public lottery's numbers).</li>
 * <li>The ticket drawn is number {@code SHA-256(UTF-8 seed) mod m}, counting from 0 in the published order.</li>
 * <li>Within each profile, the members it seats are chosen from the seed as described in {@link TicketDraw}.</li>
 * </ol>
 * Guarantees: every ticket meets every quota; members of a profile have exactly the same probability; nobody's
 * probability differs from the distribution's by more than {@link #maxDeviation()}, and nobody's drops by more than
 * {@link #largestLoss()}, which the rounding keeps within 1/m first, wherever it finds how (the tests check it on
 * Gdansk-like pools with skewed self-selection), then makes as small as it can either way.
 *
 * @param tickets      in canonical order (lexicographic on the counts)
 * @param maxDeviation the largest change of any person's probability, lottery against distribution
 */
public record Lottery(PanelDistribution distribution, List<Composition> tickets, List<Double> profileProbabilities,
        double maxDeviation) {

    static final String FORMAT = "sensible-city sortition tickets v1";

    public Lottery {
        tickets = List.copyOf(tickets);
        profileProbabilities = List.copyOf(profileProbabilities);
    }

    static Lottery round(PanelDistribution distribution, int ticketCount) {
        if (ticketCount < 1) {
            throw new IllegalArgumentException("A lottery needs at least one ticket");
        }
        int[] perCandidate = TicketRounding.round(distribution, ticketCount);
        List<Composition> tickets = new ArrayList<>();
        for (int i = 0; i < perCandidate.length; i++) {
            tickets.addAll(Collections.nCopies(perCandidate[i], distribution.candidates().get(i)));
        }
        tickets.sort(null);
        List<Double> probabilities = new ArrayList<>();
        for (double probability : TicketRounding.probabilities(distribution, perCandidate, ticketCount)) {
            probabilities.add(probability);
        }
        return new Lottery(distribution, tickets, probabilities,
                TicketRounding.worstDeviation(distribution, perCandidate, ticketCount));
    }

    public int size() {
        return tickets.size();
    }

    /**
     * The text whose hash is published: UTF-8, lines ending in LF, in this order: the format line
     * {@value #FORMAT}; {@code panel-size K}; {@code profiles P}; for each profile in order, {@code profile I KEY}
     * (KEY is {@code category=value} pairs joined by {@code ;}, categories in name order) followed by one
     * {@code member I ID} line per member in id order; {@code tickets M}; then one {@code ticket T C0 C1 ...} line
     * per ticket with the number of members it seats from each profile.
     */
    public String canonicalText() {
        return canonicalText(distribution.profiles().stream().map(Profile::key).toList());
    }

    /**
     * The same text with each profile named by the given key instead of its own (in the profiles' order): the form
     * a panel publishes, where the features of rare profiles are hidden. The draw does not read the keys.
     */
    public String canonicalText(List<String> profileKeys) {
        if (profileKeys.size() != distribution.profiles().size()) {
            throw new IllegalArgumentException("One key per profile");
        }
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        text.append("panel-size ").append(distribution.panelSize()).append('\n');
        List<Profile> profiles = distribution.profiles();
        text.append("profiles ").append(profiles.size()).append('\n');
        for (int p = 0; p < profiles.size(); p++) {
            text.append("profile ").append(p).append(' ').append(profileKeys.get(p)).append('\n');
            for (String id : profiles.get(p).memberIds()) {
                text.append("member ").append(p).append(' ').append(id).append('\n');
            }
        }
        text.append("tickets ").append(tickets.size()).append('\n');
        for (int t = 0; t < tickets.size(); t++) {
            text.append("ticket ").append(t);
            tickets.get(t).counts().forEach(count -> text.append(' ').append(count));
            text.append('\n');
        }
        return text.toString();
    }

    /** Lower-case hex SHA-256 of the canonical text's UTF-8 bytes. */
    public String sha256() {
        return SeededChoice.sha256Hex(canonicalText());
    }

    /** Every respondent's probability of selection under this lottery, in the pool's order. */
    public Map<String, Double> probabilities() {
        Map<String, Double> byMember = new LinkedHashMap<>();
        List<Profile> profiles = distribution.profiles();
        for (int p = 0; p < profiles.size(); p++) {
            for (String id : profiles.get(p).memberIds()) {
                byMember.put(id, profileProbabilities.get(p));
            }
        }
        Map<String, Double> byId = new LinkedHashMap<>();
        distribution.pool().respondents().forEach(respondent -> byId.put(respondent.id(), byMember.get(respondent.id())));
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The largest drop of anyone's probability from the fair distribution (0 when nobody loses). The rounding keeps
     * it within one ticket, 1/m, whenever it finds a way to; the draw page says so when it could not.
     */
    public double largestLoss() {
        double loss = 0;
        for (int p = 0; p < profileProbabilities.size(); p++) {
            loss = Math.max(loss, distribution.profileProbabilities().get(p) - profileProbabilities.get(p));
        }
        return loss;
    }

    public double minimumProbability() {
        return profileProbabilities.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
