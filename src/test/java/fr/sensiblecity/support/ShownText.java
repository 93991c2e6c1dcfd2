package fr.sensiblecity.support;

import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;

/**
 * The text a browser shows for a server-side element: its text nodes, and what the parts written as HTML (an
 * {@code innerHTML} property, as idea cards are) read once parsed.
 */
public final class ShownText {

    private ShownText() {
    }

    /** The element's children written as HTML, parsed as the browser parses them, to select in. */
    public static org.jsoup.nodes.Element written(Element element) {
        return Jsoup.parseBodyFragment(element.getChildren().map(child -> child.getProperty("innerHTML", ""))
                .collect(java.util.stream.Collectors.joining())).body();
    }

    public static String of(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        StringBuilder text = new StringBuilder();
        String html = element.getProperty("innerHTML", null);
        if (html != null) {
            text.append(Jsoup.parseBodyFragment(html).text());
        }
        element.getChildren().forEach(child -> text.append(of(child)));
        return text.toString();
    }
}
