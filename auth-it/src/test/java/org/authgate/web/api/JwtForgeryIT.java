package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.core.secret.Sealed;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * Forged JWTs against the real verifier, through every API that takes the JWTs authgate issues: the native
 * API (tokenFormat jwt), Kuzzle and OneEntry. The forgeries that need authgate's own private key (a token
 * without kid, jti or sid) are signed with the real key, opened from the database with the IT server's secrets
 * key; the same key re-signing the genuine claims is accepted, so each refusal is the missing part's doing.
 */
class JwtForgeryIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String ONEENTRY = "/api/content/users-auth-providers";
    private static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token", "it-oneentry-app-token");
    private static final String METADATA = "{\"fingerprint\":\"UQ_it-forger\",\"deviceInfo\":{\"os\":\"Linux\","
            + "\"browser\":\"Firefox/128\",\"location\":\"fr-FR\"}}";
    private static final List<String> KEYS = Arrays.asList(System.getProperty("authgate.it.secrets.keys", "").split(","));

    /** One API: how to get a genuine JWT and whether a presented token is accepted. */
    private record Api(String name, Function<String, String> login, Function<String, HttpTestClient.Response> use,
                       int refused) {
    }

    private List<Api> apis() {
        return List.of(
                new Api("native", user -> api.login(Json.createObjectBuilder().add("login", user).add("password", PASSWORD)
                        .add("tokenFormat", "jwt")).json().getString("accessToken"),
                        token -> api.get("/api/v1/session", "Authorization", NativeApi.bearer(token)), 401),
                new Api("kuzzle", user -> api.send("POST", "/_login/local?expiresIn=1h", Json.createObjectBuilder()
                        .add("username", user).add("password", PASSWORD).build().toString(), "application/json")
                        .json().getJsonObject("result").getString("jwt"),
                        token -> api.get("/_me", "Authorization", NativeApi.bearer(token)), 401),
                new Api("oneentry", user -> api.post(ONEENTRY + "/marker/email/users/auth",
                        "{\"authData\":[{\"marker\":\"login\",\"value\":\"" + user + "\"},{\"marker\":\"password\",\"value\":\""
                                + PASSWORD + "\"}]}", "x-app-token", APP_TOKEN, "x-device-metadata",
                        METADATA).json().getString("accessToken"),
                        token -> api.get(ONEENTRY + "/marker/email/users/sessions", "x-app-token",
                                APP_TOKEN, "Authorization", "Bearer " + token), 401));
    }

    private static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String json(String part) {
        return new String(Base64URL.from(part).decode(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> claims(String jwt) throws Exception {
        return new LinkedHashMap<>(JWSObject.parse(jwt).getPayload().toJSONObject());
    }

    private static String signed(ECKey key, String kid, Map<String, Object> claims) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT);
        if (kid != null) {
            header.keyID(kid);
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(claims));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    /** authgate's private key of {@code kid}, opened as the server opens it. */
    private static ECKey ourKey(String kid, ECKey publicJwk) throws Exception {
        Map<String, String> row = NativeApi.audit(
                "SELECT encode(private_key, 'base64') AS k, private_key_sealed_by AS sealed_by FROM signing_keys WHERE kid = ?", kid)
                .get(0);
        byte[] sealed = java.util.Base64.getMimeDecoder().decode(row.get("k"));
        byte[] pkcs8 = SecretKeyRing.of(KEYS, "test").open(new Sealed(row.get("sealed_by"), sealed),
                "signing_keys.private_key:" + kid);
        return new ECKey.Builder(publicJwk).privateKey((ECPrivateKey) KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(pkcs8))).build();
    }

    /** Every forgery of one genuine token, by name. */
    private Map<String, String> forgeriesOf(String genuine) throws Exception {
        String[] parts = genuine.split("\\.");
        String kid = JWSObject.parse(genuine).getHeader().getKeyID();
        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json").body());
        ECKey publicJwk = jwks.getKeyByKeyId(kid).toECKey();
        ECKey ours = ourKey(kid, publicJwk);
        Map<String, Object> claims = claims(genuine);
        Map<String, String> forged = new LinkedHashMap<>();

        forged.put("alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + parts[1] + ".");
        JWSObject hs256 = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), new Payload(claims));
        hs256.sign(new MACSigner(publicJwk.toECPublicKey().getEncoded()));
        forged.put("HS256 keyed with the public key", hs256.serialize());
        String otherSubject = json(parts[1]).replaceFirst("\"sub\":\"[^\"]+\"", "\"sub\":\"" + UUID.randomUUID() + "\"");
        forged.put("tampered payload", parts[0] + "." + b64(otherSubject) + "." + parts[2]);
        forged.put("tampered header", b64(json(parts[0]).replace("{", "{\"x\":1,")) + "." + parts[1] + "." + parts[2]);
        forged.put("unknown kid", signed(new ECKeyGenerator(Curve.P_256).generate(), UUID.randomUUID().toString(), claims));
        forged.put("our key, no kid", signed(ours, null, claims));
        Map<String, Object> noJti = new LinkedHashMap<>(claims);
        noJti.remove("jti");
        forged.put("our key, no jti", signed(ours, kid, noJti));
        Map<String, Object> noSid = new LinkedHashMap<>(claims);
        noSid.remove("sid");
        forged.put("our key, no sid", signed(ours, kid, noSid));
        return forged;
    }

    @Test
    void everyForgeryIsRefusedByEveryApiAndTheSameKeyReSigningTheGenuineClaimsIsNot() throws Exception {
        for (Api target : apis()) {
            String user = NativeApi.uniqueName("forge-" + target.name());
            api.createUser(user, PASSWORD);
            String genuine = target.login().apply(user);
            String kid = JWSObject.parse(genuine).getHeader().getKeyID();

            assertThat(target.use().apply(genuine).status()).as(target.name() + " genuine").isEqualTo(200);
            ECKey ours = ourKey(kid, JWKSet.parse(api.get("/.well-known/jwks.json").body()).getKeyByKeyId(kid).toECKey());
            assertThat(target.use().apply(signed(ours, kid, claims(genuine))).status())
                    .as(target.name() + ": the genuine claims re-signed by the test harness").isEqualTo(200);

            forgeriesOf(genuine).forEach((what, token) -> {
                HttpTestClient.Response r = target.use().apply(token);
                assertThat(r.status()).as(target.name() + ", " + what + ": " + r).isEqualTo(target.refused());
                assertThat(r.body()).doesNotContain("Exception").doesNotContain(user);
            });
        }
    }

    @Test
    void anExpiredJwtIsRefusedByEveryApi() {
        Map<Api, String> tokens = new LinkedHashMap<>();
        for (Api target : apis()) {
            String user = NativeApi.uniqueName("late-" + target.name());
            api.createUser(user, PASSWORD);
            tokens.put(target, target.login().apply(user));
        }

        api.advanceClock(25 * 3600);

        tokens.forEach((target, token) -> {
            HttpTestClient.Response r = target.use().apply(token);
            assertThat(r.status()).as(target.name() + ": " + r).isEqualTo(target.refused());
        });
        JsonObject kuzzle = api.get("/_me", "Authorization", NativeApi.bearer(tokens.keySet().stream()
                .filter(a -> a.name().equals("kuzzle")).map(tokens::get).findFirst().orElseThrow())).json();
        assertThat(kuzzle.getJsonObject("error").getString("id")).isEqualTo("security.token.expired");
    }
}
