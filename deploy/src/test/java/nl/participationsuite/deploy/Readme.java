package nl.participationsuite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the README's Configuration section documents: the environment variables the application reads. */
final class Readme {

    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Z0-9]*_[A-Z0-9_]+)`");
    /** "`PARTICIPATION_SMTP_USERNAME` / `_PASSWORD`": the second name replaces the first's last part. */
    private static final Pattern NAME_AND_SUFFIX = Pattern.compile("`([A-Z][A-Z0-9_]+)_[A-Z0-9]+` / `(_[A-Z0-9]+)`");

    private Readme() {
    }

    static String text() {
        try {
            return Files.readString(YamlFiles.DEPLOY.resolveSibling("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A level-2 section ("## Configuration") up to the next one. */
    static String section(String title) {
        String text = text();
        int start = text.indexOf("\n## " + title + "\n");
        if (start < 0) {
            throw new IllegalStateException("the README has no section " + title);
        }
        int end = text.indexOf("\n## ", start + 4);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /** Every environment variable named in the Configuration section: its table and the lines after it. */
    static Set<String> environmentVariables() {
        String configuration = section("Configuration");
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(configuration);
        while (name.find()) {
            names.add(name.group(1));
        }
        Matcher suffix = NAME_AND_SUFFIX.matcher(configuration);
        while (suffix.find()) {
            names.add(suffix.group(1) + suffix.group(2));
        }
        return names;
    }
}
