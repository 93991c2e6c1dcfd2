package fr.sensiblecity.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sensiblecity.base.OpenDataset;
import fr.sensiblecity.base.Role;
import fr.sensiblecity.ideas.CommentService;
import fr.sensiblecity.ideas.IdeaForm;
import fr.sensiblecity.ideas.IdeaService;
import fr.sensiblecity.moderation.ContentModerationService;
import fr.sensiblecity.ideas.SupportService;
import fr.sensiblecity.notifications.EmailService;
import fr.sensiblecity.notifications.NotificationKind;
import fr.sensiblecity.residents.AgeBand;
import fr.sensiblecity.residents.ProfileForm;
import fr.sensiblecity.residents.ResidentService;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritoryForm;
import fr.sensiblecity.territories.TerritoryService;
import fr.sensiblecity.territories.TerritorySummary;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data as a visitor downloads it: public, correct CSV and JSON, and no personal data in any dataset that
 * any module contributes, checked against residents with recognisable names, subjects and e-mail addresses.
 */
@MariaDbTest
class OpenDataTest {

    private static final List<String> PERSONAL = List.of("Hortense Vrillac", "sub-hv-31415", "hortense@example.fr",
            "Octave Brunelle", "sub-ob-27182", "FROM_65_TO_74");

    @Autowired
    WebApplicationContext web;

    @Autowired
    List<OpenDataset> datasets;

    @Autowired
    ResidentService residents;

    @Autowired
    TerritoryService territories;

    @Autowired
    IdeaService ideas;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    @Autowired
    ContentModerationService moderation;

    @Autowired
    EmailService emails;

    @Autowired
    CleanDatabase database;

    @Autowired
    JsonMapper json;

    MockMvc visitor;
    long tricky;
    long hidden;

    @BeforeEach
    void residentsWithRecognisableIdentitiesTookPart() {
        database.wipe();
        visitor = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        Actors.system();
        TerritorySummary commune = territories.createTerritory(new TerritoryForm("Valbrume", "99102", 400, 2023, true,
                List.of("Le Bourg")));
        long mobility = territories.listThemes().stream().filter(theme -> theme.code().equals("mobility")).findFirst()
                .orElseThrow().id();
        long hortense = residents.signIn("https://auth.example.fr", "sub-hv-31415", "Hortense Vrillac").id();
        long octave = residents.signIn("https://auth.example.fr", "sub-ob-27182", "Octave Brunelle").id();

        Actors.resident(hortense);
        residents.updateMyProfile(new ProfileForm("Hortense Vrillac", AgeBand.FROM_65_TO_74,
                commune.districts().getFirst().id(), "fr"));
        emails.saveMyChoices("hortense@example.fr", false, EnumSet.allOf(NotificationKind.class));
        tricky = ideas.submitIdea(new IdeaForm("=HYPERLINK(\"x\"), un \"vrai\" titre", "Une idée dont le titre "
                + "ressemble à une formule de tableur, avec une virgule et des guillemets.", mobility, commune.id(),
                commune.districts().getFirst().id()));
        hidden = ideas.submitIdea(new IdeaForm("Une idée bientôt masquée", "Cette idée sera masquée par la modération "
                + "et ne doit pas apparaître dans les données ouvertes.", mobility, commune.id(), null));
        Actors.resident(octave, Role.MODERATOR);
        supports.support(tricky);
        comments.postComment(tricky, null, "Octave Brunelle approuve, écrit par Octave lui-même.");
        moderation.hide(fr.sensiblecity.ideas.ContentType.IDEA, hidden, "Hors charte");
        Actors.clear();
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void no_dataset_holds_a_name_subject_email_or_declared_feature_in_either_format() throws Exception {
        assertThat(datasets).extracting(OpenDataset::name).contains("ideas");
        for (OpenDataset dataset : datasets) {
            for (String extension : List.of("csv", "json")) {
                String body = download("/open-data/" + dataset.name() + "." + extension).getContentAsString(
                        StandardCharsets.UTF_8);
                for (String personal : PERSONAL) {
                    assertThat(body).as("%s.%s", dataset.name(), extension).doesNotContain(personal);
                }
            }
        }
    }

    @Test
    void the_ideas_csv_is_rfc_4180_utf_8_with_formulas_defused_and_without_hidden_ideas() throws Exception {
        MockHttpServletResponse response = download("/open-data/ideas.csv");

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        String[] lines = response.getContentAsString(StandardCharsets.UTF_8).split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("id,title,theme_code,territory_code,district,state,created_on,supports,comments,answer,"
                + "support_chain_head,support_chain_computed_at");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).as("the last line ends with CRLF too").isEmpty();
        assertThat(lines[1]).startsWith(tricky + ",\"'=HYPERLINK(\"\"x\"\"), un \"\"vrai\"\" titre\",mobility,99102,Le Bourg,"
                + "PUBLISHED,").contains(",1,1,," + supports.chainHead(tricky).head() + ",")
                .endsWith("," + supports.chainHead(tricky).computedAt());
    }

    @Test
    void the_ideas_json_is_an_array_of_objects_keyed_by_column() throws Exception {
        String body = download("/open-data/ideas.json").getContentAsString(StandardCharsets.UTF_8);

        List<Map<String, Object>> rows = json.readValue(body, new TypeReference<>() { });
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsOnlyKeys("id", "title", "theme_code", "territory_code", "district", "state",
                    "created_on", "supports", "comments", "answer", "support_chain_head", "support_chain_computed_at");
            assertThat(row).containsEntry("support_chain_head", supports.chainHead(tricky).head());
            assertThat(row).containsEntry("title", "=HYPERLINK(\"x\"), un \"vrai\" titre").containsEntry("supports", 1)
                    .containsEntry("territory_code", "99102").containsEntry("answer", null);
        });
    }

    @Test
    void an_unknown_dataset_is_not_found() throws Exception {
        visitor.perform(get("/open-data/residents.csv")).andExpect(status().isNotFound());
    }

    @Test
    void cells_are_quoted_and_defused_as_the_page_says() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("+33 6")).isEqualTo("'+33 6");
        assertThat(CsvWriter.cell("-moins")).isEqualTo("'-moins");
        assertThat(CsvWriter.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvWriter.cell(-5)).isEqualTo("-5");
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
        assertThat(CsvWriter.cell("été")).isEqualTo("été");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    /** As a visitor: no sign-in, through the real security filters; the body is written asynchronously. */
    private MockHttpServletResponse download(String path) throws Exception {
        MvcResult started = visitor.perform(get(path)).andExpect(status().isOk()).andReturn();
        return visitor.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
    }
}
