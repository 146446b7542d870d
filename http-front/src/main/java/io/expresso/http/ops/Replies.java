package io.expresso.http.ops;

import io.expresso.codec.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Completed answers for operations that finish within the call. */
final class Replies {

    static final CompletionStage<JsonObject> EMPTY = CompletableFuture.completedFuture(JsonObject.EMPTY);

    private Replies() {
    }

    static CompletionStage<JsonObject> of(JsonObject members) {
        return CompletableFuture.completedFuture(members);
    }
}
