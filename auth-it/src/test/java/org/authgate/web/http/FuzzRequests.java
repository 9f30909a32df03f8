package org.authgate.web.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Malformed requests over every route of the native API and of every dialect, generated from one seeded
 * {@link Random}: the same seed gives the same requests in the same order. Each request starts from a route and
 * its usual body and breaks some of it: the method, the path ({@link PathTricks}, odd parameters, query
 * strings), the body (broken, truncated, deep, huge strings and numbers, wrong types, odd bytes and charsets),
 * the content type and the headers (odd Authorization values, JSON headers, huge headers).
 */
final class FuzzRequests {
    private static final String SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
    private static final String UUID = "3f2c8a1e-0b7d-4c55-9a57-0a7e1f7c2b10";

    /** A route as its clients call it: method, path and usual body (null: none). */
    record Route(String method, String path, String body) {
    }

    /** One generated request; {@code path} is the target without its query. */
    record Request(int index, String method, String target, String path, byte[] body, String[] headers) {
        String describe() {
            StringBuilder text = new StringBuilder("#").append(index).append(' ').append(method).append(' ')
                    .append(cut(target, 200));
            for (int i = 0; i < headers.length; i += 2) {
                text.append("\n    ").append(headers[i]).append(": ").append(cut(headers[i + 1], 120));
            }
            if (body != null) {
                text.append("\n    body (").append(body.length).append(" bytes): ")
                        .append(cut(new String(body, StandardCharsets.ISO_8859_1), 200));
            }
            return text.toString();
        }
    }

    static final List<Route> ROUTES = List.of(
            // native API
            new Route("POST", "/api/v1/login", "{\"login\":\"fuzz\",\"password\":\"secret\",\"connector\":\"local\","
                    + "\"tenant\":\"default\",\"lifetimeSeconds\":600,\"refresh\":true,\"tokenFormat\":\"jwt\"}"),
            new Route("POST", "/api/v1/login/second-factor", "{\"challenge\":\"abc\",\"code\":\"123456\"}"),
            new Route("GET", "/api/v1/session", null),
            new Route("POST", "/api/v1/refresh", "{\"refreshToken\":\"abc\",\"lifetimeSeconds\":60}"),
            new Route("POST", "/api/v1/logout", "{}"),
            new Route("POST", "/api/v1/password", "{\"formerPassword\":\"a\",\"newPassword\":\"b\","
                    + "\"endOtherSessions\":true}"),
            new Route("POST", "/api/v1/introspect", "{\"token\":\"abc\"}"),
            new Route("POST", "/api/v1/totp/enrollment", null),
            new Route("POST", "/api/v1/totp/enrollment/confirm", "{\"code\":\"123456\"}"),
            new Route("GET", "/api/v1/ping", null),
            new Route("GET", "/api/v1/connectors", null),
            new Route("GET", "/.well-known/jwks.json", null),
            new Route("GET", "/api/v1/admin/accounts", null),
            new Route("POST", "/api/v1/admin/accounts", "{\"username\":\"fz\",\"password\":\"correct horse battery\","
                    + "\"email\":\"fz@example.test\",\"roles\":[\"user\"]}"),
            new Route("GET", "/api/v1/admin/accounts/" + UUID, null),
            new Route("PATCH", "/api/v1/admin/accounts/" + UUID, "{\"email\":\"x@example.test\",\"roles\":[]}"),
            new Route("POST", "/api/v1/admin/accounts/" + UUID + "/disable", null),
            new Route("POST", "/api/v1/admin/accounts/" + UUID + "/ban", "{\"reason\":\"x\"}"),
            new Route("POST", "/api/v1/admin/accounts/" + UUID + "/unlock", null),
            new Route("POST", "/api/v1/admin/accounts/" + UUID + "/reset-password", "{\"password\":\"x\"}"),
            new Route("GET", "/api/v1/admin/audit", null),
            new Route("GET", "/api/v1/admin/sessions", null),
            new Route("GET", "/api/v1/admin/sessions/" + UUID, null),
            new Route("DELETE", "/api/v1/admin/sessions/" + UUID, null),
            new Route("DELETE", "/api/v1/admin/sessions/of-subject/" + UUID, null),
            // Wazo
            new Route("POST", "/api/auth/0.1/token", "{\"backend\":\"wazo_user\",\"expiration\":3600,"
                    + "\"access_type\":\"offline\",\"client_id\":\"fuzz\"}"),
            new Route("GET", "/api/auth/0.1/token/" + UUID, null),
            new Route("HEAD", "/api/auth/0.1/token/" + UUID, null),
            new Route("DELETE", "/api/auth/0.1/token/" + UUID, null),
            new Route("DELETE", "/api/auth/0.1/users/me/tokens/fuzz", null),
            new Route("GET", "/api/auth/0.1/status", null),
            new Route("GET", "/api/auth/0.1/sessions", null),
            new Route("DELETE", "/api/auth/0.1/sessions/" + UUID, null),
            new Route("GET", "/api/auth/0.1/users/" + UUID + "/sessions", null),
            new Route("DELETE", "/api/auth/0.1/users/" + UUID + "/sessions/" + UUID, null),
            new Route("GET", "/api/confd/1.1/users/" + UUID, null),
            new Route("GET", "/api/confd/1.1/infos", null),
            // Kuzzle
            new Route("GET", "/_publicApi", null),
            new Route("POST", "/_login/local", "{\"username\":\"fuzz\",\"password\":\"secret\"}"),
            new Route("GET", "/_login/local", null),
            new Route("POST", "/_logout", "{}"),
            new Route("POST", "/_checkToken", "{\"token\":\"abc\"}"),
            new Route("POST", "/_refreshToken", "{}"),
            new Route("GET", "/_me", null),
            new Route("GET", "/users/_me", null),
            new Route("GET", "/_me/_rights", null),
            new Route("GET", "/strategies", null),
            new Route("GET", "/_me/credentials/local/_exists", null),
            new Route("PUT", "/_me/credentials/local/_update", "{\"password\":\"a\",\"currentPassword\":\"b\"}"),
            new Route("PUT", "/credentials/local/_me/_update", "{\"password\":\"a\",\"currentPassword\":\"b\"}"),
            new Route("OPTIONS", "/_login/local", null),
            // Azuriom
            new Route("POST", "/api/auth/authenticate", "{\"email\":\"fuzz\",\"password\":\"secret\",\"code\":null}"),
            new Route("POST", "/api/auth/verify", "{\"access_token\":\"abc\"}"),
            new Route("POST", "/api/auth/logout", "{\"access_token\":\"abc\"}"),
            // OneEntry
            new Route("GET", "/api/content/users-auth-providers?langCode=en_US&offset=0&limit=30", null),
            new Route("GET", "/api/content/users-auth-providers/marker/email?langCode=en_US", null),
            new Route("POST", "/api/content/users-auth-providers/marker/email/users/auth", "{\"authData\":["
                    + "{\"marker\":\"login\",\"value\":\"fuzz\"},{\"marker\":\"password\",\"value\":\"secret\"}]}"),
            new Route("POST", "/api/content/users-auth-providers/marker/email/users/refresh", "{\"refreshToken\":\"a\"}"),
            new Route("POST", "/api/content/users-auth-providers/marker/email/users/logout", "{\"refreshToken\":\"a\"}"),
            new Route("POST", "/api/content/users-auth-providers/marker/email/users/logout-all", null),
            new Route("GET", "/api/content/users-auth-providers/marker/email/users/sessions", null),
            new Route("POST", "/api/content/users-auth-providers/marker/email/users/change-password",
                    "{\"userIdentifier\":\"fuzz\",\"eventIdentifier\":\"e\",\"code\":\"1\",\"type\":\"t\","
                            + "\"password1\":\"a\",\"password2\":\"a\"}"),
            // 365View
            new Route("GET", "/login", null),
            new Route("POST", "/login/prepare", null),
            new Route("POST", "/login", "{\"kind\":\"login\",\"title\":\"fuzz\",\"path\":\"\",\"password\":"
                    + "{\"value\":\"0011223344556677\",\"former\":\"\",\"reset\":false}}"),
            new Route("POST", "/login/en_US", "{\"kind\":\"login\",\"title\":\"fuzz\",\"path\":\"\",\"password\":"
                    + "{\"value\":\"0011223344556677\",\"former\":\"\",\"reset\":false}}"),
            new Route("DELETE", "/login/0123456789abcdef", null));

    private final Random random;
    private final String adminToken;
    private final String appToken;

    FuzzRequests(long seed, String adminToken, String appToken) {
        this.random = new Random(seed);
        this.adminToken = adminToken;
        this.appToken = appToken;
    }

    Request next(int index) {
        Route route = ROUTES.get(random.nextInt(ROUTES.size()));
        String method = chance(12) ? METHODS[random.nextInt(METHODS.length)] : route.method();
        String target = path(route.path());
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        List<String> headers = new ArrayList<>();
        byte[] body = null;
        if (!method.equals("GET") && !method.equals("HEAD") && !chance(5)) {
            body = body(route.body());
            if (!chance(35)) {
                headers.add("Content-Type");
                headers.add("application/json");
            } else {
                String type = contentType();
                if (type != null) {
                    headers.add("Content-Type");
                    headers.add(type);
                }
            }
        }
        headers(headers);
        return new Request(index, method, target, path, body, headers.toArray(String[]::new));
    }

    private String path(String path) {
        int roll = random.nextInt(100);
        String query = "";
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q);
            path = path.substring(0, q);
        }
        if (roll < 15) {
            path = PathTricks.ALL.get(random.nextInt(PathTricks.ALL.size())).on(path);
        } else if (roll < 27) {
            // an odd value in place of the last segment (a token, an id, a strategy, a marker, a locale)
            path = path.substring(0, path.lastIndexOf('/') + 1) + pick("", "x".repeat(1 + random.nextInt(3000)),
                    "%C3%A9t%C3%A9", "%FF%FE%FD", "null", "-1", "99999999999999999999999", "a%20b", "%E2%80%AE",
                    "..%C0%AF", "%7B%7D", "%22%27%3C", "1e400", "00000000-0000-0000-0000-000000000000", text(40));
        } else if (roll < 32) {
            path = path + pick("/nope", "/", "/" + text(12), "/_x");
        }
        if (chance(20)) {
            query = pick("?expiresIn=" + pick("1e400", "-1", "99999999999999999999", "1.5h", "", "nope", "12h"),
                    "?scope=" + text(2000), "?tenant=%00", "?limit=-5&offset=-1", "?from=yesterday&to=tomorrow",
                    "?page=1e400&size=" + "9".repeat(30), "?langCode=" + text(300), "?" + "a=1&".repeat(300),
                    "?global", "?verb=POST", "?token=%ZZ", "?username=a&password=b", "?subject=" + text(8),
                    "?event=NOPE&username=" + text(5));
        }
        return path + query;
    }

    private byte[] body(String usual) {
        String sample = usual == null ? "{\"a\":1}" : usual;
        int roll = random.nextInt(100);
        String text;
        if (roll < 18) {
            text = wrongTypes(sample);
        } else if (roll < 28) {
            text = sample.substring(0, random.nextInt(sample.length()));
        } else if (roll < 38) {
            text = deep(1 + random.nextInt(random.nextBoolean() ? 40 : 6000));
        } else if (roll < 46) {
            text = withValue(sample, "\"" + "s".repeat(4000 + random.nextInt(80_000)) + "\"");
        } else if (roll < 54) {
            text = withValue(sample, number());
        } else if (roll < 58) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            return bytes;
        } else if (roll < 62) {
            text = "";
        } else if (roll < 67) {
            text = pick("login=x&password=y", "<xml/>", "not json", "{'a':1}", "{\"a\":1,}", "[1,2,]", "{\"a\" 1}",
                    "\u0000", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "\"\\u", "{\"a\":\"\\x\"}");
        } else if (roll < 72) {
            text = pick("[1,2]", "\"x\"", "null", "true", "1", "[]", "{}", "[{}]", "{\"\":\"\"}");
        } else if (roll < 80) {
            return odd(sample);
        } else if (roll < 85) {
            text = sample.replaceFirst("\\{", "{\"login\":null,\"login\":1,\"password\":[],");
        } else {
            text = sample;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The sample with one of its values, or every value, of another JSON type. */
    private String wrongTypes(String sample) {
        String other = pick("1", "-1", "1.5", "true", "false", "null", "[]", "{}", "[\"a\"]", "{\"x\":\"y\"}", "\"\"",
                "\" \"", "\"\\u0000\"", "9223372036854775808", "-9223372036854775809", "\"" + text(300) + "\"");
        return chance(50) ? sample.replaceAll("(:)\\s*(\"[^\"]*\"|-?\\d+(\\.\\d+)?|true|false|null)", "$1" + other)
                : sample.replaceFirst("(:)\\s*(\"[^\"]*\"|-?\\d+(\\.\\d+)?|true|false|null|\\[[^\\]]*\\])", "$1" + other);
    }

    private String withValue(String sample, String value) {
        return chance(50) ? sample.replaceFirst("(:)\\s*(\"[^\"]*\"|-?\\d+|true|false|null)", "$1" + value)
                : "{\"" + text(6) + "\":" + value + "}";
    }

    private String deep(int depth) {
        String open = chance(50) ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String inner = open.repeat(depth) + "1" + close.repeat(chance(20) ? depth / 2 : depth);
        return chance(50) ? inner : "{\"login\":" + inner + ",\"password\":\"x\"}";
    }

    private String number() {
        return switch (random.nextInt(5)) {
            case 0 -> "9".repeat(90 + random.nextInt(400));
            case 1 -> "1e" + (300 + random.nextInt(1_000_000_000));
            case 2 -> "-1e-" + (300 + random.nextInt(1_000_000));
            case 3 -> "0." + "0".repeat(random.nextInt(500)) + "1";
            default -> "1" + "0".repeat(random.nextInt(200)) + ".5e" + random.nextInt(400);
        };
    }

    /** Odd bytes and characters: a BOM, a lone surrogate escape, an overlong UTF-8 slash, Latin-1, UTF-16. */
    private byte[] odd(String sample) {
        return switch (random.nextInt(6)) {
            case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, sample.getBytes(StandardCharsets.UTF_8));
            case 1 -> withValue(sample, "\"\\ud800x\\udfff\"").getBytes(StandardCharsets.UTF_8);
            case 2 -> concat(sample.substring(0, sample.length() / 2).getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF, 0});
            case 3 -> withValue(sample, "\"d\u00e9j\u00e0 \u00fc\"").getBytes(StandardCharsets.ISO_8859_1);
            case 4 -> sample.getBytes(StandardCharsets.UTF_16);
            default -> withValue(sample, "\"\\u0000\\u001f\\\"\\\\\u2028\ud83d\ude00\"").getBytes(StandardCharsets.UTF_8);
        };
    }

    private String contentType() {
        return pick(null, "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16",
                "application/json; charset=iso-8859-1", "application/json; charset=bogus-42", "application/json;charset=",
                "application/problem+json", "*/*", "multipart/form-data; boundary=x", "application/json;;;", "application/",
                "garbage", "application/xml", "application/json; charset=\"utf-8\"", "APPLICATION/JSON",
                "text/json", "application/vnd.api+json");
    }

    private void headers(List<String> headers) {
        if (chance(40)) {
            add(headers, "Authorization", pick("Bearer " + adminToken, "Bearer", "Bearer ", "Bearer " + text(40),
                    "Bearer " + "t".repeat(16_000), "Basic !!!", "Basic " + b64("nocolon"), "Basic " + b64(text(20) + ":"),
                    "Basic " + b64(":"), "Basic " + b64("fuzz:secret"), "Basic " + randomB64(), "Basic", "Digest x",
                    "bearer a.b.c", "Bearer eyJhbGciOiJub25lIn0.eyJfaWQiOiJ4In0.", "Bearer \u00e9\u00e8",
                    "Negotiate " + randomB64(), "Bearer " + adminToken + "x", text(30)));
        }
        if (chance(10)) {
            add(headers, "X-Auth-Token", pick(adminToken, "", text(40), "x".repeat(9000), "\u00e9"));
        }
        if (chance(70)) {
            add(headers, "x-app-token", chance(80) ? appToken : pick("undefined", "", text(10), "x".repeat(9000)));
        }
        if (chance(60)) {
            add(headers, "x-device-metadata", chance(60)
                    ? "{\"fingerprint\":\"UQ_fuzz\",\"deviceInfo\":{\"os\":\"Linux\",\"browser\":\"x\",\"location\":\"y\"}}"
                    : pick("", "not json", "[" .repeat(1500) + "]".repeat(1500), "{\"fingerprint\":" + number() + "}",
                    "{\"fingerprint\":\"x\",\"deviceInfo\":[]}", "{\"fingerprint\":\"" + "f".repeat(5000) + "\"}"));
        }
        if (chance(15)) {
            add(headers, "X-Kuzzle-Volatile", pick("{\"sdkInstanceId\":\"x\",\"sdkName\":\"js@7\"}", "not json",
                    "[".repeat(3000) + "]".repeat(3000), "{\"a\":" + number() + "}", "{\"s\":\"" + "v".repeat(10_000)
                            + "\"}", "{", "null", "\"x\""));
        }
        if (chance(8)) {
            add(headers, "Accept", pick("application/xml", "text/html", "*/*;q=x", "application/json;q=0",
                    "image/png", "", "application/problem+json"));
        }
        if (chance(5)) {
            add(headers, "Wazo-Session-Type", pick("mobile", "MOBILE", "", text(300)));
        }
        if (chance(5)) {
            add(headers, "X-Fuzz-Large", "h".repeat(4000 + random.nextInt(12_000)));
        }
        if (chance(5)) {
            add(headers, "User-Agent", pick("u".repeat(10_000), "", "\u00e9\u00e8", text(20)));
        }
        add(headers, "X-Forwarded-For", chance(5)
                ? pick("not an address", "1.2.3.4, 5.6.7.8", "::1", "x".repeat(2000), "", "999.999.999.999")
                : "10.77." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
    }

    private static void add(List<String> headers, String name, String value) {
        headers.add(name);
        headers.add(value);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(SAFE.charAt(random.nextInt(SAFE.length())));
        }
        return text.toString();
    }

    private String randomB64() {
        byte[] bytes = new byte[1 + random.nextInt(60)];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + ")";
    }
}
