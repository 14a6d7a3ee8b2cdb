package nl.participationsuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's "Running in production" stays true to the configuration table and to the files it names. */
class ReadmeProductionSectionTests {

    @Test
    void everySettingItNamesIsInTheConfigurationTable() {
        Set<String> named = new TreeSet<>();
        Matcher name = Pattern.compile("`(PARTICIPATION_[A-Z0-9_]+)").matcher(Readme.section("Running in production"));
        while (name.find()) {
            named.add(name.group(1));
        }
        assertThat(named).isNotEmpty();
        assertThat(Readme.environmentVariables()).containsAll(named);
    }

    @Test
    void everyFileItNamesExists() {
        Matcher path = Pattern.compile("`((?:deploy|docs)/[\\w./-]+)`").matcher(Readme.section("Running in production"));
        int files = 0;
        while (path.find()) {
            files++;
            assertThat(YamlFiles.DEPLOY.resolveSibling(path.group(1))).as(path.group(1)).exists();
        }
        assertThat(files).isPositive();
        assertThat(Files.exists(YamlFiles.DEPLOY.resolveSibling("docs/upgrade-path.md"))).isTrue();
    }
}
