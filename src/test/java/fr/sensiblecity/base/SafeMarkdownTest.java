package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Whatever residents type, what the page receives cannot run. */
class SafeMarkdownTest {

    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<body onload=alert(1)>",
            "\"><script>alert(1)</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "[a](vbscript:msgbox(1))",
            "<object data=\"javascript:alert(1)\">",
            "<input autofocus onfocus=alert(1)>",
            "**bold** <b onmouseover=alert(1)>x</b>",
            "<<script>script>alert(1)<</script>/script>");

    static final Set<String> HARMLESS_TAGS = Set.of("div", "p", "em", "strong", "ul", "ol", "li", "blockquote", "a",
            "br", "b", "i");

    /** Read as a browser would: only harmless elements, no event handler, links only to the web or e-mail. */
    @ParameterizedTest
    @FieldSource("XSS")
    void a_script_payload_comes_out_inert(String payload) {
        Element body = Jsoup.parseBodyFragment(SafeMarkdown.toHtml("Texte " + payload)).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(HARMLESS_TAGS).as("element <%s> from %s", element.tagName(), payload).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(payload).doesNotStartWith("on").isNotEqualTo("style");
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).as(payload).matches("(https?:|mailto:|#).*");
                }
            }
        }
    }

    @Test
    void the_small_markdown_subset_is_rendered() {
        String html = SafeMarkdown.toHtml("Un *vélo* **partagé**\n\n- près de l'école\n- à la gare\n\n[Mairie](https://example.fr)");
        assertThat(html).contains("<em>vélo</em>", "<strong>partagé</strong>", "<li>près de l'école</li>",
                "href=\"https://example.fr\"", "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void an_excerpt_holds_the_words_a_reader_sees_without_addresses_quote_marks_or_images() {
        String markdown = "Voir [le plan](https://example.org/plan) et *vite* :\n\n- un\n- deux\n\n> cité\n\n"
                + "![un schéma](https://example.org/s.png) fin <b>";
        assertThat(SafeMarkdown.toPlainText(markdown)).isEqualTo("Voir le plan et vite : un deux cité fin <b>");
        // The same words as the page's text, read from the rendered HTML.
        assertThat(SafeMarkdown.toPlainText(markdown))
                .isEqualTo(Jsoup.parse(SafeMarkdown.toHtml(markdown)).text());
    }
}
