package nl.participationsuite.web.forms;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Names the parts of a form field in templates ({@code ${@formIds.of(name)}}), the same way in the
 * field and in the error summary that links to it: a field's id is its name with indexes and
 * nesting turned into dashes ({@code proposals[0].role} → {@code proposals-0-role}), its label key
 * is a prefix and the name without indexes ({@code proposals.role}).
 */
@Component("formIds")
public class FormIds {

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    public String of(String fieldName) {
        return fieldName.replace("]", "").replace('[', '-').replace('.', '-');
    }

    public String labelKey(String prefix, String fieldName) {
        return prefix + INDEX.matcher(fieldName).replaceAll("");
    }
}
