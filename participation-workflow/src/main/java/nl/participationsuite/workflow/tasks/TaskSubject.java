package nl.participationsuite.workflow.tasks;

/**
 * Whom or what a task is about, as a list names it: the resident of a motivation conversation, the
 * first words of an input to answer, the proposal of a vote.
 *
 * @param text the name or title, or for an input its first words (at most {@link #MAX_LENGTH} characters)
 */
public record TaskSubject(Kind kind, String text) {

    /** How long a subject may be in a list; a longer text is cut at a word and ends in "…". */
    public static final int MAX_LENGTH = 80;

    public TaskSubject {
        text = shortened(text);
    }

    /** What kind of thing the subject names, so a list can say "with", "about" or "proposal". */
    public enum Kind {
        /** A person: the resident of a motivation conversation, the holder of a role agreement, who stepped back. */
        PERSON,
        /** A resident's input, by its topic or its first words. */
        INPUT,
        /** The proposal a decision round puts to the vote. */
        PROPOSAL,
        /** A success to make visible. */
        SUCCESS
    }

    /** The text on one line, cut at a word when it is longer than a list can show. */
    static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LENGTH - 1);
        return (cut > MAX_LENGTH / 2 ? line.substring(0, cut) : line.substring(0, MAX_LENGTH - 1)).strip() + "…";
    }
}
