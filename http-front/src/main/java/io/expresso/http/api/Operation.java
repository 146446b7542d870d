package io.expresso.http.api;

import io.expresso.codec.json.JsonObject;
import java.util.concurrent.CompletionStage;

/**
 * One API operation. It runs on the event loop that received the request, must not block, and
 * answers with the response members, or fails with an {@link ApiException}.
 */
@FunctionalInterface
public interface Operation {

    /**
     * @param request the request body's members
     * @return the response members; most operations answer at once with a completed stage
     * @throws ApiException when the request is refused before any work starts
     */
    CompletionStage<JsonObject> invoke(Members request);
}
