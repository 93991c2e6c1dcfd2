package fr.sensiblecity.ideas;

/**
 * The result of replaying an idea's support trail: whether the chain is intact, its head (publishable), and the
 * support count as the trail adds it up, as the idea shows it and as stored.
 */
public record TrailCheck(boolean chainIntact, String head, int replayedSupports, int shownSupports, int storedSupports) {

    public boolean consistent() {
        return chainIntact && replayedSupports == shownSupports && shownSupports == storedSupports;
    }
}
