package io.expresso.http.ops;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.MachineArn;
import io.expresso.http.api.Members;
import io.expresso.http.api.OperationTable;
import io.expresso.http.registry.MachineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** TagResource, UntagResource, ListTagsForResource on state machines (docs/semantics/http-api.md#tags). */
public final class TagOperations {

    private final Backend backend;

    public TagOperations(Backend backend) {
        this.backend = backend;
    }

    /** Registers this group's operations. */
    public void register(OperationTable table) {
        table.add("TagResource", this::tag)
                .add("UntagResource", this::untag)
                .add("ListTagsForResource", this::list);
    }

    /** @return the machine a resource ARN names; versions, aliases and unknown machines are not taggable here */
    private MachineEntry resource(String text) {
        MachineArn arn = MachineArn.parse(text);
        MachineEntry machine = backend.machines().get(arn.name());
        if (!arn.isBase() || machine == null || !machine.arn().equals(text)) {
            throw ApiException.resourceNotFound(text);
        }
        return machine;
    }

    CompletionStage<JsonObject> tag(Members in) {
        String arn = in.requiredString("resourceArn", 1, 256);
        JsonArray tags = in.list("tags");
        if (tags == null) {
            in.violation("Value null at 'tags' failed to satisfy constraint: Member must not be null");
        }
        Map<String, String> added = Tags.read(tags, in);
        in.check();
        resource(arn).tag(added);
        return Replies.EMPTY;
    }

    CompletionStage<JsonObject> untag(Members in) {
        String arn = in.requiredString("resourceArn", 1, 256);
        JsonArray keys = in.list("tagKeys");
        if (keys == null) {
            in.violation("Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
        }
        in.check();
        List<String> names = new ArrayList<>(keys.size());
        for (Json key : keys.asList()) {
            if (!(key instanceof JsonString text)) {
                throw new ApiException(ErrorType.SERIALIZATION, "Unexpected value type for member 'tagKeys': expected a list of strings");
            }
            names.add(text.value());
        }
        resource(arn).untag(names);
        return Replies.EMPTY;
    }

    CompletionStage<JsonObject> list(Members in) {
        String arn = in.requiredString("resourceArn", 1, 256);
        in.check();
        return Replies.of(JsonObject.of("tags", Tags.write(resource(arn).tags())));
    }
}
