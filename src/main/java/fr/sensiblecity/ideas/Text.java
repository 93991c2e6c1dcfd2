package fr.sensiblecity.ideas;

/** Normalises what people type: no control characters, no runs of blank lines, no surrounding spaces. */
final class Text {

    private Text() {
    }

    static String singleLine(String raw) {
        return raw.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
    }

    static String multiLine(String raw) {
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        String noControls = unified.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
        return noControls.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
