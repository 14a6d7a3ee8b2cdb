package nl.participationsuite.domain.shared;

/**
 * Something that does not exist, or that the caller may not see: the two are answered the same,
 * so that nobody learns that someone else's data exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
