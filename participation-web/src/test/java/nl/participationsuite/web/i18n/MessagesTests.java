package nl.participationsuite.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible text comes from the message bundles: Dutch ({@code messages.properties}, the
 * default) and English ({@code messages_en.properties}) have the same keys, every key a template
 * names exists, and no template holds text of its own.
 */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

    /** Text between tags that contains a letter: text of its own rather than from a bundle. */
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        Set<String> dutch = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(dutch));
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> dutch = load("messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!dutch.contains(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoTextOfTheirOwn() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher text = HARD_CODED_TEXT.matcher(html);
            while (text.find()) {
                hardCoded.add(TEMPLATES.relativize(template) + ": " + text.group(1).strip());
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        assertThat(HARD_CODED_TEXT.matcher("<p>Welkom</p>").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("<p th:text=\"#{home.title}\"></p>").find()).isFalse();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return properties;
    }
}
