package fr.sensiblecity.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.support.Actors;
import fr.sensiblecity.support.CleanDatabase;
import fr.sensiblecity.support.MariaDbTest;
import fr.sensiblecity.territories.TerritorySummary;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** An idea's optional image: checked by its content, resized and re-encoded by the server, with its alt text. */
@MariaDbTest
class IdeaImageTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    IdeaFixtures fixtures;

    @Autowired
    CleanDatabase database;

    @Autowired
    JdbcTemplate jdbc;

    TerritorySummary commune;
    long camille;

    @BeforeEach
    void aCommuneAndAResident() {
        database.wipe();
        commune = fixtures.commune(1240);
        camille = fixtures.resident("camille");
        Actors.resident(camille);
    }

    @AfterEach
    void signOut() {
        Actors.clear();
    }

    @Test
    void a_large_picture_is_stored_resized_and_re_encoded_with_its_alt_text() throws IOException {
        byte[] upload = png(3200, 1000, BufferedImage.TYPE_INT_RGB);
        byte[] withTrailer = Arrays.copyOf(upload, upload.length + 20);
        System.arraycopy("<script>x</script>!!".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, upload.length, 20);

        long id = ideas.submitIdea(fixtures.bikeIdea(commune), new IdeaImage.Upload(withTrailer, "  La place   du bourg "));

        Actors.visitor();
        IdeaImage image = ideas.image(id).orElseThrow();
        assertThat(image.altText()).isEqualTo("La place du bourg");
        assertThat(image.contentType()).isEqualTo("image/jpeg");
        assertThat(image.width()).isEqualTo(1600);
        assertThat(image.height()).isEqualTo(500);
        byte[] stored = ideas.imageContent(id).orElseThrow().bytes();
        assertThat(stored).startsWith(0xff, 0xd8, 0xff);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getWidth()).isEqualTo(1600);
    }

    @Test
    void a_transparent_picture_stays_a_png() throws IOException {
        long id = ideas.submitIdea(fixtures.bikeIdea(commune), new IdeaImage.Upload(png(40, 30,
                BufferedImage.TYPE_INT_ARGB), "Un logo"));
        assertThat(ideas.image(id).orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(ideas.image(id).orElseThrow().width()).isEqualTo(40);
    }

    @Test
    void a_file_is_judged_by_its_content_and_a_refused_image_refuses_the_idea() throws IOException {
        refused(new IdeaImage.Upload("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Un dessin"),
                "idea.error.imageType");
        byte[] broken = Arrays.copyOf(png(50, 50, BufferedImage.TYPE_INT_RGB), 60);
        refused(new IdeaImage.Upload(broken, "Une photo"), "idea.error.imageUnreadable");
        refused(new IdeaImage.Upload(png(50, 50, BufferedImage.TYPE_INT_RGB), "   "), "idea.error.imageAlt");
        refused(new IdeaImage.Upload(png(8000, 6000, BufferedImage.TYPE_BYTE_BINARY), "Un plan immense"),
                "idea.error.imageTooManyPixels");
        assertThat(jdbc.queryForObject("select count(*) from idea", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idea_image", Integer.class)).isZero();
    }

    @Test
    void the_author_replaces_changes_the_alt_text_of_and_removes_the_image_others_cannot() throws IOException {
        long id = ideas.submitIdea(fixtures.bikeIdea(commune), new IdeaImage.Upload(png(100, 80,
                BufferedImage.TYPE_INT_RGB), "Avant"));
        ideas.editIdea(id, fixtures.bikeIdea(commune), null, false, "La gare, vue du parking");
        assertThat(ideas.image(id).orElseThrow().altText()).isEqualTo("La gare, vue du parking");
        ideas.editIdea(id, fixtures.bikeIdea(commune), new IdeaImage.Upload(png(60, 40, BufferedImage.TYPE_INT_RGB),
                "Après"), false, null);
        assertThat(ideas.image(id).orElseThrow().width()).isEqualTo(60);

        Actors.resident(fixtures.resident("dominique"));
        assertThatThrownBy(() -> ideas.editIdea(id, fixtures.bikeIdea(commune), null, true, null))
                .isInstanceOf(AccessDeniedException.class);

        Actors.resident(camille);
        ideas.editIdea(id, fixtures.bikeIdea(commune), null, true, null);
        assertThat(ideas.image(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from idea_image_content", Integer.class)).isZero();
    }

    private void refused(IdeaImage.Upload upload, String key) {
        assertThatThrownBy(() -> ideas.submitIdea(fixtures.bikeIdea(commune), upload))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    private static byte[] png(int width, int height, int type) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, type);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(type == BufferedImage.TYPE_INT_ARGB ? new Color(0, 80, 160, 120) : Color.ORANGE);
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }
}
