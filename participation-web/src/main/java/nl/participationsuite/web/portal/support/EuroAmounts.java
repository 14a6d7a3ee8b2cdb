package nl.participationsuite.web.portal.support;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Euro amounts as residents type and read them: "12,50", "€ 12,50", "12.50" or "1.000" in, euro
 * cents out; cents shown the Dutch way ("€ 12,50") in both languages, as the product pays in the
 * Netherlands. The domain decides which amounts are allowed; this only reads the text.
 */
final class EuroAmounts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** Whole euros (at most nine digits, or with dots per thousand) and at most two decimals after a comma or point. */
    private static final Pattern AMOUNT = Pattern.compile("(-?)(\\d{1,9}|\\d{1,3}(?:\\.\\d{3})+)(?:[,.](\\d{1,2}))?");

    private EuroAmounts() {
    }

    /** The amount in cents (negative when typed with a minus), or null when the text is no amount. */
    static Long parseCents(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replace("€", "").replace("EUR", "").replaceAll("\\s", "");
        Matcher matcher = AMOUNT.matcher(plain);
        if (!matcher.matches()) {
            return null;
        }
        long euros = Long.parseLong(matcher.group(2).replace(".", ""));
        String decimals = matcher.group(3) == null ? "0" : matcher.group(3);
        long cents = euros * 100 + Long.parseLong(decimals.length() == 1 ? decimals + "0" : decimals);
        return matcher.group(1).isEmpty() ? cents : -cents;
    }

    /** "€ 12,50"; null stays null. */
    static String format(Long cents) {
        return cents == null ? null : NumberFormat.getCurrencyInstance(DUTCH).format(cents / 100.0);
    }
}
