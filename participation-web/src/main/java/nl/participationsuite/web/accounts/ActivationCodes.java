package nl.participationsuite.web.accounts;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * One-time activation codes for a letter: three groups of four characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), easy to read aloud and to type over from paper.
 */
@Component
class ActivationCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
