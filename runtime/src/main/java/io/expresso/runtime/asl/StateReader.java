package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.choice.TimestampText;
import io.expresso.runtime.integration.http.HttpInvokeRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one state object into its model record, reporting every field problem on the way. */
final class StateReader {

    private static final String TYPE_VALUES = "The field 'Type' should have one of these values: "
            + "[Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]";
    private static final int MAX_SECONDS = 99_999_999;
    private static final Set<String> CREDENTIALS_FIELDS = Set.of("RoleArn", "RoleArn.$");
    private static final Set<String> DISTRIBUTED_ONLY = Set.of("ItemReader", "ItemBatcher", "ResultWriter", "Label");

    private final Diagnostics diagnostics;
    private final ScopeReader scopes;
    private final ErrorHandlerReader errorHandlers;
    private final ChoiceRuleReader choiceRules;

    StateReader(Diagnostics diagnostics, ScopeReader scopes) {
        this.diagnostics = diagnostics;
        this.scopes = scopes;
        this.errorHandlers = new ErrorHandlerReader(diagnostics);
        this.choiceRules = new ChoiceRuleReader(diagnostics);
    }

    /** @return the state, or {@code null} when its {@code Type} is missing or unknown */
    State read(String name, JsonObject body, Location location) {
        FieldReader f = new FieldReader(body, location, diagnostics);
        if (!f.has("Type")) {
            f.missing("Type");
            return null;
        }
        StateType type = StateType.of(f.string("Type"));
        if (type == null) {
            if (f.raw("Type").isString()) {
                diagnostics.schema(TYPE_VALUES, f.at("Type"));
            }
            return null;
        }
        boolean jsonata = readQueryLanguage(f);
        checkFields(f, type, jsonata);
        String comment = f.string("Comment");
        switch (type) {
            case PASS:
                return pass(name, comment, f);
            case TASK:
                return task(name, comment, f);
            case CHOICE:
                return choice(name, comment, f, jsonata);
            case WAIT:
                return waitState(name, comment, f);
            case SUCCEED:
                return new SucceedState(name, comment, f.nullablePath("InputPath", false),
                        f.nullablePath("OutputPath", false));
            case FAIL:
                return fail(name, comment, f);
            case PARALLEL:
                return parallel(name, comment, f);
            default:
                return map(name, comment, f);
        }
    }

    /** @return whether the state declares JSONata, which is reported once here */
    private boolean readQueryLanguage(FieldReader f) {
        String language = f.oneOf("QueryLanguage", QueryLanguage.JSONPATH.fieldValue(),
                QueryLanguage.JSONATA.fieldValue());
        if (QueryLanguage.JSONATA.fieldValue().equals(language)) {
            diagnostics.schema(Unsupported.jsonata(), f.at("QueryLanguage"));
            return true;
        }
        return false;
    }

    private void checkFields(FieldReader f, StateType type, boolean jsonata) {
        for (String field : f.fieldNames()) {
            if (FieldMatrix.allows(type, field)) {
                continue;
            }
            if (field.equals(FieldMatrix.ASSIGN) && FieldMatrix.assigns(type)) {
                diagnostics.schema(Unsupported.assign(), f.at(field));
            } else if (FieldMatrix.isJsonataOnly(type, field)) {
                // A JSONata state was refused as a whole already; its JSONata fields add nothing.
                if (!jsonata) {
                    diagnostics.schema(Unsupported.jsonataField(field), f.location());
                }
            } else {
                diagnostics.schema(FieldReader.notSupported(field), f.location());
            }
        }
    }

    private String transition(FieldReader f) {
        String next = f.string("Next");
        boolean end = Boolean.TRUE.equals(f.bool("End"));
        if (f.has("Next") && end) {
            diagnostics.schema("The fields 'Next' and 'End' are mutually exclusive", f.location());
        } else if (!f.has("Next") && !end) {
            diagnostics.schema("One of the fields 'Next' or 'End' is required", f.location());
        }
        return next;
    }

    /** {@code Parameters} and {@code ItemSelector}: AWS takes any JSON value there, not only an object. */
    private Json anyTemplate(FieldReader f, String field) {
        Json template = f.raw(field);
        if (template != null) {
            TemplateCheck.check(template, f.at(field), diagnostics);
        }
        return template;
    }

    /** {@code ResultSelector}, which AWS keeps to an object. */
    private JsonObject objectTemplate(FieldReader f, String field) {
        JsonObject template = f.object(field);
        if (template != null) {
            TemplateCheck.check(template, f.at(field), diagnostics);
        }
        return template;
    }

    private PassState pass(String name, String comment, FieldReader f) {
        Json result = f.raw("Result");
        if (result != null && TemplateCheck.hasEvaluatedKey(result)) {
            diagnostics.warning(DiagnosticCode.PASS_RESULT_IS_STATIC, "The field 'Result' is static: its fields"
                    + " ending in '.$' are not evaluated; use 'Parameters' to select values", f.at("Result"));
        }
        return new PassState(name, comment, f.nullablePath("InputPath", false), f.nullablePath("OutputPath", false),
                anyTemplate(f, "Parameters"), result, f.nullablePath("ResultPath", true), transition(f));
    }

    private TaskState task(String name, String comment, FieldReader f) {
        String resource = f.requiredString("Resource");
        if (resource != null) {
            f.report(ResourceCheck.check(resource, scopes.expressRules()), "Resource");
        }
        f.exclusive("TimeoutSeconds", "TimeoutSecondsPath");
        f.exclusive("HeartbeatSeconds", "HeartbeatSecondsPath");
        Integer timeout = f.integer("TimeoutSeconds", 1, MAX_SECONDS);
        Integer heartbeat = f.integer("HeartbeatSeconds", 1, MAX_SECONDS);
        if (timeout != null && heartbeat != null && heartbeat >= timeout) {
            diagnostics.schema("The value for the field 'HeartbeatSeconds' must be smaller than 'TimeoutSeconds'",
                    f.at("HeartbeatSeconds"));
        }
        Json parameters = anyTemplate(f, "Parameters");
        if (HttpInvokeRequest.RESOURCE.equals(resource)) {
            HttpInvokeCheck.check(parameters, f, diagnostics);
        }
        return new TaskState(name, comment, f.nullablePath("InputPath", false), f.nullablePath("OutputPath", false),
                resource, parameters, objectTemplate(f, "ResultSelector"),
                f.nullablePath("ResultPath", true), timeout, f.referencePath("TimeoutSecondsPath"),
                heartbeat, f.referencePath("HeartbeatSecondsPath"), credentials(f),
                errorHandlers.retriers(f), errorHandlers.catchers(f), transition(f));
    }

    private JsonObject credentials(FieldReader f) {
        JsonObject credentials = f.object("Credentials");
        if (credentials == null) {
            return null;
        }
        FieldReader c = new FieldReader(credentials, f.at("Credentials"), diagnostics);
        c.rejectOthers(CREDENTIALS_FIELDS);
        if (!c.has("RoleArn") && !c.has("RoleArn.$")) {
            c.missing("RoleArn");
        } else if (c.exclusive("RoleArn", "RoleArn.$")) {
            c.string("RoleArn");
            TemplateCheck.check(credentials, c.location(), diagnostics);
        }
        return credentials;
    }

    private ChoiceState choice(String name, String comment, FieldReader f, boolean jsonata) {
        List<ChoiceTransition> choices = new ArrayList<>();
        if (!f.has("Choices")) {
            f.missing("Choices");
        }
        JsonArray rules = f.nonEmptyArray("Choices");
        if (rules != null) {
            for (int i = 0; i < rules.size(); i++) {
                ChoiceTransition choice = choiceRules.readTransition(rules.get(i), f.at("Choices").index(i), jsonata);
                if (choice != null) {
                    choices.add(choice);
                }
            }
        }
        return new ChoiceState(name, comment, f.nullablePath("InputPath", false), f.nullablePath("OutputPath", false),
                choices, f.string("Default"));
    }

    private WaitState waitState(String name, String comment, FieldReader f) {
        int given = 0;
        for (String field : List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath")) {
            given += f.has(field) ? 1 : 0;
        }
        if (given != 1) {
            diagnostics.schema("Exactly one of the fields [Seconds, Timestamp, SecondsPath, TimestampPath]"
                    + " is required", f.location());
        }
        String timestamp = f.string("Timestamp");
        if (timestamp != null && TimestampText.parse(timestamp) == null) {
            diagnostics.schema("String does not match RFC3339 timestamp", f.at("Timestamp"));
        }
        return new WaitState(name, comment, f.nullablePath("InputPath", false), f.nullablePath("OutputPath", false),
                f.integer("Seconds", 0, MAX_SECONDS), timestamp, f.referencePath("SecondsPath"),
                f.referencePath("TimestampPath"), transition(f));
    }

    private FailState fail(String name, String comment, FieldReader f) {
        f.exclusive("Error", "ErrorPath");
        f.exclusive("Cause", "CausePath");
        return new FailState(name, comment, f.string("Error"), errorOrCausePath(f, "ErrorPath"), f.string("Cause"),
                errorOrCausePath(f, "CausePath"));
    }

    /** {@code ErrorPath}/{@code CausePath}: a reference path or an intrinsic call that returns a string. */
    private String errorOrCausePath(FieldReader f, String field) {
        String text = f.string(field);
        if (text == null || IntrinsicCalls.returnsString(text, field)) {
            return text;
        }
        String problem = PathSyntax.checkReferencePath(field, text, false);
        if (problem != null) {
            diagnostics.schema(problem.startsWith("Workflow variables") ? problem : "The value for the field '"
                    + field + "' must be a valid JSONPath or a valid intrinsic function call that returns a string",
                    f.at(field));
        }
        return text;
    }

    private ParallelState parallel(String name, String comment, FieldReader f) {
        List<Branch> branches = new ArrayList<>();
        if (!f.has("Branches")) {
            f.missing("Branches");
        }
        JsonArray array = f.nonEmptyArray("Branches");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                Branch branch = scopes.readBranch(array.get(i), f.at("Branches").index(i));
                if (branch != null) {
                    branches.add(branch);
                }
            }
        }
        return new ParallelState(name, comment, f.nullablePath("InputPath", false), f.nullablePath("OutputPath", false),
                branches, anyTemplate(f, "Parameters"), objectTemplate(f, "ResultSelector"), f.nullablePath("ResultPath", true),
                errorHandlers.retriers(f), errorHandlers.catchers(f), transition(f));
    }

    private MapState map(String name, String comment, FieldReader f) {
        for (String field : DISTRIBUTED_ONLY) {
            if (f.has(field)) {
                diagnostics.schema("Field '" + field + "' is only supported by a Map in DISTRIBUTED mode,"
                        + " which Express state machines do not support", f.location());
            }
        }
        ItemProcessor processor = null;
        if (!f.has("ItemProcessor") && !f.has("Iterator")) {
            f.missing("ItemProcessor");
        } else if (f.exclusive("ItemProcessor", "Iterator")) {
            String field = f.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
            processor = scopes.readProcessor(f.raw(field), f.at(field));
        }
        f.exclusive("ItemSelector", "Parameters");
        f.exclusive("MaxConcurrency", "MaxConcurrencyPath");
        f.exclusive("ToleratedFailureCount", "ToleratedFailureCountPath");
        f.exclusive("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        Json itemSelector = anyTemplate(f, f.has("ItemSelector") ? "ItemSelector" : "Parameters");
        String itemsPath = f.referencePath("ItemsPath");
        return new MapState(name, comment, f.nullablePath("InputPath", false), f.nullablePath("OutputPath", false),
                processor, itemsPath == null ? "$" : itemsPath, itemSelector,
                f.integer("MaxConcurrency", 0, MAX_SECONDS), f.referencePath("MaxConcurrencyPath"),
                f.integer("ToleratedFailureCount", 0, MAX_SECONDS), f.referencePath("ToleratedFailureCountPath"),
                f.number("ToleratedFailurePercentage", BigDecimal.ZERO, BigDecimal.valueOf(100)),
                f.referencePath("ToleratedFailurePercentagePath"), objectTemplate(f, "ResultSelector"),
                f.nullablePath("ResultPath", true), errorHandlers.retriers(f), errorHandlers.catchers(f),
                transition(f));
    }
}
