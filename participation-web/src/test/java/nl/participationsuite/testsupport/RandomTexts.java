package nl.participationsuite.testsupport;

import java.security.SecureRandom;

/** Random letters and digits, for names, e-mail addresses and phone numbers no other test uses. */
public final class RandomTexts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTexts() {
    }

    public static String letters(int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    public static String digits(int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
