package io.expresso.http.ops;

import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.EpochSeconds;
import io.expresso.http.api.MachineArn;
import io.expresso.http.api.Members;
import io.expresso.http.api.OperationTable;
import io.expresso.http.api.PageToken;
import io.expresso.http.registry.MachineEntry;
import io.expresso.http.registry.Version;
import java.util.concurrent.CompletionStage;

/**
 * PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion
 * (docs/semantics/http-api.md#versions).
 */
public final class VersionOperations {

    private final Backend backend;
    private final Targets targets;

    public VersionOperations(Backend backend) {
        this.backend = backend;
        this.targets = new Targets(backend.machines());
    }

    /** Registers this group's operations. */
    public void register(OperationTable table) {
        table.add("PublishStateMachineVersion", this::publish)
                .add("ListStateMachineVersions", this::list)
                .add("DeleteStateMachineVersion", this::delete);
    }

    CompletionStage<JsonObject> publish(Members in) {
        String arnText = in.requiredString("stateMachineArn", 1, 256);
        String revisionId = in.optionalString("revisionId", 0, 256);
        String description = in.optionalString("description", 0, 256);
        in.check();
        MachineEntry entry = baseMachine(arnText);
        Version version = entry.publish(revisionId, description, System.currentTimeMillis());
        return Replies.of(JsonObject.builder(2)
                .add("creationDate", EpochSeconds.of(version.creationMillis()))
                .add("stateMachineVersionArn", JsonString.of(version.arn()))
                .build());
    }

    CompletionStage<JsonObject> list(Members in) {
        String arnText = in.requiredString("stateMachineArn", 1, 256);
        int max = in.integer("maxResults", 0, 1000, 0);
        String token = in.optionalString("nextToken", 1, 1024);
        in.check();
        MachineEntry entry = baseMachine(arnText);
        String after = PageToken.decode("versions", token);
        int before = after == null ? Integer.MAX_VALUE : Targets.parseVersion(after);
        if (before < 0) {
            throw ApiException.invalidToken();
        }
        int size = PageToken.size(max);
        JsonArray.Builder versions = new JsonArray.Builder(Math.min(size, 16));
        Version last = null;
        boolean more = false;
        for (Version version : entry.versions()) {
            if (version.number() >= before) {
                continue;
            }
            if (versions.size() == size) {
                more = true;
                break;
            }
            versions.add(JsonObject.builder(2)
                    .add("stateMachineVersionArn", JsonString.of(version.arn()))
                    .add("creationDate", EpochSeconds.of(version.creationMillis()))
                    .build());
            last = version;
        }
        JsonObject.Builder reply = JsonObject.builder(2).add("stateMachineVersions", versions.build());
        if (more) {
            reply.add("nextToken", JsonString.of(PageToken.encode("versions", Integer.toString(last.number()))));
        }
        return Replies.of(reply.build());
    }

    CompletionStage<JsonObject> delete(Members in) {
        String arnText = in.requiredString("stateMachineVersionArn", 1, 2000);
        in.check();
        MachineArn arn = MachineArn.parse(arnText);
        if (!arn.isVersion() || arn.label() != null) {
            throw ApiException.invalidArn(arnText);
        }
        MachineEntry entry = backend.machines().get(arn.name());
        int number = Targets.parseVersion(arn.qualifier());
        if (entry != null && number > 0 && arnText.startsWith(entry.arn() + ":")) {
            entry.deleteVersion(number).forEach(backend.expresso()::undeploy);
        }
        return Replies.EMPTY;
    }

    private MachineEntry baseMachine(String arnText) {
        MachineArn arn = MachineArn.parse(arnText);
        if (!arn.isBase()) {
            throw ApiException.invalidArn(arnText);
        }
        return targets.machine(arn);
    }
}
