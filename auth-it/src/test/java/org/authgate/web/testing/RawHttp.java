package org.authgate.web.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for requests {@link HttpTestClient} cannot send: the request target goes on
 * the wire byte for byte ({@code ;params}, {@code %2F}, {@code //}, {@code /../}, which java.net.URI would
 * normalise or refuse), headers of any size and content, any method. One keep-alive connection, opened
 * again when the server closes it; not thread-safe (use one per thread).
 *
 * <pre>{@code
 * try (RawHttp raw = RawHttp.local()) {
 *     RawHttp.Response r = raw.send("POST", "/api;x/v1/login", body, "Content-Type", "application/json");
 * }
 * }</pre>
 */
public final class RawHttp implements Closeable {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The IT server's plain HTTP listener. */
    public static RawHttp local() {
        return new RawHttp("localhost", HttpTestClient.HTTP.getPort());
    }

    /**
     * Sends one request: {@code body} null for none (else a Content-Length is added, unless the headers name a
     * Transfer-Encoding: then the body goes as given, chunks and all), headers as name/value pairs (a Host header
     * is added).
     */
    public Response send(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        boolean chunked = false;
        for (int i = 0; i < headers.length; i += 2) {
            chunked |= headers[i].equalsIgnoreCase("Transfer-Encoding");
        }
        if (body != null && !chunked) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        boolean reused = socket != null;
        try {
            return exchange(method, start, body);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw new UncheckedIOException(method + " " + target + " failed", e);
            }
        }
        try {
            // the server closed the idle keep-alive connection before this request: once more on a new one
            return exchange(method, start, body);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(method + " " + target + " failed", e);
        }
    }

    /** Like {@link #send(String, String, byte[], String...)} with a UTF-8 text body. */
    public Response send(String method, String target, String body, String... headers) {
        return send(method, target, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private Response exchange(String method, byte[] start, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        out.write(start);
        if (body != null) {
            out.write(body);
        }
        out.flush();
        Response response = read(method.equals("HEAD"));
        if (response.header("connection").map(v -> v.equalsIgnoreCase("close")).orElse(false)) {
            close();
        }
        return response;
    }

    private Response read(boolean head) throws IOException {
        String statusLine = line();
        while (statusLine.isEmpty()) {
            statusLine = line();
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        byte[] body;
        List<String> length = headers.get("content-length");
        List<String> encoding = headers.get("transfer-encoding");
        if (head || status / 100 == 1 || status == 204 || status == 304) {
            body = new byte[0];
        } else if (encoding != null && encoding.get(0).toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked();
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length.get(0)));
        } else {
            body = in.readAllBytes();
            close();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon >= 0 ? size.substring(0, semicolon) : size).strip(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** A whole response; header names in lower case. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public String contentType() {
            return header("content-type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
