package nl.participationsuite.web.workspace;

import java.io.Serializable;

/**
 * What an action tells the person on the page it redirects to: a message key and whether it is a
 * problem. Kept as a flash attribute, so it must survive a session stored outside the JVM. Public for
 * the workspace's sub-packages, whose actions redirect with one too.
 */
public record Notice(boolean problem, String messageKey) implements Serializable {

    public static final String ATTRIBUTE = "notice";

    public static Notice success(String messageKey) {
        return new Notice(false, messageKey);
    }

    public static Notice problem(String messageKey) {
        return new Notice(true, messageKey);
    }
}
