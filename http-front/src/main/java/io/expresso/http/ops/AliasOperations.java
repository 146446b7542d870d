package io.expresso.http.ops;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.EpochSeconds;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.MachineArn;
import io.expresso.http.api.Members;
import io.expresso.http.api.Names;
import io.expresso.http.api.OperationTable;
import io.expresso.http.api.PageToken;
import io.expresso.http.registry.Alias;
import io.expresso.http.registry.MachineEntry;
import io.expresso.http.registry.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Create, Describe, Update, Delete and List state machine aliases (docs/semantics/http-api.md#aliases). */
public final class AliasOperations {

    private static final String NOT_FOUND = "Request references a resource that does not exist.";

    private final Backend backend;

    public AliasOperations(Backend backend) {
        this.backend = backend;
    }

    /** Registers this group's operations. */
    public void register(OperationTable table) {
        table.add("CreateStateMachineAlias", this::create)
                .add("DescribeStateMachineAlias", this::describe)
                .add("UpdateStateMachineAlias", this::update)
                .add("DeleteStateMachineAlias", this::delete)
                .add("ListStateMachineAliases", this::list);
    }

    /** The routing configuration, checked, and the machine its versions belong to. */
    private record Routing(MachineEntry machine, List<Route> routes) {
    }

    CompletionStage<JsonObject> create(Members in) {
        String name = in.requiredString("name", 1, 80);
        String description = in.optionalString("description", 0, 256);
        JsonArray routing = in.list("routingConfiguration");
        if (routing == null) {
            in.violation("Value null at 'routingConfiguration' failed to satisfy constraint: Member must not be null");
        }
        if (name != null && !name.isEmpty() && name.length() <= 80 && !Names.isAliasName(name)) {
            in.violation("Value '" + name + "' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + Names.aliasPattern());
        }
        List<Route> routes = routing == null ? List.of() : readRoutes(routing, in);
        in.check();
        Routing checked = checkRouting(routes);
        long now = System.currentTimeMillis();
        Alias alias = checked.machine().createAlias(new Alias(name, checked.machine().arn() + ":" + name, description,
                checked.routes(), now, now));
        return Replies.of(JsonObject.builder(2)
                .add("stateMachineAliasArn", JsonString.of(alias.arn()))
                .add("creationDate", EpochSeconds.of(alias.creationMillis()))
                .build());
    }

    private static List<Route> readRoutes(JsonArray routing, Members in) {
        if (routing.size() < 1 || routing.size() > 2) {
            in.violation("Value '" + routing + "' at 'routingConfiguration' failed to satisfy constraint: "
                    + "Member must have length " + (routing.size() < 1 ? "greater than or equal to 1" : "less than or equal to 2"));
            return List.of();
        }
        List<Route> routes = new ArrayList<>(routing.size());
        for (int i = 0; i < routing.size(); i++) {
            Json item = routing.get(i);
            if (!(item instanceof JsonObject route)) {
                throw new ApiException(ErrorType.SERIALIZATION, "Unexpected value type for member 'routingConfiguration'");
            }
            Members members = new Members(route);
            String where = "routingConfiguration." + (i + 1) + ".member.";
            String versionArn = members.string("stateMachineVersionArn");
            Json weightValue = route.get("weight");
            if (versionArn == null) {
                in.violation("Value null at '" + where + "stateMachineVersionArn' failed to satisfy constraint: Member must not be null");
            }
            if (!(weightValue instanceof JsonNumber weight) || !weight.isLong()) {
                in.violation("Value null at '" + where + "weight' failed to satisfy constraint: Member must not be null");
                continue;
            }
            long w = weight.longValue();
            if (w < 0 || w > 100) {
                in.violation("Value '" + w + "' at '" + where + "weight' failed to satisfy constraint: Member must have value "
                        + (w < 0 ? "greater than or equal to 0" : "less than or equal to 100"));
                continue;
            }
            if (versionArn != null) {
                routes.add(new Route(versionArn, -1, (int) w));
            }
        }
        return routes;
    }

    /**
     * Checks the AWS rules on a routing configuration and resolves each version
     * (docs/semantics/http-api.md#aliases).
     */
    private Routing checkRouting(List<Route> routes) {
        List<String> arns = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (Route route : routes) {
            arns.add(route.versionArn());
            weights.add(route.weight());
        }
        List<MachineArn> parsed = new ArrayList<>();
        for (String arn : arns) {
            MachineArn machineArn;
            try {
                machineArn = MachineArn.parse(arn);
            } catch (ApiException notAnArn) {
                machineArn = null;
            }
            if (machineArn == null || !machineArn.isVersion() || machineArn.label() != null) {
                throw new ApiException(ErrorType.VALIDATION, "Routing configuration must contain state machine version ARNs. Received: " + arns);
            }
            parsed.add(machineArn);
        }
        if (new HashSet<>(arns).size() != arns.size()) {
            throw new ApiException(ErrorType.VALIDATION,
                    "Routing configuration must contain distinct state machine version ARNs. Received: " + arns);
        }
        if (weights.stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new ApiException(ErrorType.VALIDATION, "Sum of routing configuration weights must equal 100. Received: " + weights);
        }
        Set<String> machines = new HashSet<>();
        parsed.forEach(arn -> machines.add(arn.name()));
        if (machines.size() != 1) {
            throw new ApiException(ErrorType.VALIDATION,
                    "Routing configuration must contain state machine version ARNs of the same state machine. Received: " + arns);
        }
        MachineEntry machine = backend.machines().get(parsed.get(0).name());
        List<Route> resolved = new ArrayList<>(routes.size());
        for (int i = 0; i < routes.size(); i++) {
            int number = Targets.parseVersion(parsed.get(i).qualifier());
            if (machine == null || !arns.get(i).equals(machine.arn() + ":" + number) || machine.version(number) == null) {
                throw ApiException.resourceNotFound(arns.get(i));
            }
            resolved.add(new Route(arns.get(i), number, routes.get(i).weight()));
        }
        return new Routing(machine, resolved);
    }

    /** @return the machine of an alias ARN, or null when the ARN is an alias of no machine here */
    private MachineEntry machineOf(MachineArn arn) {
        MachineEntry machine = backend.machines().get(arn.name());
        return machine != null && arn.text().equals(machine.arn() + ":" + arn.qualifier()) ? machine : null;
    }

    private MachineArn aliasArn(String text) {
        MachineArn arn = MachineArn.parse(text);
        if (!arn.isAlias() || arn.label() != null) {
            throw ApiException.invalidArn(text);
        }
        return arn;
    }

    CompletionStage<JsonObject> describe(Members in) {
        String text = in.requiredString("stateMachineAliasArn", 1, 256);
        in.check();
        MachineArn arn = aliasArn(text);
        MachineEntry machine = machineOf(arn);
        Alias alias = machine == null ? null : machine.alias(arn.qualifier());
        if (alias == null) {
            throw new ApiException(ErrorType.RESOURCE_NOT_FOUND, NOT_FOUND, text);
        }
        JsonObject.Builder reply = JsonObject.builder(6)
                .add("stateMachineAliasArn", JsonString.of(alias.arn()))
                .add("name", JsonString.of(alias.name()));
        if (alias.description() != null) {
            reply.add("description", JsonString.of(alias.description()));
        }
        JsonArray.Builder routing = new JsonArray.Builder(alias.routing().size());
        for (Route route : alias.routing()) {
            routing.add(JsonObject.builder(2)
                    .add("stateMachineVersionArn", JsonString.of(route.versionArn()))
                    .add("weight", JsonNumber.of(route.weight()))
                    .build());
        }
        return Replies.of(reply.add("routingConfiguration", routing.build())
                .add("creationDate", EpochSeconds.of(alias.creationMillis()))
                .add("updateDate", EpochSeconds.of(alias.updateMillis()))
                .build());
    }

    CompletionStage<JsonObject> update(Members in) {
        String text = in.requiredString("stateMachineAliasArn", 1, 256);
        String description = in.optionalString("description", 0, 256);
        JsonArray routing = in.list("routingConfiguration");
        List<Route> routes = routing == null ? null : readRoutes(routing, in);
        in.check();
        if (description == null && routing == null) {
            throw new ApiException(ErrorType.VALIDATION, "Either the description or the routing configuration must be specified");
        }
        MachineArn arn = aliasArn(text);
        MachineEntry machine = machineOf(arn);
        Alias alias = machine == null ? null : machine.alias(arn.qualifier());
        if (alias == null) {
            throw new ApiException(ErrorType.RESOURCE_NOT_FOUND, NOT_FOUND, text);
        }
        List<Route> nextRoutes = alias.routing();
        if (routes != null) {
            Routing checked = checkRouting(routes);
            if (checked.machine() != machine) {
                throw new ApiException(ErrorType.VALIDATION,
                        "Routing configuration must contain versions of the alias's state machine. Received: " + routes);
            }
            nextRoutes = checked.routes();
        }
        long now = System.currentTimeMillis();
        Alias updated = new Alias(alias.name(), alias.arn(), description == null ? alias.description() : description, nextRoutes,
                alias.creationMillis(), now);
        if (!machine.replaceAlias(updated)) {
            throw new ApiException(ErrorType.RESOURCE_NOT_FOUND, NOT_FOUND, text);
        }
        return Replies.of(JsonObject.of("updateDate", EpochSeconds.of(now)));
    }

    CompletionStage<JsonObject> delete(Members in) {
        String text = in.requiredString("stateMachineAliasArn", 1, 256);
        in.check();
        MachineArn arn = aliasArn(text);
        MachineEntry machine = machineOf(arn);
        if (machine != null) {
            machine.deleteAlias(arn.qualifier());
        }
        return Replies.EMPTY;
    }

    CompletionStage<JsonObject> list(Members in) {
        String text = in.requiredString("stateMachineArn", 1, 256);
        int max = in.integer("maxResults", 0, 1000, 0);
        String token = in.optionalString("nextToken", 1, 1024);
        in.check();
        MachineArn arn = MachineArn.parse(text);
        if (arn.isAlias() || arn.label() != null) {
            throw ApiException.invalidArn(text);
        }
        MachineEntry machine = new Targets(backend.machines()).machine(arn);
        int version = arn.isVersion() ? Targets.parseVersion(arn.qualifier()) : -1;
        if (arn.isVersion() && machine.version(version) == null) {
            throw ApiException.resourceNotFound(text);
        }
        String after = PageToken.decode("aliases", token);
        if (after != null && machine.alias(after) == null) {
            throw ApiException.invalidToken();
        }
        int size = PageToken.size(max);
        JsonArray.Builder aliases = new JsonArray.Builder(Math.min(size, 16));
        boolean skipping = after != null;
        String last = null;
        boolean more = false;
        for (Alias alias : machine.aliases()) {
            if (skipping) {
                skipping = !alias.name().equals(after);
                continue;
            }
            if (version > 0 && !alias.routesTo(version)) {
                continue;
            }
            if (aliases.size() == size) {
                more = true;
                break;
            }
            aliases.add(JsonObject.builder(2)
                    .add("stateMachineAliasArn", JsonString.of(alias.arn()))
                    .add("creationDate", EpochSeconds.of(alias.creationMillis()))
                    .build());
            last = alias.name();
        }
        JsonObject.Builder reply = JsonObject.builder(2).add("stateMachineAliases", aliases.build());
        if (more) {
            reply.add("nextToken", JsonString.of(PageToken.encode("aliases", last)));
        }
        return Replies.of(reply.build());
    }
}
