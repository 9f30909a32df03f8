package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.Session;

/** Core values to Wazo's wire bodies. */
@ApplicationScoped
public class WazoMapper {
    /** Python's {@code %Y-%m-%dT%H:%M:%S.%f}: six fraction digits, no zone. */
    static final DateTimeFormatter WAZO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    /** The SDK marks mobile sessions with the header {@code Wazo-Session-Type: mobile}; kept as device info. */
    static final String MOBILE = "mobile";

    @Inject
    WazoConfig config;

    List<String> aclOf(Session session) {
        return config.aclOf(session.roles());
    }

    WazoWire.WazoTokenEnvelope token(Session session, String accessToken, String refreshToken) {
        String user = session.subject().toString();
        Instant issued = session.createdAt();
        Instant expires = session.expiresAt();
        return new WazoWire.WazoTokenEnvelope(new WazoWire.WazoToken(accessToken, user, user, config.xivoUuid(),
                local(issued), local(expires), utc(issued), utc(expires), aclOf(session), session.id().toString(),
                session.client().remoteAddress(), session.client().userAgent(),
                new WazoWire.WazoTokenMetadata(user, session.tenant().value(), user, user, config.xivoUuid(),
                        "user", false),
                refreshToken));
    }

    WazoWire.WazoSessionItem sessionItem(Session s) {
        return new WazoWire.WazoSessionItem(s.id().toString(), s.subject().toString(), s.tenant().value(),
                MOBILE.equals(s.client().deviceInfo()));
    }

    WazoWire.WazoConfdUser confdUser(Identity identity) {
        return new WazoWire.WazoConfdUser(identity.subject().toString(), identity.firstName(), identity.lastName(),
                identity.email(), identity.username(), List.of(), WazoWire.WazoForwards.NONE,
                WazoWire.WazoServices.NONE);
    }

    WazoWire.WazoInfos infos() {
        return new WazoWire.WazoInfos(config.xivoUuid(), config.wazoVersion());
    }

    static String utc(Instant t) {
        return WAZO_TIME.format(t.atZone(ZoneOffset.UTC));
    }

    /** wazo-auth's {@code issued_at}/{@code expires_at} are in the server's local time zone. */
    static String local(Instant t) {
        return WAZO_TIME.format(t.atZone(ZoneId.systemDefault()));
    }
}
