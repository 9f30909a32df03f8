package org.authgate.web.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.authgate.web.testing.HttpTestClient;

/**
 * One keep-alive HTTP/1.1 connection, plain or TLS, used by one load thread. Deliberately minimal (no pooling, no
 * HTTP/2, no redirects): the load generator shares two cores with the server, and every cycle it spends parsing is a
 * cycle the server does not get, so it writes requests as bytes and reads only status, length and body.
 */
final class BenchConnection implements AutoCloseable {
    private final BenchTarget target;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    BenchConnection(BenchTarget target) {
        this.target = target;
    }

    /** One request; reconnects once when the server closed the idle connection in between. */
    BenchReply send(String method, String path, String body, String... headers) throws IOException {
        byte[] request = request(method, path, body, headers);
        boolean fresh = socket == null;
        try {
            return exchange(request, method);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(request, method);
        }
    }

    private BenchReply exchange(byte[] request, String method) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(request);
        out.flush();
        return read(method);
    }

    private void connect() throws IOException {
        Socket plain = new Socket();
        plain.setTcpNoDelay(true);
        plain.connect(new InetSocketAddress(target.host(), target.port()), 10_000);
        plain.setSoTimeout(60_000);
        if (target.tls()) {
            SSLSocket tls = (SSLSocket) HttpTestClient.trustAllSslContext().getSocketFactory()
                    .createSocket(plain, target.host(), target.port(), true);
            tls.startHandshake();
            socket = tls;
        } else {
            socket = plain;
        }
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private byte[] request(String method, String path, String body, String... headers) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.host()).append(':').append(target.port()).append("\r\n")
                .append("User-Agent: authgate-bench\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + content.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        return all;
    }

    private BenchReply read(String method) throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        String body;
        if (method.equals("HEAD") || code == 204 || code == 304) {
            body = "";
        } else if (chunked) {
            body = chunks();
        } else if (length >= 0) {
            body = new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            closing = true;
        }
        if (closing) {
            close();
        }
        return new BenchReply(code, body);
    }

    private String chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers: none are expected, skip them
                }
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(n));
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection the server may already have closed
            }
            socket = null;
        }
    }
}
