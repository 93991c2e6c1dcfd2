package fr.sensiblecity.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sensiblecity.drafts.DraftPhase;
import fr.sensiblecity.moderation.ContentKind;
import fr.sensiblecity.projects.LineStatus;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Keys the code builds while it runs (from enum names, audit actions) exist in French and in English: a missing
 * one shows the reader a raw key such as {@code audit.action.CREATE_PROGRAMME}, and no literal-key check sees it.
 */
class TranslatedNamesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern AUDIT_CALL = Pattern.compile("\\baudit\\.append\\(");
    private static final Pattern ACTION_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");

    @Test
    void every_key_an_enum_gives_for_its_constants_exists_in_both_languages() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : enumsOfTheApplication()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && method.getReturnType() == String.class
                        && !Modifier.isStatic(method.getModifiers()) && method.getName().endsWith("Key")) {
                    method.setAccessible(true);
                    for (Object constant : type.getEnumConstants()) {
                        keys.add((String) method.invoke(constant));
                    }
                }
            }
        }
        assertThat(keys).as("labelKey() and messageKey() of every enum").hasSizeGreaterThan(80);
        assertThat(missing(keys)).isEmpty();
    }

    /**
     * An enum whose constants can reach a page names them through {@code labelKey()}, which the test above holds
     * to both bundles; the others say why they need no name. Found by scanning the classpath, so a new enum is
     * checked the day it is written.
     */
    @Test
    void every_enum_of_the_application_names_its_constants_or_says_why_it_need_not() throws Exception {
        List<String> unnamed = new ArrayList<>();
        List<Class<?>> enums = enumsOfTheApplication();
        for (Class<?> type : enums) {
            if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue; // an enum a test declares for itself
            }
            boolean named = Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.getParameterCount() == 0
                    && method.getReturnType() == String.class && method.getName().endsWith("Key"));
            if (!named && !type.isAnnotationPresent(NotShownToPeople.class)) {
                unnamed.add(type.getName());
            }
        }
        assertThat(enums).as("enums found on the classpath").hasSizeGreaterThan(25);
        assertThat(unnamed).as("enums with neither labelKey() nor @NotShownToPeople").isEmpty();
    }

    /** Keys put together in views from an enum constant's name, each family as its view builds it. */
    @Test
    void every_key_a_view_builds_from_an_enum_name_exists_in_both_languages() throws IOException {
        Set<String> keys = new TreeSet<>();
        // Buttons for the phase or status one can move to: every constant but the first one.
        keys.addAll(family("drafts.advance.", Arrays.copyOfRange(DraftPhase.values(), 1, DraftPhase.values().length),
                TranslatedNamesTest::lowerCase));
        keys.addAll(family("manage.line.", reachable(), TranslatedNamesTest::lowerCase));
        keys.addAll(family("manage.line.", reachable(), status -> lowerCase(status) + "Of"));
        for (Locale language : Languages.SUPPORTED) {
            keys.add("language.name." + language.toLanguageTag());
            keys.add("language.switchTo." + language.getLanguage());
        }
        assertThat(missing(keys)).isEmpty();
    }

    /**
     * Audit actions are strings written where each action happens; the audit page shows them through
     * {@code audit.action.NAME}. They are read from the calls in the source, so that a new action cannot be
     * added without its two texts; a call whose action cannot be read here fails too.
     */
    @Test
    void every_audit_action_the_code_records_has_a_label_in_both_languages() throws Exception {
        Set<String> actions = new TreeSet<>();
        Set<String> detailed = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        List<Class<?>> enums = enumsOfTheApplication();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = AUDIT_CALL.matcher(source);
                while (call.find()) {
                    List<String> arguments = arguments(source, call.end());
                    if (arguments.size() == 5) {
                        Set<String> these = actionsOf(arguments.get(1).strip(), source, file);
                        actions.addAll(these);
                        if (arguments.get(4).contains("AuditDetails")) {
                            detailed.addAll(these);
                        }
                        targets.addAll(targetsOf(arguments.get(2).strip(), source, file, enums));
                    }
                }
            }
        }
        assertThat(actions).as("audit actions found in the source").hasSizeGreaterThan(40)
                .contains("HIDE", "ACCOUNT_ERASED", "FUNDING_LINE_COMMITTED", "PANEL_POOL_PURGED");
        assertThat(detailed).as("actions whose details are typed parts").hasSizeGreaterThan(25)
                .contains("CLOSE_CAMPAIGN", "OPEN_CAMPAIGN", "PANEL_PHASE", "CORRECT_FUNDING_LINE", "CREATE_PROGRAMME");
        assertThat(targets).as("audit target types found in the source")
                .contains("IDEA", "COMMENT", "CONSULTATION_COMMENT", "AMENDMENT_COMMENT", "PANEL", "PROJECT", "PROGRAMME", "TERRITORY", "RESIDENT");
        assertThat(missing(actions.stream().map(action -> "audit.action." + action).toList())).isEmpty();
        assertThat(missing(detailed.stream().map(action -> "audit.detail." + action).toList())).isEmpty();
        assertThat(missing(targets.stream().map(target -> "audit.target." + target).toList())).isEmpty();
    }

    /** The target types an audit call can record: a literal, a constant, an enum constant's or variable's name. */
    private static Set<String> targetsOf(String argument, String source, Path file, List<Class<?>> enums) {
        Set<String> found = new TreeSet<>();
        Matcher literal = ACTION_LITERAL.matcher(argument);
        if (literal.matches()) {
            found.add(literal.group(1));
        } else if (argument.matches("(\\w+\\.)?[A-Z][A-Z0-9_]*")) {
            String constant = argument.substring(argument.lastIndexOf('.') + 1);
            Matcher value = Pattern.compile(constant + "\\s*=\\s*\"([A-Z0-9_]+)\"").matcher(source);
            if (!value.find()) {
                value = Pattern.compile(constant + "\\s*=\\s*\"([A-Z0-9_]+)\"").matcher(sourceOf(argument, file));
                assertThat(value.find()).as(argument + " in " + file).isTrue();
            }
            found.add(value.group(1));
        } else if (argument.matches("\\w+\\.[A-Z][A-Z0-9_]*\\.name\\(\\)")) {
            found.add(argument.split("\\.")[1]);
        } else if (argument.matches("[a-z]\\w*\\.name\\(\\)")) {
            String variable = argument.substring(0, argument.indexOf('.'));
            Matcher declared = Pattern.compile("([A-Z]\\w*) " + variable + "\\b").matcher(source);
            assertThat(declared.find()).as("the type of " + variable + " in " + file).isTrue();
            Class<?> type = enums.stream().filter(each -> each.getSimpleName().equals(declared.group(1))).findFirst()
                    .orElseThrow(() -> new AssertionError("the enum " + declared.group(1) + " in " + file));
            Arrays.stream(type.getEnumConstants()).forEach(constant -> found.add(((Enum<?>) constant).name()));
        } else if (argument.matches("[a-z]\\w*\\.key\\(\\)")) {
            // A moderated text's kind: every kind a module plugs into moderation.
            enums.stream().filter(ContentKind.class::isAssignableFrom).flatMap(type -> Arrays.stream(type.getEnumConstants()))
                    .forEach(constant -> found.add(((ContentKind) constant).key()));
        }
        assertThat(found).as("the audit target type in " + file + ": " + argument).isNotEmpty();
        return found;
    }

    /** The source of the class a qualified constant such as {@code PanelService.AUDIT_TARGET} lives in. */
    private static String sourceOf(String qualified, Path file) {
        try {
            return Files.readString(file.resolveSibling(qualified.substring(0, qualified.indexOf('.')) + ".java"));
        } catch (IOException | StringIndexOutOfBoundsException missing) {
            throw new AssertionError("the class of " + qualified + " next to " + file, missing);
        }
    }

    private static Set<String> actionsOf(String argument, String source, Path file) {
        Set<String> found = new TreeSet<>();
        Matcher literal = ACTION_LITERAL.matcher(argument);
        while (literal.find()) {
            found.add(literal.group(1));
        }
        if (argument.matches("\"[A-Z_]+_\" \\+ next\\.name\\(\\)")) {
            // A funding line's move: one action per status a line can move to.
            String prefix = found.iterator().next();
            found.clear();
            reachable().forEach(status -> found.add(prefix + status.name()));
        } else if (argument.matches("[A-Z][A-Z0-9_]*")) {
            Matcher constant = Pattern.compile(argument + "\\s*=\\s*\"([A-Z0-9_]+)\"").matcher(source);
            assertThat(constant.find()).as(argument + " in " + file).isTrue();
            found.add(constant.group(1));
        } else if (argument.matches("[a-z]\\w*")) {
            // A parameter: the actions are what the method's callers in the same file pass for it.
            Matcher method = Pattern.compile("(\\w+)\\(String " + argument + "\\b").matcher(source);
            assertThat(method.find()).as("the method taking " + argument + " in " + file).isTrue();
            Matcher callers = Pattern.compile("\\b" + method.group(1) + "\\(\"([A-Z0-9_]+)\"").matcher(source);
            while (callers.find()) {
                found.add(callers.group(1));
            }
        }
        assertThat(found).as("the audit action in " + file + ": " + argument).isNotEmpty();
        return found;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int at = from; at < source.length(); at++) {
            char c = source.charAt(at);
            if (c == '"' && source.charAt(at - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    private static List<LineStatus> reachable() {
        return Arrays.stream(LineStatus.values()).flatMap(status -> status.next().stream()).distinct().toList();
    }

    private static <E extends Enum<E>> List<String> family(String prefix, E[] constants, Function<E, String> name) {
        return family(prefix, Arrays.asList(constants), name);
    }

    private static <E extends Enum<E>> List<String> family(String prefix, List<E> constants, Function<E, String> name) {
        return constants.stream().map(constant -> prefix + name.apply(constant)).toList();
    }

    private static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static List<Class<?>> enumsOfTheApplication() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        List<Class<?>> enums = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("fr.sensiblecity")) {
            enums.add(ClassUtils.forName(definition.getBeanClassName(), TranslatedNamesTest.class.getClassLoader()));
        }
        return enums;
    }

    private static Set<String> missing(Iterable<String> keys) throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String bundle : new String[] {"translations_fr.properties", "translations_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : keys) {
                if (!texts.containsKey(key)) {
                    missing.add(bundle + ": " + key);
                }
            }
        }
        return missing;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
