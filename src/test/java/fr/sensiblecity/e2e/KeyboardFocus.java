package fr.sensiblecity.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.util.Map;

/** Moves through a page with the Tab key only, as a keyboard or switch user does, and checks what they see. */
final class KeyboardFocus {

    /** More stops than any page frame should need before its main controls. */
    private static final int MAX_TABS = 15;

    private KeyboardFocus() {
    }

    /**
     * Presses Tab until the element with this id has the focus, then checks that the focus shows: a keyboard
     * user who cannot see where they are cannot use the page (WCAG 2.4.7).
     */
    static void tabTo(Page page, String id) {
        StringBuilder path = new StringBuilder();
        for (int tab = 1; tab <= MAX_TABS; tab++) {
            page.keyboard().press("Tab");
            Map<?, ?> focused = focused(page);
            if (id.equals(focused.get("id"))) {
                assertNotEquals("none", focused.get("outlineStyle"),
                        "#" + id + " has the keyboard focus but no visible outline");
                return;
            }
            path.append(" → ").append(focused.get("description"));
        }
        fail("Tab never reached #" + id + " in " + MAX_TABS + " presses; the focus went" + path);
    }

    private static Map<?, ?> focused(Page page) {
        // The host element of a web component holds the focus as far as the page is concerned.
        return (Map<?, ?>) page.evaluate("""
                () => {
                  const element = document.activeElement;
                  if (!element || element === document.body) {
                    return { id: '', outlineStyle: '', description: 'body' };
                  }
                  return {
                    id: element.id,
                    outlineStyle: getComputedStyle(element).outlineStyle,
                    description: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  };
                }""");
    }
}
