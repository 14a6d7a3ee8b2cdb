package nl.participationsuite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML files (every document of a file) and walks the maps and lists they hold. */
final class YamlFiles {

    /** The deploy module's folder: Maven runs the tests there. */
    static final Path DEPLOY = Path.of("").toAbsolutePath();

    private YamlFiles() {
    }

    static List<Map<String, Object>> documents(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (document != null) {
                documents.add(map(document, file.toString()));
            }
        }
        return documents;
    }

    static Map<String, Object> document(Path file) {
        List<Map<String, Object>> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " holds " + documents.size() + " documents, not one");
        }
        return documents.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(what + " is not a map: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** The value at a dotted path ("spec.template.spec"), or null when any step is missing. */
    static Object at(Object root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    static Map<String, Object> mapAt(Object root, String path) {
        Object value = at(root, path);
        return value == null ? Map.of() : map(value, path);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listAt(Object root, String path) {
        Object value = at(root, path);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(path + " is not a list: " + value);
        }
        return (List<Map<String, Object>>) list;
    }

    static String string(Object root, String path) {
        return Objects.toString(at(root, path), null);
    }
}
