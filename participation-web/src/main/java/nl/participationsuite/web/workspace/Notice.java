package nl.participationsuite.web.workspace;

import java.io.Serializable;

/**
 * What an action tells the person on the page it redirects to: a message key and whether it is a
 * problem. Kept as a flash attribute, so it must survive a session stored outside the JVM.
 */
record Notice(boolean problem, String messageKey) implements Serializable {

    static final String ATTRIBUTE = "notice";

    static Notice success(String messageKey) {
        return new Notice(false, messageKey);
    }

    static Notice problem(String messageKey) {
        return new Notice(true, messageKey);
    }
}
