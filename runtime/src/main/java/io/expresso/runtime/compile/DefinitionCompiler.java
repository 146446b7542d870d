package io.expresso.runtime.compile;

import io.expresso.codec.intrinsic.IntrinsicCall;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.codec.template.PayloadTemplate;
import io.expresso.runtime.asl.Branch;
import io.expresso.runtime.asl.ChoiceState;
import io.expresso.runtime.asl.ChoiceTransition;
import io.expresso.runtime.asl.ComparisonOperator;
import io.expresso.runtime.asl.ErrorHandlingState;
import io.expresso.runtime.asl.FailState;
import io.expresso.runtime.asl.JitterStrategy;
import io.expresso.runtime.asl.MapState;
import io.expresso.runtime.asl.ParallelState;
import io.expresso.runtime.asl.PassState;
import io.expresso.runtime.asl.State;
import io.expresso.runtime.asl.StateMachineDefinition;
import io.expresso.runtime.asl.StateScope;
import io.expresso.runtime.asl.SucceedState;
import io.expresso.runtime.asl.TaskState;
import io.expresso.runtime.asl.TransitionState;
import io.expresso.runtime.asl.WaitState;
import io.expresso.runtime.choice.AllOf;
import io.expresso.runtime.choice.AnyOf;
import io.expresso.runtime.choice.BooleanEquals;
import io.expresso.runtime.choice.ChoiceRule;
import io.expresso.runtime.choice.Negation;
import io.expresso.runtime.choice.NumericComparison;
import io.expresso.runtime.choice.Ordering;
import io.expresso.runtime.choice.PathComparison;
import io.expresso.runtime.choice.PresenceTest;
import io.expresso.runtime.choice.StringComparison;
import io.expresso.runtime.choice.StringMatches;
import io.expresso.runtime.choice.TimestampComparison;
import io.expresso.runtime.choice.TimestampText;
import io.expresso.runtime.choice.TypeTest;
import io.expresso.runtime.exec.Catcher;
import io.expresso.runtime.exec.ChoiceNode;
import io.expresso.runtime.exec.ErrorMatcher;
import io.expresso.runtime.exec.ErrorPolicy;
import io.expresso.runtime.exec.ErrorText;
import io.expresso.runtime.exec.FailNode;
import io.expresso.runtime.exec.Linked;
import io.expresso.runtime.exec.MapNode;
import io.expresso.runtime.exec.MaxConcurrency;
import io.expresso.runtime.exec.ParallelNode;
import io.expresso.runtime.exec.PassNode;
import io.expresso.runtime.exec.PathFilter;
import io.expresso.runtime.exec.ResultSource;
import io.expresso.runtime.exec.Retrier;
import io.expresso.runtime.exec.StateNode;
import io.expresso.runtime.exec.SucceedNode;
import io.expresso.runtime.exec.TaskNode;
import io.expresso.runtime.exec.TaskTimeout;
import io.expresso.runtime.exec.WaitDuration;
import io.expresso.runtime.exec.WaitNode;
import io.expresso.runtime.observe.metrics.MetricsRegistry;
import io.expresso.runtime.observe.metrics.ResourceMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated definition into a closure tree: one node per state, each holding its compiled
 * paths, templates, rules and error policy, linked directly to the nodes it can go to. Runs once,
 * at deploy; nothing here is touched while executions run.
 */
public final class DefinitionCompiler {

    private final TaskBindings bindings;
    private final MetricsRegistry metrics;
    /** Every node of the definition being compiled, nested scopes included; a node's index is its place here. */
    private final List<StateNode> all = new ArrayList<>();
    /** The resource recorders held for this definition's Tasks, one hold per Task. */
    private final List<ResourceMetrics> resources = new ArrayList<>();

    public DefinitionCompiler(TaskBindings bindings, MetricsRegistry metrics) {
        this.bindings = bindings;
        this.metrics = metrics;
    }

    /**
     * @return the start node of the definition's top-level scope, and every node
     * @throws io.expresso.codec.error.InvalidExpressionException if an expression the validator let
     *     through does not compile
     * @throws UnboundResourceException if a Task's resource has no handler and unbound resources are refused
     */
    public CompiledGraph compile(StateMachineDefinition definition) {
        // A compiler for this definition alone, so concurrent deploys never share the node list.
        DefinitionCompiler run = new DefinitionCompiler(bindings, metrics);
        try {
            StateNode start = run.compileScope(definition);
            return new CompiledGraph(start, run.all, run.resources);
        } catch (RuntimeException refused) {
            run.resources.forEach(metrics::release);
            throw refused;
        }
    }

    /** Builds every node of one scope first, then links them, so loops in the graph need no special case. */
    private StateNode compileScope(StateScope scope) {
        Map<String, StateNode> nodes = new HashMap<>();
        List<CatcherLink> catcherLinks = new ArrayList<>();
        for (State state : scope.states().values()) {
            StateNode node = compileState(state, catcherLinks);
            node.index(all.size());
            all.add(node);
            nodes.put(state.name(), node);
        }
        for (State state : scope.states().values()) {
            link(state, nodes.get(state.name()), nodes);
        }
        for (CatcherLink catcherLink : catcherLinks) {
            catcherLink.catcher.link(nodes.get(catcherLink.next));
        }
        return nodes.get(scope.startAt());
    }

    /** A catcher waiting for its {@code Next} node to exist. */
    private static final class CatcherLink {
        final Catcher catcher;
        final String next;

        CatcherLink(Catcher catcher, String next) {
            this.catcher = catcher;
            this.next = next;
        }
    }

    private static void link(State state, StateNode node, Map<String, StateNode> nodes) {
        if (state instanceof TransitionState && node instanceof Linked) {
            String next = ((TransitionState) state).next();
            ((Linked) node).link(next == null ? null : nodes.get(next));
        }
        if (state instanceof ChoiceState) {
            ChoiceState choice = (ChoiceState) state;
            ChoiceNode choiceNode = (ChoiceNode) node;
            for (int i = 0; i < choice.choices().size(); i++) {
                choiceNode.linkRule(i, nodes.get(choice.choices().get(i).next()));
            }
            choiceNode.linkDefault(choice.defaultTarget() == null ? null : nodes.get(choice.defaultTarget()));
        }
    }

    private StateNode compileState(State state, List<CatcherLink> catcherLinks) {
        if (state instanceof PassState) {
            return compilePass((PassState) state);
        }
        if (state instanceof TaskState) {
            return compileTask((TaskState) state, catcherLinks);
        }
        if (state instanceof ChoiceState) {
            return compileChoice((ChoiceState) state);
        }
        if (state instanceof WaitState) {
            return compileWait((WaitState) state);
        }
        if (state instanceof SucceedState) {
            SucceedState succeed = (SucceedState) state;
            return new SucceedNode(succeed.name(), filter(succeed.inputPath()), filter(succeed.outputPath()));
        }
        if (state instanceof FailState) {
            return compileFail((FailState) state);
        }
        if (state instanceof ParallelState) {
            return compileParallel((ParallelState) state, catcherLinks);
        }
        return compileMap((MapState) state, catcherLinks);
    }

    private StateNode compilePass(PassState pass) {
        ResultSource result = pass.result() != null
                ? ResultSource.literal(pass.result())
                : pass.parameters() != null
                        ? ResultSource.template(PayloadTemplate.compile(pass.parameters()))
                        : ResultSource.EFFECTIVE_INPUT;
        return new PassNode(pass.name(), filter(pass.inputPath()), result, ResultPathWriter.compile(pass.resultPath()),
                filter(pass.outputPath()));
    }

    private StateNode compileTask(TaskState task, List<CatcherLink> catcherLinks) {
        TaskTimeout timeout = taskTimeout(task.timeoutSeconds(), task.timeoutSecondsPath(), "TimeoutSecondsPath");
        TaskTimeout heartbeat = taskTimeout(task.heartbeatSeconds(), task.heartbeatSecondsPath(), "HeartbeatSecondsPath");
        return new TaskNode(task.name(), task.resource(), filter(task.inputPath()), template(task.parameters()),
                bindings.bind(task), resource(task.resource()), timeout, heartbeat, template(task.resultSelector()),
                ResultPathWriter.compile(task.resultPath()),
                filter(task.outputPath()), policy(task, catcherLinks));
    }

    private ResourceMetrics resource(String resourceArn) {
        ResourceMetrics resource = metrics.resource(resourceArn);
        resources.add(resource);
        return resource;
    }

    private static TaskTimeout taskTimeout(Integer seconds, String path, String pathField) {
        if (seconds != null) {
            return TaskTimeout.seconds(seconds);
        }
        return path != null ? TaskTimeout.path(PathExpression.compile(path), pathField) : TaskTimeout.NONE;
    }

    private StateNode compileChoice(ChoiceState choice) {
        List<ChoiceRule> rules = new ArrayList<>();
        for (ChoiceTransition transition : choice.choices()) {
            rules.add(rule(transition.rule()));
        }
        return new ChoiceNode(choice.name(), filter(choice.inputPath()), rules.toArray(new ChoiceRule[0]),
                filter(choice.outputPath()));
    }

    private StateNode compileWait(WaitState wait) {
        WaitDuration duration;
        if (wait.seconds() != null) {
            duration = WaitDuration.seconds(wait.seconds());
        } else if (wait.timestamp() != null) {
            duration = WaitDuration.timestamp(wait.timestamp());
        } else if (wait.secondsPath() != null) {
            duration = WaitDuration.secondsPath(PathExpression.compile(wait.secondsPath()));
        } else {
            duration = WaitDuration.timestampPath(PathExpression.compile(wait.timestampPath()));
        }
        return new WaitNode(wait.name(), filter(wait.inputPath()), duration, filter(wait.outputPath()));
    }

    private static StateNode compileFail(FailState fail) {
        return new FailNode(fail.name(), errorText(fail.error(), fail.errorPath(), "ErrorPath"),
                errorText(fail.cause(), fail.causePath(), "CausePath"));
    }

    private static ErrorText errorText(String literal, String path, String field) {
        if (literal != null) {
            return ErrorText.literal(literal);
        }
        if (path == null) {
            return null;
        }
        return IntrinsicCall.looksLikeCall(path)
                ? ErrorText.call(IntrinsicCall.compile(path, field))
                : ErrorText.path(PathExpression.compile(path));
    }

    private StateNode compileParallel(ParallelState parallel, List<CatcherLink> catcherLinks) {
        StateNode[] branches = new StateNode[parallel.branches().size()];
        for (int i = 0; i < branches.length; i++) {
            Branch branch = parallel.branches().get(i);
            branches[i] = compileScope(branch);
        }
        return new ParallelNode(parallel.name(), filter(parallel.inputPath()), template(parallel.parameters()), branches,
                template(parallel.resultSelector()), ResultPathWriter.compile(parallel.resultPath()),
                filter(parallel.outputPath()), policy(parallel, catcherLinks));
    }

    private StateNode compileMap(MapState map, List<CatcherLink> catcherLinks) {
        MaxConcurrency concurrency = map.maxConcurrencyPath() != null
                ? MaxConcurrency.path(PathExpression.compile(map.maxConcurrencyPath()))
                : MaxConcurrency.of(map.maxConcurrency() == null ? 0 : map.maxConcurrency());
        PathExpression items = "$".equals(map.itemsPath()) ? null : PathExpression.compile(map.itemsPath());
        return new MapNode(map.name(), filter(map.inputPath()), items, template(map.itemSelector()),
                compileScope(map.itemProcessor()), concurrency, template(map.resultSelector()),
                ResultPathWriter.compile(map.resultPath()), filter(map.outputPath()), policy(map, catcherLinks));
    }

    private static ErrorPolicy policy(ErrorHandlingState state, List<CatcherLink> catcherLinks) {
        if (state.retry().isEmpty() && state.catchers().isEmpty()) {
            return ErrorPolicy.NONE;
        }
        Retrier[] retriers = new Retrier[state.retry().size()];
        for (int i = 0; i < retriers.length; i++) {
            io.expresso.runtime.asl.Retrier r = state.retry().get(i);
            retriers[i] = new Retrier(new ErrorMatcher(new HashSet<>(r.errorEquals())), r.intervalSeconds(),
                    r.maxAttempts(), r.backoffRate(), r.maxDelaySeconds() == null ? 0 : r.maxDelaySeconds(),
                    r.jitterStrategy() == JitterStrategy.FULL);
        }
        Catcher[] catchers = new Catcher[state.catchers().size()];
        for (int i = 0; i < catchers.length; i++) {
            io.expresso.runtime.asl.Catcher c = state.catchers().get(i);
            catchers[i] = new Catcher(new ErrorMatcher(new HashSet<>(c.errorEquals())), ResultPathWriter.compile(c.resultPath()));
            catcherLinks.add(new CatcherLink(catchers[i], c.next()));
        }
        return new ErrorPolicy(retriers, catchers);
    }

    private static PathFilter filter(String path) {
        if (path == null) {
            return PathFilter.EMPTY;
        }
        return "$".equals(path) ? PathFilter.WHOLE : PathFilter.of(PathExpression.compile(path));
    }

    private static PayloadTemplate template(Json template) {
        return template == null ? null : PayloadTemplate.compile(template);
    }

    private static ChoiceRule rule(io.expresso.runtime.asl.ChoiceRule rule) {
        if (rule instanceof io.expresso.runtime.asl.ChoiceRule.And) {
            return new AllOf(rules(((io.expresso.runtime.asl.ChoiceRule.And) rule).rules()));
        }
        if (rule instanceof io.expresso.runtime.asl.ChoiceRule.Or) {
            return new AnyOf(rules(((io.expresso.runtime.asl.ChoiceRule.Or) rule).rules()));
        }
        if (rule instanceof io.expresso.runtime.asl.ChoiceRule.Not) {
            return new Negation(rule(((io.expresso.runtime.asl.ChoiceRule.Not) rule).rule()));
        }
        return comparison((io.expresso.runtime.asl.ChoiceRule.Comparison) rule);
    }

    private static ChoiceRule[] rules(List<io.expresso.runtime.asl.ChoiceRule> rules) {
        ChoiceRule[] compiled = new ChoiceRule[rules.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = rule(rules.get(i));
        }
        return compiled;
    }

    private static ChoiceRule comparison(io.expresso.runtime.asl.ChoiceRule.Comparison comparison) {
        PathExpression variable = PathExpression.compile(comparison.variable());
        ComparisonOperator operator = comparison.operator();
        Ordering ordering = ordering(operator);
        if (operator.isPath()) {
            PathExpression operand = PathExpression.compile(((JsonString) comparison.operand()).value());
            return new PathComparison(variable, family(operator.family()), ordering, operand);
        }
        switch (operator.family()) {
            case STRING:
                return new StringComparison(variable, ordering, ((JsonString) comparison.operand()).value());
            case STRING_PATTERN:
                return new StringMatches(variable, GlobPieces.split(((JsonString) comparison.operand()).value()));
            case NUMERIC:
                return new NumericComparison(variable, ordering, (JsonNumber) comparison.operand());
            case BOOLEAN:
                return new BooleanEquals(variable, ((JsonBoolean) comparison.operand()).value());
            case TIMESTAMP:
                return new TimestampComparison(variable, ordering,
                        TimestampText.parse(((JsonString) comparison.operand()).value()));
            default:
                return typeTest(variable, operator, ((JsonBoolean) comparison.operand()).value());
        }
    }

    private static ChoiceRule typeTest(PathExpression variable, ComparisonOperator operator, boolean expected) {
        switch (operator) {
            case IS_PRESENT:
                return new PresenceTest(variable, expected);
            case IS_NULL:
                return new TypeTest(variable, TypeTest.Kind.NULL, expected);
            case IS_NUMERIC:
                return new TypeTest(variable, TypeTest.Kind.NUMERIC, expected);
            case IS_STRING:
                return new TypeTest(variable, TypeTest.Kind.STRING, expected);
            case IS_BOOLEAN:
                return new TypeTest(variable, TypeTest.Kind.BOOLEAN, expected);
            default:
                return new TypeTest(variable, TypeTest.Kind.TIMESTAMP, expected);
        }
    }

    private static PathComparison.Family family(ComparisonOperator.Family family) {
        switch (family) {
            case STRING:
                return PathComparison.Family.STRING;
            case NUMERIC:
                return PathComparison.Family.NUMERIC;
            case BOOLEAN:
                return PathComparison.Family.BOOLEAN;
            default:
                return PathComparison.Family.TIMESTAMP;
        }
    }

    private static Ordering ordering(ComparisonOperator operator) {
        String name = operator.name();
        if (name.contains("GREATER_THAN_EQUALS")) {
            return Ordering.GREATER_THAN_EQUALS;
        }
        if (name.contains("LESS_THAN_EQUALS")) {
            return Ordering.LESS_THAN_EQUALS;
        }
        if (name.contains("GREATER_THAN")) {
            return Ordering.GREATER_THAN;
        }
        if (name.contains("LESS_THAN")) {
            return Ordering.LESS_THAN;
        }
        return Ordering.EQUALS;
    }
}
