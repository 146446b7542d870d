package io.expresso.http.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque {@code nextToken}s for keyset pagination: a token names the list it belongs to and the
 * key of the last item served, so a page resumes after that item even if the list changed.
 */
public final class PageToken {

    /** Default page size when {@code maxResults} is absent or 0 (docs/semantics/http-api.md#pagination). */
    public static final int DEFAULT_PAGE = 100;

    private PageToken() {
    }

    /** @return a token for the page after the item keyed {@code lastKey} of list {@code kind} */
    public static String encode(String kind, String lastKey) {
        String plain = "expresso/1/" + kind + "/" + lastKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the key of the last item served, or null when {@code token} is null
     * @throws ApiException {@code InvalidToken} when the token was not made by {@link #encode} for {@code kind}
     */
    public static String decode(String kind, String token) {
        if (token == null) {
            return null;
        }
        String prefix = "expresso/1/" + kind + "/";
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!plain.startsWith(prefix)) {
                throw ApiException.invalidToken();
            }
            return plain.substring(prefix.length());
        } catch (IllegalArgumentException notBase64) {
            throw ApiException.invalidToken();
        }
    }

    /** @return the page size that {@code maxResults} asks for */
    public static int size(int maxResults) {
        return maxResults == 0 ? DEFAULT_PAGE : maxResults;
    }
}
