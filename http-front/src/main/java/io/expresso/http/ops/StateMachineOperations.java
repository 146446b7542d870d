package io.expresso.http.ops;

import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.EpochSeconds;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.MachineArn;
import io.expresso.http.api.Members;
import io.expresso.http.api.Names;
import io.expresso.http.api.OperationTable;
import io.expresso.http.api.PageToken;
import io.expresso.http.registry.CreateRequest;
import io.expresso.http.registry.MachineEntry;
import io.expresso.http.registry.MachineType;
import io.expresso.http.registry.Revision;
import io.expresso.http.registry.Version;
import io.expresso.runtime.StateMachine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Create, Describe, Update, Delete and List state machines (docs/semantics/http-api.md#createstatemachine). */
public final class StateMachineOperations {

    static final int MAX_DEFINITION = 1_048_576;
    private static final List<String> TYPES = List.of("STANDARD", "EXPRESS");
    static final List<String> INCLUDED_DATA = List.of("ALL_DATA", "METADATA_ONLY");

    private final Backend backend;
    private final Targets targets;
    private final Deployer deployer;

    public StateMachineOperations(Backend backend) {
        this.backend = backend;
        this.targets = new Targets(backend.machines());
        this.deployer = new Deployer(backend.expresso());
    }

    /** Registers this group's operations. */
    public void register(OperationTable table) {
        table.add("CreateStateMachine", this::create)
                .add("DescribeStateMachine", this::describe)
                .add("UpdateStateMachine", this::update)
                .add("DeleteStateMachine", this::delete)
                .add("ListStateMachines", this::list);
    }

    CompletionStage<JsonObject> create(Members in) {
        String name = in.requiredString("name", 1, 80);
        String definition = in.requiredSensitiveString("definition", 1, MAX_DEFINITION);
        String roleArn = in.requiredString("roleArn", 1, 256);
        String type = in.enumValue("type", TYPES);
        JsonObject loggingGiven = in.object("loggingConfiguration");
        JsonObject tracingGiven = in.object("tracingConfiguration");
        JsonObject encryption = in.object("encryptionConfiguration");
        boolean publish = in.bool("publish", false);
        String versionDescription = in.optionalString("versionDescription", 0, 256);
        Map<String, String> tags = Tags.read(in.list("tags"), in);
        in.check();
        Names.checkResourceName(name);
        requireDescriptionOnlyWithPublish(publish, versionDescription);
        requireRoleArn(roleArn);
        MachineType machineType = type == null ? MachineType.STANDARD : MachineType.valueOf(type);
        if (backend.strict() && machineType == MachineType.STANDARD) {
            throw new ApiException(ErrorType.STATE_MACHINE_TYPE_NOT_SUPPORTED,
                    "This runtime supports only EXPRESS state machines; create it with type EXPRESS");
        }
        CreateRequest request = new CreateRequest(definition, machineType, Configurations.logging(loggingGiven),
                Configurations.tracing(tracingGiven), encryption, publish, versionDescription);
        MachineEntry existing = backend.machines().get(name);
        if (existing != null) {
            return Replies.of(repeatedCreate(existing, request));
        }
        StateMachine machine = deployer.deploy(name, definition, roleArn, loggingGiven == null ? null : request.logging());
        long now = System.currentTimeMillis();
        Revision initial = new Revision(definition, roleArn, request.logging(), request.tracing(), encryption, null, machine, now);
        MachineEntry entry = new MachineEntry(name, machine.arn(), machineType, now, request, initial);
        try {
            entry.tag(tags);
        } catch (ApiException tooMany) {
            // Refused after the deploy: undeploy it, or its series would outlive a machine never made.
            backend.expresso().undeploy(machine);
            throw tooMany;
        }
        MachineEntry raced = backend.machines().putIfAbsent(entry);
        if (raced != null) {
            backend.expresso().undeploy(machine);
            return Replies.of(repeatedCreate(raced, request));
        }
        JsonObject.Builder reply = JsonObject.builder(3)
                .add("stateMachineArn", JsonString.of(entry.arn()))
                .add("creationDate", EpochSeconds.of(entry.creationMillis()));
        if (publish) {
            reply.add("stateMachineVersionArn", JsonString.of(entry.publish(null, versionDescription, now).arn()));
        }
        return Replies.of(reply.build());
    }

    /**
     * An identical repeat answers with the original machine
     * (docs/semantics/http-api.md#createstatemachine); anything else is a conflict.
     */
    private static JsonObject repeatedCreate(MachineEntry existing, CreateRequest request) {
        if (!existing.created().sameAs(request)) {
            throw new ApiException(ErrorType.STATE_MACHINE_ALREADY_EXISTS, "State Machine Already Exists: '" + existing.arn() + "'");
        }
        JsonObject.Builder reply = JsonObject.builder(3)
                .add("stateMachineArn", JsonString.of(existing.arn()))
                .add("creationDate", EpochSeconds.of(existing.creationMillis()));
        if (request.publish()) {
            for (Version version : existing.versions()) {
                if (version.number() == 1) {
                    reply.add("stateMachineVersionArn", JsonString.of(version.arn()));
                }
            }
        }
        return reply.build();
    }

    CompletionStage<JsonObject> describe(Members in) {
        String arnText = in.requiredString("stateMachineArn", 1, 2000);
        String included = in.enumValue("includedData", INCLUDED_DATA);
        in.check();
        boolean metadataOnly = "METADATA_ONLY".equals(included);
        MachineArn arn = MachineArn.parse(arnText);
        MachineEntry entry = targets.machine(arn);
        if (arn.label() != null || arn.isAlias()) {
            throw ApiException.machineDoesNotExist(arnText);
        }
        if (arn.isVersion()) {
            Version version = targets.version(entry, arn);
            return Replies.of(describe(entry, version.revision(), version.arn(), version.creationMillis(),
                    version.description(), metadataOnly));
        }
        return Replies.of(describe(entry, entry.current(), entry.arn(), entry.creationMillis(), null, metadataOnly));
    }

    /** @return DescribeStateMachine's members for one revision of a machine */
    static JsonObject describe(MachineEntry entry, Revision revision, String arn, long creationMillis, String description,
            boolean metadataOnly) {
        JsonObject.Builder reply = JsonObject.builder(12)
                .add("stateMachineArn", JsonString.of(arn))
                .add("name", JsonString.of(entry.name()))
                .add("status", JsonString.of("ACTIVE"))
                .add("definition", JsonString.of(metadataOnly ? "{}" : revision.definition()))
                .add("roleArn", JsonString.of(revision.roleArn()))
                .add("type", JsonString.of(entry.type().name()))
                .add("creationDate", EpochSeconds.of(creationMillis))
                .add("loggingConfiguration", revision.logging())
                .add("tracingConfiguration", revision.tracing());
        if (revision.revisionId() != null) {
            reply.add("revisionId", JsonString.of(revision.revisionId()));
        }
        if (description != null) {
            reply.add("description", JsonString.of(description));
        }
        if (revision.encryption() != null) {
            reply.add("encryptionConfiguration", revision.encryption());
        }
        return reply.build();
    }

    CompletionStage<JsonObject> update(Members in) {
        String arnText = in.requiredString("stateMachineArn", 1, 256);
        String definition = in.optionalSensitiveString("definition", 1, MAX_DEFINITION);
        String roleArn = in.optionalString("roleArn", 1, 256);
        JsonObject loggingGiven = in.object("loggingConfiguration");
        JsonObject tracingGiven = in.object("tracingConfiguration");
        JsonObject encryption = in.object("encryptionConfiguration");
        boolean publish = in.bool("publish", false);
        String versionDescription = in.optionalString("versionDescription", 0, 256);
        in.check();
        if (definition == null && roleArn == null && loggingGiven == null && tracingGiven == null && encryption == null) {
            throw new ApiException(ErrorType.MISSING_REQUIRED_PARAMETER,
                    "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
        }
        requireDescriptionOnlyWithPublish(publish, versionDescription);
        MachineArn arn = MachineArn.parse(arnText);
        MachineEntry entry = targets.machine(arn);
        if (!arn.isBase()) {
            throw ApiException.validation("Value '" + arnText + "' at 'stateMachineArn' failed to satisfy constraint: "
                    + "Member must be an unqualified state machine ARN");
        }
        if (roleArn != null) {
            requireRoleArn(roleArn);
        }
        JsonObject logging = loggingGiven == null ? null : Configurations.logging(loggingGiven);
        JsonObject tracing = tracingGiven == null ? null : Configurations.tracing(tracingGiven);
        Revision before = entry.current();
        String nextDefinition = definition == null ? before.definition() : definition;
        String nextRole = roleArn == null ? before.roleArn() : roleArn;
        JsonObject nextLogging = logging != null ? logging : before.logging();
        // Executions take their logging from the compiled machine, so a new level needs a new one too.
        boolean recompile = !nextDefinition.equals(before.definition()) || !nextRole.equals(before.roleArn())
                || logging != null;
        StateMachine machine = recompile ? deployer.deploy(entry.name(), nextDefinition, nextRole, nextLogging)
                : before.machine();
        long now = System.currentTimeMillis();
        entry.update(current -> next(current, nextDefinition, nextRole, machine, logging, tracing, encryption, recompile, now))
                .forEach(backend.expresso()::undeploy);
        Revision after = entry.current();
        JsonObject.Builder reply = JsonObject.builder(3).add("updateDate", EpochSeconds.of(after.updateMillis()));
        if (after.revisionId() != null) {
            reply.add("revisionId", JsonString.of(after.revisionId()));
        }
        if (publish) {
            reply.add("stateMachineVersionArn", JsonString.of(entry.publish(null, versionDescription, now).arn()));
        }
        return Replies.of(reply.build());
    }

    /** @return the revision after an update, or {@code current} itself when nothing changed */
    private static Revision next(Revision current, String definition, String roleArn, StateMachine machine, JsonObject logging,
            JsonObject tracing, JsonObject encryption, boolean recompiled, long now) {
        JsonObject nextLogging = logging == null ? current.logging() : logging;
        JsonObject nextTracing = tracing == null ? current.tracing() : tracing;
        JsonObject nextEncryption = encryption == null ? current.encryption() : encryption;
        if (!recompiled && nextLogging.equals(current.logging()) && nextTracing.equals(current.tracing())
                && Objects.equals(nextEncryption, current.encryption())) {
            return current;
        }
        String revisionId = recompiled ? RandomUuids.unique() : current.revisionId();
        return new Revision(definition, roleArn, nextLogging, nextTracing, nextEncryption, revisionId,
                recompiled ? machine : current.machine(), now);
    }

    CompletionStage<JsonObject> delete(Members in) {
        String arnText = in.requiredString("stateMachineArn", 1, 256);
        in.check();
        MachineArn arn = MachineArn.parse(arnText);
        if (!arn.isBase()) {
            throw ApiException.validation("Value '" + arnText + "' at 'stateMachineArn' failed to satisfy constraint: "
                    + "Member must be an unqualified state machine ARN");
        }
        MachineEntry entry = backend.machines().get(arn.name());
        if (entry != null && entry.arn().equals(arnText)) {
            // Undeploy before the name is free, so that a machine created under it next finds no
            // series of this one to continue.
            entry.delete().forEach(backend.expresso()::undeploy);
            backend.machines().remove(entry);
        }
        return Replies.EMPTY;
    }

    CompletionStage<JsonObject> list(Members in) {
        int max = in.integer("maxResults", 0, 1000, 0);
        String token = in.optionalString("nextToken", 1, 1024);
        in.check();
        int size = PageToken.size(max);
        List<MachineEntry> page = backend.machines().pageAfter(PageToken.decode("machines", token), size);
        JsonArray.Builder machines = new JsonArray.Builder(Math.min(page.size(), size));
        for (int i = 0; i < page.size() && i < size; i++) {
            MachineEntry entry = page.get(i);
            machines.add(JsonObject.builder(4)
                    .add("stateMachineArn", JsonString.of(entry.arn()))
                    .add("name", JsonString.of(entry.name()))
                    .add("type", JsonString.of(entry.type().name()))
                    .add("creationDate", EpochSeconds.of(entry.creationMillis()))
                    .build());
        }
        JsonObject.Builder reply = JsonObject.builder(2).add("stateMachines", machines.build());
        if (page.size() > size) {
            reply.add("nextToken", JsonString.of(PageToken.encode("machines", page.get(size - 1).name())));
        }
        return Replies.of(reply.build());
    }

    private static void requireDescriptionOnlyWithPublish(boolean publish, String versionDescription) {
        if (versionDescription != null && !publish) {
            throw new ApiException(ErrorType.VALIDATION, "Version description can only be set when publish is true");
        }
    }

    private static void requireRoleArn(String roleArn) {
        if (!roleArn.startsWith("arn:")) {
            throw ApiException.invalidArn(roleArn);
        }
    }
}
