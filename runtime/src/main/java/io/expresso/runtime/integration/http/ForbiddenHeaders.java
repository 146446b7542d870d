package io.expresso.runtime.integration.http;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The request headers an HTTP Task may not set itself (AWS's list in "Call HTTPS APIs"): the ones
 * the service sets ({@code Host}, {@code Authorization} from the connection …), hop-by-hop and
 * caching headers, and the {@code x-forwarded-}, {@code x-amz-} and {@code x-amzn-} families.
 * Names match case-insensitively.
 */
public final class ForbiddenHeaders {

    private static final Set<String> NAMES = Set.of(
            "a-im", "accept-charset", "accept-datetime", "accept-encoding", "authorization", "cache-control",
            "connection", "content-encoding", "content-md5", "date", "expect", "forwarded", "from", "host",
            "http2-settings", "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since",
            "max-forwards", "origin", "pragma", "proxy-authorization", "referer", "server", "te", "trailer",
            "transfer-encoding", "upgrade", "via", "warning");
    private static final List<String> PREFIXES = List.of("x-forwarded-", "x-amz-", "x-amzn-");

    private ForbiddenHeaders() {
    }

    /** @return whether a definition may not set the header {@code name} */
    public static boolean isForbidden(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * AWS's message for forbidden headers, which names them in lower case as a list (seen for
     * {@code Authorization}: {@code The 'Headers' field contains unsupported values: [authorization]}).
     *
     * @param names the forbidden names as the definition wrote them, in order
     */
    public static String message(List<String> names) {
        StringBuilder text = new StringBuilder("The 'Headers' field contains unsupported values: [");
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(names.get(i).toLowerCase(Locale.ROOT));
        }
        return text.append(']').toString();
    }
}
