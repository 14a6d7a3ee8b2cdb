package nl.participationsuite.web.forms;

import java.io.Serializable;
import java.util.Locale;

import nl.participationsuite.workflow.tasks.TaskConflictException;

/**
 * What an action tells the person on the page it redirects to: a message key, whether it is a
 * problem, and the one value the text names (a colleague's name), or null. Kept as a flash
 * attribute, so it must survive a session stored outside the JVM. Public for the workspace's
 * sub-packages and the portal, whose actions redirect with one too.
 */
public record Notice(boolean problem, String messageKey, String argument) implements Serializable {

    public static final String ATTRIBUTE = "notice";

    public static Notice success(String messageKey) {
        return new Notice(false, messageKey, null);
    }

    public static Notice problem(String messageKey) {
        return new Notice(true, messageKey, null);
    }

    /**
     * What actually happened to a task the person acted on, under {@code prefix} in the bundles:
     * {@code <prefix>.completed-by-you}, {@code .completed-by-someone-else}, {@code .claimed-by-colleague}
     * (with the colleague's name; {@code .claimed-by-colleague.unnamed} without), {@code .no-longer-open}
     * or {@code .busy}.
     */
    public static Notice conflict(String prefix, TaskConflictException conflict) {
        String key = prefix + "." + conflict.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (conflict.reason() == TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE) {
            return conflict.holder() == null ? problem(key + ".unnamed") : new Notice(true, key, conflict.holder());
        }
        return problem(key);
    }
}
