package io.expresso.runtime.integration.http;

import io.expresso.codec.error.AslError;

/** What a token request gave: a token, or the error the waiting tasks fail with. */
record TokenResult(OAuthToken token, AslError error) {
}
