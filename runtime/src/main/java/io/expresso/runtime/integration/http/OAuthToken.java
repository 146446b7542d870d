package io.expresso.runtime.integration.http;

/**
 * An access token and when it stops being usable.
 *
 * @param expiresAtNanos on the {@link System#nanoTime()} clock; {@link Long#MAX_VALUE} when the
 *     token endpoint gave no {@code expires_in}, so it is used until a request is refused with 401
 */
record OAuthToken(String accessToken, long expiresAtNanos) {

    boolean expired(long nowNanos) {
        return expiresAtNanos != Long.MAX_VALUE && nowNanos - expiresAtNanos >= 0;
    }
}
