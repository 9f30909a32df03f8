package org.authgate.web.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cross-origin test's web page ({@code src/test/resources/cross-origin/page.html}), served by the test JVM on a
 * free loopback port: an origin of its own, {@code http://localhost:<port>}, other than authgate's.
 */
final class TestPage implements AutoCloseable {
    private static final String PAGE = "/cross-origin/page.html";

    private final HttpServer server;

    private TestPage(HttpServer server) {
        this.server = server;
    }

    static TestPage start() {
        byte[] page;
        try (InputStream in = TestPage.class.getResourceAsStream(PAGE)) {
            page = in.readAllBytes();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/page.html", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            });
            server.start();
            return new TestPage(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a browser sends as {@code Origin} from this page. */
    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The page's address with {@code parameters} as its query string, which the page's script reads. */
    String url(Map<String, String> parameters) {
        return origin() + "/page.html?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
