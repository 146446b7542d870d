package io.expresso.runtime;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.runtime.asl.DefinitionParser;
import io.expresso.runtime.asl.DefinitionResult;
import io.expresso.runtime.asl.InvalidDefinitionException;
import io.expresso.runtime.compile.CompiledGraph;
import io.expresso.runtime.compile.DefinitionCompiler;
import io.expresso.runtime.compile.TaskBindings;
import io.expresso.runtime.exec.CompiledMachine;
import io.expresso.runtime.exec.Engine;
import io.expresso.runtime.exec.MockTestCase;
import io.expresso.runtime.exec.StateProbe;
import io.expresso.runtime.integration.http.HttpInvokeTask;
import io.expresso.runtime.mock.MockTestCaseException;
import io.expresso.runtime.integration.nested.DeployedMachines;
import io.expresso.runtime.integration.nested.StartExecutionHandler;
import io.expresso.runtime.net.HttpClient;
import io.expresso.runtime.observe.LogOutput;
import io.expresso.runtime.observe.LogWriterThread;
import io.expresso.runtime.observe.LoggingConfiguration;
import io.expresso.runtime.observe.metrics.EmfReporter;
import io.expresso.runtime.observe.metrics.MetricsRegistry;
import io.expresso.runtime.observe.metrics.MetricsSnapshot;
import io.expresso.runtime.task.ExchangeObserver;
import io.expresso.runtime.task.TaskHandlers;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The embedding façade: build a runtime, deploy definitions, execute them.
 *
 * <pre>{@code
 * try (Expresso expresso = Expresso.start(new RuntimeConfig().taskHandlers(handlers))) {
 *     StateMachine machine = expresso.deploy("orders", definitionJson);
 *     ExecutionResult result = expresso.execute(machine, inputBytes).toCompletableFuture().join();
 * }
 * }</pre>
 *
 * Executions run on the runtime's event loops; results complete on the loop that ran them, so
 * callbacks on the returned stages must not block.
 */
public final class Expresso implements AutoCloseable {

    private final RuntimeConfig config;
    private final EventLoopGroup loops;
    private final boolean ownsLoops;
    private final Engine engine;
    private final DefinitionCompiler compiler;
    /** Compiles TestState's mocked states, whose Tasks call nothing and so need no handler. */
    private final DefinitionCompiler mockedProbeCompiler;
    /** The machines nested executions find by ARN, or {@code null} when the configuration gives another directory. */
    private final DeployedMachines deployed;
    private final HttpClient httpClient;
    /** The logger thread, or {@code null} when there is nowhere to write. */
    private final LogWriterThread logWriter;
    /** The log stream that EMF metric lines are written in, beside the executions' own streams. */
    private static final String EMF_STREAM = "expresso/metrics";

    private final MetricsRegistry metrics;
    /** {@code null} when no EMF sink is configured. */
    private final EmfReporter emfReporter;

    private Expresso(RuntimeConfig config, EventLoopGroup loops, boolean ownsLoops) {
        this.config = config;
        this.loops = loops;
        this.ownsLoops = ownsLoops;
        this.engine = new Engine(loops, config.maxInFlight(), config.timeScale(), config.logRingBytes());
        this.httpClient = new HttpClient(config.httpClient());
        this.logWriter = startLogWriter(config, engine);
        this.metrics = new MetricsRegistry(engine::inFlight, engine::logRecordsDropped);
        this.deployed = config.stateMachineDirectory() == null ? new DeployedMachines(config.region(), config.accountId()) : null;
        TaskHandlers integrations = StartExecutionHandler.register(new TaskHandlers(),
                deployed != null ? deployed : config.stateMachineDirectory(), this::launchChild);
        HttpInvokeTask httpInvoke = new HttpInvokeTask(httpClient, config.httpConnections(), config.region(), config.timeScale());
        this.compiler = new DefinitionCompiler(new TaskBindings(config.taskHandlers(), integrations,
                config.allowUnboundResources() || config.mockConfig() != null, config.lambdaEndpoints(), httpClient,
                httpInvoke), metrics);
        this.mockedProbeCompiler = new DefinitionCompiler(new TaskBindings(config.taskHandlers(), integrations, true,
                config.lambdaEndpoints(), httpClient, httpInvoke), metrics);
        Consumer<String> emfSink = config.emfSink() != null ? config.emfSink()
                : logWriter == null ? null
                : line -> logWriter.submit(EMF_STREAM, System.currentTimeMillis(), line);
        this.emfReporter = emfSink == null ? null : EmfReporter.start(metrics, config.emfInterval(), emfSink);
    }

    private static LogWriterThread startLogWriter(RuntimeConfig config, Engine engine) {
        List<LogOutput> outputs = new ArrayList<>();
        if (config.logFile() != null) {
            outputs.add(LogOutput.file(config.logFile()));
        }
        if (config.logToStdout()) {
            outputs.add(LogOutput.stdout());
        }
        return outputs.isEmpty() ? null : new LogWriterThread(engine.logRings(), outputs);
    }

    /** Starts a runtime with its own event loops. */
    public static Expresso start(RuntimeConfig config) {
        config.conclude();
        return new Expresso(config, new MultiThreadIoEventLoopGroup(config.eventLoops(), NioIoHandler.newFactory()), true);
    }

    /**
     * Starts a runtime on event loops that something else owns (an HTTP server's), so that an
     * execution started by a request runs on the loop that received it.
     */
    public static Expresso start(RuntimeConfig config, EventLoopGroup loops) {
        config.conclude();
        return new Expresso(config, loops, false);
    }

    public RuntimeConfig config() {
        return config;
    }

    /**
     * Validates and compiles a definition.
     *
     * <p>Unless the configuration gives a {@link RuntimeConfig#stateMachineDirectory}, the machine
     * is also what its ARN names for Tasks that start executions; a later deploy under the same
     * name replaces it for the starts that follow, as UpdateStateMachine would, while executions
     * already running keep the deployment they started with.
     *
     * @param name the state machine name (1–80 characters by AWS's rules; letters, digits, {@code -}, {@code _} are portable)
     * @throws InvalidDefinitionException with every problem found, as AWS's CreateStateMachine reports them
     * @throws io.expresso.runtime.compile.UnboundResourceException if a Task's resource has no handler
     */
    public StateMachine deploy(String name, String definition) {
        return deploy(name, definition, Arns.role(config.accountId(), name + "-role"));
    }

    /** As {@link #deploy(String, String)}, with the role ARN shown in {@code $$.Execution.RoleArn}. */
    public StateMachine deploy(String name, String definition, String roleArn) {
        return deploy(name, definition, roleArn, config.defaultLogging());
    }

    /**
     * As {@link #deploy(String, String, String)}, with the machine's {@code loggingConfiguration}.
     * Records go to the runtime's log destinations ({@link RuntimeConfig#logFile}, stdout); with
     * none configured, nothing is written whatever the level.
     */
    public StateMachine deploy(String name, String definition, String roleArn, LoggingConfiguration logging) {
        if (!ResourceNames.isValid(name)) {
            throw new IllegalArgumentException("Invalid state machine name: '" + name + "'");
        }
        StateMachine machine = compile(name, definition, DefinitionParser.parse(definition), roleArn, logging, compiler);
        if (deployed != null) {
            deployed.deployed(machine);
        }
        return machine;
    }

    /**
     * Validates and compiles the machine that TestState runs one state of ({@link #probe}). It runs
     * in no workflow, so the Express-only rules do not apply; it is not what its ARN names for
     * nested starts; {@link #undeploy} it once its probe has ended.
     *
     * @param mocked whether the state takes a mocked outcome, so that its Tasks need no handler
     * @throws InvalidDefinitionException as {@link #deploy(String, String)}
     * @throws io.expresso.runtime.compile.UnboundResourceException as {@link #deploy(String, String)}, unless mocked
     */
    public StateMachine deployProbe(String name, String definition, String roleArn, boolean mocked) {
        return compile(name, definition, DefinitionParser.parseOutsideWorkflow(definition), roleArn, config.defaultLogging(),
                mocked ? mockedProbeCompiler : compiler);
    }

    private StateMachine compile(String name, String definition, DefinitionResult parsed, String roleArn,
            LoggingConfiguration logging, DefinitionCompiler with) {
        if (!parsed.isValid()) {
            throw new InvalidDefinitionException(parsed.errors());
        }
        try {
            CompiledGraph graph = with.compile(parsed.definition());
            String arn = stateMachineArn(name);
            CompiledMachine compiled = new CompiledMachine(name, arn, roleArn, graph.start(), timeoutSeconds(parsed),
                    logging, metrics.machine(arn, graph.stateNames(), graph.resources()), graph.taskIndexes(),
                    graph.nodeCount());
            return new StateMachine(compiled, definition);
        } catch (InvalidExpressionException e) {
            throw new IllegalStateException("The validator accepted an expression that does not compile: " + e.getMessage(), e);
        }
    }

    /**
     * Retires a deployment that nothing will start again (its machine was deleted, or replaced by
     * an update that no version keeps): its machine's ARN no longer runs it for nested starts, and
     * its metrics are released. Once no deployment of a machine is held, the machine is gone from
     * {@link #metrics()} and from the EMF lines, and a later deploy under its name starts from zero;
     * a state or a Task resource goes once no deployment names it. Executions still running
     * finish, and what they record from then on is not reported. A second call does nothing.
     */
    public void undeploy(StateMachine machine) {
        if (deployed != null) {
            deployed.undeployed(machine);
        }
        metrics.release(machine.compiled().metrics());
    }

    private static long timeoutSeconds(DefinitionResult parsed) {
        Integer timeout = parsed.definition().timeoutSeconds();
        return timeout == null ? 0 : timeout;
    }

    /** @return the ARN a machine of that name has in this runtime's region and account */
    public String stateMachineArn(String name) {
        return Arns.stateMachine(config.region(), config.accountId(), name);
    }

    /** Executes with a generated name, as StartSyncExecution does. */
    public CompletionStage<ExecutionResult> execute(StateMachine machine, Json input) {
        return execute(machine, null, input, false);
    }

    /**
     * Executes with JSON input bytes. Input that is not JSON, or larger than 256 KiB, fails the
     * stage with {@link InvalidExecutionInputException} and starts nothing.
     */
    public CompletionStage<ExecutionResult> execute(StateMachine machine, byte[] input) {
        if (input.length > PayloadLimit.MAX_BYTES) {
            return CompletableFuture.failedFuture(new InvalidExecutionInputException(
                    "Input exceeds the maximum size of " + PayloadLimit.MAX_BYTES + " bytes: " + input.length));
        }
        Json parsed;
        try {
            parsed = JsonParser.parse(input);
        } catch (JsonParseException e) {
            return CompletableFuture.failedFuture(new InvalidExecutionInputException("Invalid execution input: " + e.getMessage()));
        }
        return execute(machine, parsed);
    }

    /**
     * Executes one run.
     *
     * @param executionName the name, or {@code null} for a generated one
     * @param async whether the run counts as started by StartExecution (it shows {@code RedriveCount} in {@code $$})
     * @return the result; a stage failed with {@link io.expresso.runtime.exec.ExecutionRejectedException}
     *     when the runtime is at its in-flight limit or shutting down
     */
    public CompletionStage<ExecutionResult> execute(StateMachine machine, String executionName, Json input, boolean async) {
        return engine.start(machine.compiled(), executionName, null, input, async, false, null, null);
    }

    /**
     * Executes one run under an ARN the caller made: a front that answers before the run ends
     * (StartExecution) needs it first, and runs of STANDARD-typed machines get {@code execution:} ARNs.
     */
    public CompletionStage<ExecutionResult> execute(StateMachine machine, String executionName, String executionArn,
            Json input, boolean async) {
        return engine.start(machine.compiled(), executionName, executionArn, input, async, false, null, null);
    }

    /**
     * As {@link #execute(StateMachine, String, String, Json, boolean)}, keeping every event of the
     * run for {@link ExecutionResult#history()}: what GetExecutionHistory shows for runs of
     * STANDARD-typed machines. Costs an object per event; not for the hot path.
     *
     * @param mocks from {@link #mockTestCase} for this machine, or {@code null} to mock nothing
     */
    public CompletionStage<ExecutionResult> executeKeepingHistory(StateMachine machine, String executionName,
            String executionArn, Json input, MockTestCase mocks) {
        return engine.start(machine.compiled(), executionName, executionArn, input, true, true, mocks, null);
    }

    /**
     * Resolves a test case of the runtime's MockConfigFile for one machine, once, for the
     * executions started with it ({@code MACHINE_ARN#TestCase}).
     *
     * @throws MockTestCaseException when no mock config file is loaded, it has no such test case for
     *     the machine, or the test case names a state that is not one of the machine's Tasks
     */
    public MockTestCase mockTestCase(StateMachine machine, String testCase) {
        return MockTestCase.resolve(machine.compiled(), config.mockConfig(), testCase);
    }

    /**
     * As {@link #execute(StateMachine, String, String, Json, boolean)}, with each Task that the test
     * case lists returning its mocked response instead of calling anything.
     *
     * @param mocks from {@link #mockTestCase} for this machine, or {@code null} to mock nothing
     */
    public CompletionStage<ExecutionResult> execute(StateMachine machine, String executionName, String executionArn,
            Json input, boolean async, MockTestCase mocks) {
        return engine.start(machine.compiled(), executionName, executionArn, input, async, false, mocks, null);
    }

    /**
     * Executes with a generated name, reporting the HTTP exchanges its Tasks make to
     * {@code observer}: for a tool that shows what a state did, as TestState does at inspection
     * level TRACE. Executions started without an observer pay nothing for this one.
     */
    public CompletionStage<ExecutionResult> execute(StateMachine machine, Json input, ExchangeObserver observer) {
        return engine.start(machine.compiled(), null, null, input, false, false, null, observer);
    }

    /**
     * Runs the start state of a machine from {@link #deployProbe} alone, as {@code probe} asks:
     * TestState, through the same compiled states as every execution.
     */
    public CompletionStage<ExecutionResult> probe(StateMachine machine, Json input, StateProbe probe) {
        return engine.probe(machine.compiled(), input, probe);
    }

    /** Runs a child execution that a Task started: on the Task's loop, from the loop's queue (see {@link Engine#startNested}). */
    private CompletableFuture<ExecutionResult> launchChild(StateMachine machine, String name, String executionArn, Json input,
            boolean async, boolean keepHistory) {
        return engine.startNested(machine.compiled(), name, executionArn, input, async, keepHistory);
    }

    /**
     * @return the runtime's HTTP client: keep-alive connections pooled per event loop and origin,
     *     closed by {@link #shutdown}. A handler sends on {@code invocation.executor()} to stay on
     *     the execution's loop.
     */
    public HttpClient httpClient() {
        return httpClient;
    }

    /** @return execution log events dropped because a loop's ring was full */
    public long logRecordsDropped() {
        return engine.logRecordsDropped();
    }

    /**
     * Ends a running execution now, as {@link ExecutionStatus#ABORTED} with error
     * {@code States.Aborted}: its pending waits, retries and tasks are cancelled on the loop that
     * owns it, and its stage completes with that result.
     *
     * @param executionArn the ARN of an execution this runtime started
     * @param cause the cause the aborted result carries
     * @return completes with whether the execution was still running
     */
    public CompletionStage<Boolean> abort(String executionArn, String cause) {
        return engine.abort(executionArn, cause);
    }

    /** @return executions started and not yet ended */
    public int inFlight() {
        return engine.inFlight();
    }

    /**
     * Collects the runtime's metrics: counts since start, and latencies both since start and over
     * the open EMF interval. Collection is cheap for the loops but not free for the caller, so
     * call it off the event loops.
     */
    public MetricsSnapshot metrics() {
        return metrics.snapshot();
    }

    /**
     * Stops admission, lets running executions end for up to {@code drain}, aborts the rest, and
     * stops the event loops if this runtime made them.
     *
     * @return whether every execution ended on its own
     */
    public boolean shutdown(Duration drain) throws InterruptedException {
        boolean drained = engine.shutdown(drain);
        httpClient.close(); // after the executions ended, whose cancelled tasks have let go of their requests
        if (emfReporter != null) {
            emfReporter.close(); // writes the last interval, to the logger below when that is the sink
        }
        if (logWriter != null) {
            logWriter.close(); // writes every event accepted so far
        }
        if (ownsLoops) {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        }
        return drained;
    }

    /** Shuts down with a 30-second drain. */
    @Override
    public void close() {
        try {
            shutdown(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The input given to an execution is not valid JSON or is too large. */
    public static final class InvalidExecutionInputException extends RuntimeException {
        public InvalidExecutionInputException(String message) {
            super(message);
        }
    }

}
