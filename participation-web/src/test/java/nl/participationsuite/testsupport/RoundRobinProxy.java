package nl.participationsuite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A load balancer without session affinity in front of several application nodes on
 * {@code localhost}: every request for a page, a form post or a login step goes to the next node in
 * turn, so two requests in a row of one browser are never served by the same node. Static files
 * (the stylesheet, the icon) always go to the first node, so that what a browser fetches beside a
 * page does not shift the turn. It passes on the address the browser used as {@code X-Forwarded-*}
 * headers, as a real proxy does, and remembers which node served what.
 */
public final class RoundRobinProxy implements AutoCloseable {

    /** A request the proxy passed on: method, path with query, and the index of the node that served it. */
    public record Served(String method, String path, int node) {
    }

    /** Headers of one connection (RFC 9110 §7.6.1) and those the JDK's client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length", "expect", "date", "via",
            "from", "warning");

    private final HttpServer server;

    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    private final List<Integer> nodePorts;

    private final AtomicInteger turn = new AtomicInteger();

    private final List<Served> served = new CopyOnWriteArrayList<>();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private RoundRobinProxy(int port, List<Integer> nodePorts) throws IOException {
        this.nodePorts = List.copyOf(nodePorts);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
    }

    /** A proxy on {@code port} in front of the nodes on these ports, started. */
    public static RoundRobinProxy start(int port, List<Integer> nodePorts) {
        try {
            RoundRobinProxy proxy = new RoundRobinProxy(port, nodePorts);
            proxy.server.start();
            return proxy;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not listen on port " + port, ex);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The browser's address of a path behind the proxy. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** Everything passed on so far, in the order the requests arrived. */
    public List<Served> served() {
        return List.copyOf(served);
    }

    /** Forgets what was passed on so far. */
    public void clear() {
        served.clear();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                pass(exchange);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            }
            catch (IOException ex) {
                // the node is down or went away mid-answer: what a load balancer answers
                exchange.sendResponseHeaders(502, -1);
            }
        }
    }

    private void pass(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getRawPath();
        String pathAndQuery = exchange.getRequestURI().getRawQuery() == null ? path
                : path + "?" + exchange.getRequestURI().getRawQuery();
        int node = isStatic(path) ? 0 : Math.floorMod(turn.getAndIncrement(), nodePorts.size());
        served.add(new Served(exchange.getRequestMethod(), pathAndQuery, node));
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nodePorts.get(node) + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        String host = exchange.getRequestHeaders().getFirst("Host");
        request.header("X-Forwarded-Host", host == null ? "localhost" : host.replaceAll(":\\d+$", ""))
                .header("X-Forwarded-Port", String.valueOf(port()))
                .header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] answer = response.body();
        boolean empty = answer.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
        if (!empty) {
            exchange.getResponseBody().write(answer);
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.equals("/favicon.ico");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
