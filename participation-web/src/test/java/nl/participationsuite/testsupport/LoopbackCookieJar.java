package nl.participationsuite.testsupport;

import java.net.CookieHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cookie handling of a browser on a developer machine, for {@link java.net.http.HttpClient}:
 * cookies per host, and {@code Secure} cookies sent over plain HTTP to loopback addresses, which
 * browsers treat as a secure context (Keycloak marks its login cookies {@code Secure}, and
 * {@link java.net.CookieManager} would never send them back over http://127.0.0.1).
 * Paths are ignored: the tests talk to one application and one realm per host.
 */
public class LoopbackCookieJar extends CookieHandler {

    private static final Pattern NAME_VALUE = Pattern.compile("^\\s*([^=;\\s]+)=([^;]*)");

    private static final Pattern MAX_AGE_ZERO = Pattern.compile("(?i);\\s*max-age=0\\b");

    private final Map<String, Map<String, String>> cookiesByHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, String> cookies = cookiesByHost.getOrDefault(hostOf(uri), Map.of());
        if (cookies.isEmpty()) {
            return Map.of();
        }
        List<String> pairs = new ArrayList<>();
        cookies.forEach((name, value) -> pairs.add(name + "=" + value));
        return Map.of("Cookie", List.of(String.join("; ", pairs)));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((header, values) -> {
            if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                Map<String, String> cookies = cookiesByHost.computeIfAbsent(hostOf(uri), host -> new LinkedHashMap<>());
                for (String value : values) {
                    Matcher nameValue = NAME_VALUE.matcher(value);
                    if (nameValue.find()) {
                        if (MAX_AGE_ZERO.matcher(value).find() || nameValue.group(2).isEmpty()) {
                            cookies.remove(nameValue.group(1));
                        }
                        else {
                            cookies.put(nameValue.group(1), nameValue.group(2));
                        }
                    }
                }
            }
        });
    }

    /** The value of a cookie the given host has set, or null. */
    public String value(String host, String name) {
        return cookiesByHost.getOrDefault(host, Map.of()).get(name);
    }

    private static String hostOf(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
