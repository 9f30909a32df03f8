package org.authgate.core.session;

/**
 * Where a request came from. Every field may be null; values are trimmed to their column sizes by
 * {@link #of} so a hostile client cannot make an audit write fail with an oversized header.
 *
 * @param clientId   the application's id (Wazo {@code client_id}, native {@code clientId})
 * @param deviceInfo free text a client says about its device (OneEntry's {@code x-device-metadata})
 */
public record ClientInfo(String clientId, String remoteAddress, String userAgent, String deviceInfo) {

    public static final ClientInfo NONE = new ClientInfo(null, null, null, null);

    public static ClientInfo of(String clientId, String remoteAddress, String userAgent, String deviceInfo) {
        return new ClientInfo(cut(clientId, 128), cut(remoteAddress, 64), cut(userAgent, 512), cut(deviceInfo, 1024));
    }

    public ClientInfo withClientId(String id) {
        return of(id, remoteAddress, userAgent, deviceInfo);
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
