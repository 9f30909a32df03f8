package org.authgate.web.http;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * The client address behind {@code trustedProxies} proxies that each append the address they were
 * called from to {@code X-Forwarded-For}. Only the entries those proxies wrote can be believed: the
 * client writes whatever it likes to the left of them, so the address is the entry
 * {@code trustedProxies} from the right. With 0 proxies the header is ignored, since any client could
 * otherwise pick the address its lockout is counted against.
 */
public final class ForwardedAddress {
    private ForwardedAddress() {
    }

    /**
     * @param peer           the address of the TCP peer (the nearest proxy, or the client itself)
     * @param forwardedFor   every {@code X-Forwarded-For} header of the request, in order (several
     *                       headers are one list, RFC 9110 §5.3)
     * @param trustedProxies how many proxies in front of the server append to the header
     */
    public static String of(String peer, Enumeration<String> forwardedFor, int trustedProxies) {
        if (trustedProxies <= 0 || forwardedFor == null) {
            return peer;
        }
        List<String> entries = new ArrayList<>();
        while (forwardedFor.hasMoreElements()) {
            String header = forwardedFor.nextElement();
            if (header == null) {
                continue;
            }
            for (String entry : header.split(",")) {
                entries.add(entry.strip());
            }
        }
        if (entries.isEmpty()) {
            return peer;
        }
        // Fewer entries than proxies: every entry was written by one of ours, the leftmost is the furthest known.
        String address = entries.get(Math.max(0, entries.size() - trustedProxies));
        return address.isEmpty() || address.length() > 64 ? peer : address;
    }
}
