package fr.sensiblecity.panels;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.panels.sortition.Feature;
import fr.sensiblecity.panels.sortition.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the public ticket list says of each profile: no label fewer than k volunteers share, unless it hides all. */
class PublishedProfilesTest {

    @Test
    void common_profiles_are_published_whole_and_a_rare_one_loses_its_most_varied_feature_first() {
        List<Profile> profiles = List.of(
                profile(12, "age", "30-44", "district", "Nord", "gender", "female"),
                profile(9, "age", "30-44", "district", "Sud", "gender", "female"),
                profile(2, "age", "30-44", "district", "Est", "gender", "female"),
                profile(4, "age", "30-44", "district", "Ouest", "gender", "female"));

        List<String> labels = PublishedProfiles.labels(profiles, 5);

        assertThat(labels).containsExactly("age=30-44;district=Nord;gender=female", "age=30-44;district=Sud;gender=female",
                "age=30-44;district=*;gender=female", "age=30-44;district=*;gender=female");
        assertThat(PublishedProfiles.hiddenCount(labels)).isEqualTo(2);
    }

    @Test
    void every_published_label_is_shared_by_k_volunteers_or_hides_every_feature() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        String[] ages = {"16-29", "30-44", "45-59", "60-74", "75+"};
        String[] districts = {"Bourg", "Hameaux", "Gare", "Vallon", "Plateau", "Moulin"};
        List<Profile> profiles = new ArrayList<>();
        for (String age : ages) {
            for (String district : districts) {
                for (String gender : new String[] {"female", "male"}) {
                    profiles.add(profile(1 + random.nextInt(8), "age", age, "district", district, "gender", gender));
                }
            }
        }

        List<String> labels = PublishedProfiles.labels(profiles, 5);

        Map<String, Integer> sharing = IntStream.range(0, profiles.size()).boxed().collect(Collectors.toMap(labels::get,
                p -> profiles.get(p).size(), Integer::sum));
        assertThat(labels).allSatisfy(label -> assertThat(sharing.get(label) >= 5
                || label.equals("age=*;district=*;gender=*")).as(label).isTrue());
        assertThat(labels).as("hiding stops as soon as k share a label").anyMatch(label -> !label.contains("*"));
        assertThat(PublishedProfiles.labels(profiles, 1)).as("k = 1 publishes every profile whole")
                .isEqualTo(profiles.stream().map(Profile::key).toList());
    }

    private static int serial;

    private static Profile profile(int members, String... categoryValue) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < categoryValue.length; i += 2) {
            features.add(Feature.of(categoryValue[i], categoryValue[i + 1]));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ids.add(String.format("P%04d", ++serial));
        }
        return new Profile(features, ids);
    }
}
