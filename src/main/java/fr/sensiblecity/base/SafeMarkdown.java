package fr.sensiblecity.base;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The small Markdown subset residents may write (paragraphs, emphasis, lists, quotes, links), rendered to HTML
 * that cannot run anything: typed HTML is escaped by the renderer, and the result is cleaned again against an
 * allow-list, so a bug in one layer is not enough for a script to get through.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class, BlockQuote.class))
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Safelist ALLOWED = Safelist.basic()
            .removeTags("span", "cite", "dl", "dd", "dt", "sub", "sup", "pre", "code", "small", "strike", "u", "q")
            .addAttributes("a", "target")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private SafeMarkdown() {
    }

    /** HTML for the text, wrapped in one {@code div} so a component can hold it. */
    public static String toHtml(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return "<div class=\"sc-markdown\">" + Jsoup.clean(rendered, ALLOWED) + "</div>";
    }

    /** The words of the text without its marks, on one line: for excerpts on cards. */
    public static String toPlainText(String markdown) {
        // Straight from the parsed text (no HTML, no second parse): a list of cards calls this for each card.
        Words words = new Words();
        PARSER.parse(markdown).accept(words);
        return BLANKS.matcher(words.text).replaceAll(" ").strip();
    }

    /**
     * The words as a reader sees them on the rendered page: a link's text without its address, a quote without
     * marks, an image not at all (commonmark's own text renderer writes addresses and quote marks).
     */
    private static final class Words extends AbstractVisitor {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlInline node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            text.append(' ').append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(Paragraph node) {
            text.append(' ');
            visitChildren(node);
            text.append(' ');
        }

        @Override
        public void visit(Image node) {
            // The rendered page shows no alternative text in place of an image; neither does the excerpt.
        }
    }
}
