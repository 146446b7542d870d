package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the top-level definition and the nested scopes (Parallel branches, Map processors). */
final class ScopeReader {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("Comment", "StartAt", "States", "TimeoutSeconds",
            "Version", "QueryLanguage");
    private static final Set<String> BRANCH_FIELDS = Set.of("Comment", "StartAt", "States");
    /** An {@code ItemProcessor}, and a legacy {@code Iterator} too: AWS accepts {@code ProcessorConfig} in both. */
    private static final Set<String> PROCESSOR_FIELDS = Set.of("Comment", "StartAt", "States", "ProcessorConfig");
    private static final Set<String> PROCESSOR_CONFIG_FIELDS = Set.of("Mode", "ExecutionType");
    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_TIMEOUT_SECONDS = 99_999_999;

    /**
     * How many Parallel branches and Map processors may enclose one another. AWS has such a limit
     * (its validator knows a {@code TOO_DEEPLY_NESTED} error) but does not document it; this one is
     * far above any real workflow and keeps reading, checking, compiling and running a definition
     * well within a thread's stack.
     */
    static final int MAX_SCOPE_DEPTH = 100;

    private final Diagnostics diagnostics;
    private final boolean expressRules;
    private final StateReader states;
    /** Branches and processors open around the scope being read: 0 at the top level. */
    private int depth;

    /** @param expressRules whether the rules only an Express machine has apply */
    ScopeReader(Diagnostics diagnostics, boolean expressRules) {
        this.diagnostics = diagnostics;
        this.expressRules = expressRules;
        this.states = new StateReader(diagnostics, this);
    }

    boolean expressRules() {
        return expressRules;
    }

    StateMachineDefinition readDefinition(JsonObject root) {
        FieldReader f = new FieldReader(root, Location.ROOT, diagnostics);
        requireScopeFields(f);
        f.rejectOthers(TOP_LEVEL_FIELDS);
        String language = f.oneOf("QueryLanguage", QueryLanguage.JSONPATH.fieldValue(),
                QueryLanguage.JSONATA.fieldValue());
        String version = f.oneOf("Version", "1.0");
        Integer timeout = f.integer("TimeoutSeconds", 0, MAX_TIMEOUT_SECONDS);
        String comment = f.string("Comment");
        String startAt = f.string("StartAt");
        if (QueryLanguage.JSONATA.fieldValue().equals(language)) {
            // Every state of a JSONata machine follows rules Expresso does not check yet, so the one
            // refusal says all there is to say.
            diagnostics.schema(Unsupported.jsonata(), f.at("QueryLanguage"));
            return null;
        }
        return new StateMachineDefinition(comment, startAt, readStates(f), timeout,
                version == null ? "1.0" : version, QueryLanguage.JSONPATH);
    }

    Branch readBranch(Json value, Location location) {
        FieldReader f = nestedScopeObject(value, location);
        if (f == null) {
            return null;
        }
        requireScopeFields(f);
        f.rejectOthers(BRANCH_FIELDS);
        depth++;
        Branch branch = new Branch(f.string("Comment"), f.string("StartAt"), readStates(f));
        depth--;
        return branch;
    }

    ItemProcessor readProcessor(Json value, Location location) {
        FieldReader f = nestedScopeObject(value, location);
        if (f == null) {
            return null;
        }
        requireScopeFields(f);
        f.rejectOthers(PROCESSOR_FIELDS);
        depth++;
        Map<String, State> states = readStates(f);
        depth--;
        return new ItemProcessor(f.string("Comment"), f.string("StartAt"), states, processorMode(f));
    }

    /** @return a reader of a branch or processor, or {@code null} when it is not an object or nests too deep */
    private FieldReader nestedScopeObject(Json value, Location location) {
        if (depth == MAX_SCOPE_DEPTH) {
            diagnostics.error(DiagnosticCode.TOO_DEEPLY_NESTED,
                    "Parallel and Map states may be nested at most " + MAX_SCOPE_DEPTH + " deep", location);
            return null;
        }
        return scopeObject(value, location);
    }

    private ProcessorMode processorMode(FieldReader processor) {
        JsonObject config = processor.object("ProcessorConfig");
        if (config == null) {
            return ProcessorMode.INLINE;
        }
        FieldReader f = new FieldReader(config, processor.at("ProcessorConfig"), diagnostics);
        f.rejectOthers(PROCESSOR_CONFIG_FIELDS);
        String mode = f.oneOf("Mode", "INLINE", "DISTRIBUTED");
        f.oneOf("ExecutionType", "STANDARD", "EXPRESS");
        if ("DISTRIBUTED".equals(mode)) {
            diagnostics.schema("Express state machine does not support Map state in DISTRIBUTED mode", f.at("Mode"));
            return ProcessorMode.DISTRIBUTED;
        }
        if (f.has("ExecutionType")) {
            diagnostics.schema("The field 'ExecutionType' is only supported in DISTRIBUTED mode", f.at("ExecutionType"));
        }
        return ProcessorMode.INLINE;
    }

    private FieldReader scopeObject(Json value, Location location) {
        if (!value.isObject()) {
            diagnostics.schema("The value should be of type object", location);
            return null;
        }
        return new FieldReader((JsonObject) value, location, diagnostics);
    }

    /** AWS's recorded wording for a scope without {@code States} or {@code StartAt}: one list, at the scope. */
    private void requireScopeFields(FieldReader f) {
        List<String> missing = new ArrayList<>();
        if (!f.has("States")) {
            missing.add("States");
        }
        if (!f.has("StartAt")) {
            missing.add("StartAt");
        }
        if (!missing.isEmpty()) {
            diagnostics.schema("These fields are required: " + missing, f.location());
        }
    }

    private Map<String, State> readStates(FieldReader scope) {
        Map<String, State> result = new LinkedHashMap<>();
        JsonObject body = scope.object("States");
        if (body == null) {
            return result;
        }
        Location statesLocation = scope.at("States");
        for (int i = 0; i < body.size(); i++) {
            String name = body.keyAt(i);
            Location location = statesLocation.child(name);
            checkName(name, location);
            Json value = body.valueAt(i);
            if (!value.isObject()) {
                diagnostics.schema("The value should be of type object", location);
                continue;
            }
            State state = states.read(name, (JsonObject) value, location);
            if (state != null) {
                result.put(name, state);
            }
        }
        return result;
    }

    private void checkName(String name, Location location) {
        int length = name.codePointCount(0, name.length());
        if (length == 0 || length > MAX_NAME_LENGTH || hasControlCharacter(name)) {
            diagnostics.error(DiagnosticCode.INVALID_STATE_NAME, "Invalid State name: '" + name
                    + "'. A State name must be 1 to 80 characters long and hold no control characters", location);
        }
    }

    private static boolean hasControlCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
