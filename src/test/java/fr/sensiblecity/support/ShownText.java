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
