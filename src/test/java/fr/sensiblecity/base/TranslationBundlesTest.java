package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a page shows exists in French and in English, and reads as written. */
class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([A-Za-z0-9_.]+)\"(?=\\s*[,)])");

    @Test
    void french_and_english_have_the_same_keys() throws IOException {
        assertThat(load("translations_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("translations_fr.properties").stringPropertyNames());
    }

    /** Vaadin formats a text with MessageFormat only when it has arguments; apostrophes must follow suit. */
    @Test
    void apostrophes_are_doubled_exactly_in_texts_with_arguments() throws IOException {
        for (String bundle : new String[] {"translations_fr.properties", "translations_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean arguments = text.matches("(?s).*\\{\\d.*");
                if (arguments) {
                    assertThat(text).as(bundle + " " + key).doesNotContainPattern("(?<!')'(?!')");
                } else {
                    assertThat(text).as(bundle + " " + key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Properties french = load("translations_fr.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    if (!french.containsKey(keys.group(1))) {
                        missing.add(keys.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
