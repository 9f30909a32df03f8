package org.authgate.web.dialect.kuzzle;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.IssuedSession;
import org.authgate.core.session.Session;

/** The mapper: core results to the {@code result} part of Kuzzle's answers. */
final class KuzzleMapper {

    /** A route of Kuzzle's HTTP API, as {@code server:publicApi} lists it. */
    record KuzzleRoute(String controller, String action, String verb, String url) {
    }

    /** Every route this dialect serves: the SDK builds its URLs from this table at connect. */
    static final List<KuzzleRoute> ROUTES = List.of(
            new KuzzleRoute("auth", "login", "POST", "/_login/:strategy"),
            new KuzzleRoute("auth", "login", "GET", "/_login/:strategy"),
            new KuzzleRoute("auth", "logout", "POST", "/_logout"),
            new KuzzleRoute("auth", "checkToken", "POST", "/_checkToken"),
            new KuzzleRoute("auth", "refreshToken", "POST", "/_refreshToken"),
            new KuzzleRoute("auth", "getCurrentUser", "GET", "/_me"),
            new KuzzleRoute("auth", "getCurrentUser", "GET", "/users/_me"),
            new KuzzleRoute("auth", "getMyRights", "GET", "/_me/_rights"),
            new KuzzleRoute("auth", "getMyRights", "GET", "/users/_me/_rights"),
            new KuzzleRoute("auth", "getStrategies", "GET", "/strategies"),
            new KuzzleRoute("auth", "credentialsExist", "GET", "/_me/credentials/:strategy/_exists"),
            new KuzzleRoute("auth", "credentialsExist", "GET", "/credentials/:strategy/_me/_exists"),
            new KuzzleRoute("auth", "updateMyCredentials", "PUT", "/_me/credentials/:strategy/_update"),
            new KuzzleRoute("auth", "updateMyCredentials", "PUT", "/credentials/:strategy/_me/_update"),
            new KuzzleRoute("server", "publicApi", "GET", "/_publicApi"));

    private KuzzleMapper() {
    }

    /** {@code {controller: {action: {controller, action, http: [{verb, url}]}}}}. */
    static JsonObject publicApi() {
        var controllers = new java.util.LinkedHashMap<String, java.util.LinkedHashMap<String, JsonArrayBuilder>>();
        for (KuzzleRoute r : ROUTES) {
            controllers.computeIfAbsent(r.controller(), c -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(r.action(), a -> Json.createArrayBuilder())
                    .add(Json.createObjectBuilder().add("verb", r.verb()).add("url", r.url()));
        }
        JsonObjectBuilder api = Json.createObjectBuilder();
        controllers.forEach((controller, actions) -> {
            JsonObjectBuilder byAction = Json.createObjectBuilder();
            actions.forEach((action, http) -> byAction.add(action, Json.createObjectBuilder()
                    .add("controller", controller).add("action", action).add("http", http)));
            api.add(controller, byAction);
        });
        return api.build();
    }

    /** Login and refreshToken: {@code {_id, jwt, expiresAt (epoch ms), ttl (ms)}}. */
    static JsonObject token(IssuedSession issued) {
        Session s = issued.session();
        return Json.createObjectBuilder()
                .add("_id", s.subject().toString())
                .add("jwt", issued.accessToken())
                .add("expiresAt", s.expiresAt().toEpochMilli())
                .add("ttl", s.expiresAt().toEpochMilli() - s.lastSeenAt().toEpochMilli())
                .build();
    }

    static JsonObject validToken(Session s) {
        return Json.createObjectBuilder().add("valid", true).add("kuid", s.subject().toString())
                .add("expiresAt", s.expiresAt().toEpochMilli()).build();
    }

    static JsonObject invalidToken(String state) {
        return Json.createObjectBuilder().add("valid", false).add("state", state).build();
    }

    /** checkToken without a token: Kuzzle's anonymous user, kuid "-1". */
    static JsonObject anonymous() {
        return Json.createObjectBuilder().add("valid", true).add("kuid", "-1").add("expiresAt", JsonValue.NULL)
                .build();
    }

    static JsonObject acknowledged() {
        return Json.createObjectBuilder().add("acknowledged", true).build();
    }

    /**
     * {@code {_id, _source: {profileIds, ...}, strategies}}. Kuzzle's profiles are the identity's roles
     * ({@code default} when it has none); the other {@code _source} fields are the user's own content.
     */
    static JsonObject user(Identity identity, Optional<String> strategy) {
        JsonArrayBuilder profiles = Json.createArrayBuilder();
        if (identity.roles().isEmpty()) {
            profiles.add("default");
        } else {
            new TreeSet<>(identity.roles()).forEach(profiles::add);
        }
        JsonObjectBuilder source = Json.createObjectBuilder().add("profileIds", profiles)
                .add("username", identity.username());
        if (identity.email() != null) {
            source.add("email", identity.email());
        }
        if (identity.firstName() != null) {
            source.add("firstName", identity.firstName());
        }
        if (identity.lastName() != null) {
            source.add("lastName", identity.lastName());
        }
        // Kuzzle's document metadata, kept for wire compatibility.
        source.add("_kuzzle_info", Json.createObjectBuilder()
                .add("author", JsonValue.NULL)
                .add("createdAt", identity.createdAt() == null ? JsonValue.NULL
                        : Json.createValue(identity.createdAt().toEpochMilli()))
                .add("updatedAt", JsonValue.NULL)
                .add("updater", JsonValue.NULL));
        JsonArrayBuilder strategies = Json.createArrayBuilder();
        strategy.ifPresent(strategies::add);
        return Json.createObjectBuilder().add("_id", identity.subject().toString()).add("_source", source)
                .add("strategies", strategies).build();
    }

    /** {@code {hits: [{controller, action, index, collection, value}], total}}: the auth actions a user may call. */
    static JsonObject rights() {
        JsonArrayBuilder hits = Json.createArrayBuilder();
        int total = 0;
        var seen = new java.util.LinkedHashSet<String>();
        for (KuzzleRoute r : ROUTES) {
            if (seen.add(r.controller() + ':' + r.action())) {
                hits.add(Json.createObjectBuilder().add("controller", r.controller()).add("action", r.action())
                        .add("index", "*").add("collection", "*").add("value", "allowed"));
                total++;
            }
        }
        return Json.createObjectBuilder().add("hits", hits).add("total", total).build();
    }

    static JsonArray strategies(List<String> names) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        names.forEach(array::add);
        return array.build();
    }

    /** updateMyCredentials: the local strategy's credentials without their secret. */
    static JsonObject credentials(Identity identity) {
        return Json.createObjectBuilder().add("username", identity.username()).build();
    }
}
