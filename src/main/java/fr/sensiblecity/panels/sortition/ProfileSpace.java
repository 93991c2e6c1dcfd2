package fr.sensiblecity.panels.sortition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pool seen as profiles: what every solver works on. Profiles are sorted by key, so that the same pool in
 * another row order gives the same programs, the same distribution and the same ticket hash.
 */
final class ProfileSpace {

    private final Pool pool;
    private final List<Profile> profiles;
    private final int[] sizes;
    /** For each quota (in pool order), whether each profile has its feature. */
    private final boolean[][] hasFeature;

    private ProfileSpace(Pool pool, List<Profile> profiles) {
        this.pool = pool;
        this.profiles = List.copyOf(profiles);
        this.sizes = profiles.stream().mapToInt(Profile::size).toArray();
        this.hasFeature = new boolean[pool.quotas().size()][profiles.size()];
        for (int q = 0; q < pool.quotas().size(); q++) {
            for (int p = 0; p < profiles.size(); p++) {
                hasFeature[q][p] = profiles.get(p).has(pool.quotas().get(q).feature());
            }
        }
    }

    static ProfileSpace of(Pool pool) {
        Map<String, List<Respondent>> byKey = new TreeMap<>();
        for (Respondent respondent : pool.respondents()) {
            String key = new Profile(List.copyOf(respondent.features().values()), List.of(respondent.id())).key();
            byKey.computeIfAbsent(key, ignored -> new ArrayList<>()).add(respondent);
        }
        List<Profile> profiles = new ArrayList<>();
        for (List<Respondent> members : byKey.values()) {
            List<String> ids = members.stream().map(Respondent::id).sorted(Comparator.naturalOrder()).toList();
            profiles.add(new Profile(List.copyOf(members.getFirst().features().values()), ids));
        }
        return new ProfileSpace(pool, profiles);
    }

    Pool pool() {
        return pool;
    }

    List<Profile> profiles() {
        return profiles;
    }

    int profileCount() {
        return profiles.size();
    }

    int size(int profile) {
        return sizes[profile];
    }

    int quotaCount() {
        return pool.quotas().size();
    }

    Quota quota(int index) {
        return pool.quotas().get(index);
    }

    boolean has(int quota, int profile) {
        return hasFeature[quota][profile];
    }

    /** How many members of a panel, given as counts per profile, have the quota's feature. */
    int countWith(int quota, int[] counts) {
        int total = 0;
        for (int p = 0; p < counts.length; p++) {
            if (hasFeature[quota][p]) {
                total += counts[p];
            }
        }
        return total;
    }

    boolean meetsEveryQuota(int[] counts, int panelSize) {
        int total = 0;
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] < 0 || counts[p] > sizes[p]) {
                return false;
            }
            total += counts[p];
        }
        if (total != panelSize) {
            return false;
        }
        for (int q = 0; q < quotaCount(); q++) {
            if (!quota(q).admits(countWith(q, counts))) {
                return false;
            }
        }
        return true;
    }
}
