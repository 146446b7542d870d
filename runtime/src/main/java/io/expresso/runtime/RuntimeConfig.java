package io.expresso.runtime;

import io.expresso.runtime.integration.lambda.LambdaConfigException;
import io.expresso.runtime.integration.lambda.LambdaEndpoint;
import io.expresso.runtime.integration.lambda.LambdaEndpoints;
import io.expresso.runtime.integration.http.HttpConnections;
import io.expresso.runtime.integration.http.HttpConnectionsException;
import io.expresso.runtime.mock.MockConfig;
import io.expresso.runtime.mock.MockConfigException;
import io.expresso.runtime.integration.nested.StateMachineDirectory;
import io.expresso.runtime.net.HttpClientConfig;
import io.expresso.runtime.observe.LoggingConfiguration;
import io.expresso.runtime.task.TaskHandlers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to build an {@link Expresso} runtime. Set what you need, then pass it to
 * {@link Expresso#start(RuntimeConfig)}, which checks it once ({@link #conclude()}) and keeps it
 * frozen from then on.
 */
public final class RuntimeConfig {

    private int eventLoops = Runtime.getRuntime().availableProcessors();
    private int maxInFlight = 100_000;
    private double timeScale = 1.0;
    private String region = "us-east-1";
    private String accountId = "123456789012";
    private TaskHandlers taskHandlers = new TaskHandlers();
    private boolean allowUnboundResources;
    private LoggingConfiguration defaultLogging = LoggingConfiguration.OFF;
    private Path logFile;
    private boolean logToStdout;
    private int logRingBytes = 1 << 20;
    private Duration emfInterval = Duration.ofSeconds(60);
    private Consumer<String> emfSink;
    private Path mockConfigFile;
    private MockConfig mockConfig;
    private StateMachineDirectory stateMachineDirectory;
    private HttpClientConfig httpClient = new HttpClientConfig();
    private URI lambdaEndpoint;
    private final Map<String, URI> lambdaFunctionEndpoints = new LinkedHashMap<>();
    private Path lambdaConfigFile;
    private LambdaEndpoints lambdaEndpoints = LambdaEndpoints.NONE;
    private Path httpConnectionsFile;
    private HttpConnections httpConnections = HttpConnections.NONE;
    private boolean concluded;

    /** Event-loop threads that run executions; default one per core. */
    public RuntimeConfig eventLoops(int count) {
        checkOpen();
        this.eventLoops = count;
        return this;
    }

    /** Executions that may run at once; past it, starting one fails at once with a throttling error. */
    public RuntimeConfig maxInFlight(int count) {
        checkOpen();
        this.maxInFlight = count;
        return this;
    }

    /**
     * Multiplies every Wait, retry interval and timeout (0.01 makes a 5-minute limit 3 seconds),
     * for fast tests; 1 is real time.
     */
    public RuntimeConfig timeScale(double scale) {
        checkOpen();
        this.timeScale = scale;
        return this;
    }

    /** The region and account that ARNs are made with. */
    public RuntimeConfig account(String region, String accountId) {
        checkOpen();
        this.region = region;
        this.accountId = accountId;
        return this;
    }

    /** The handlers that Task states are bound to at deploy. */
    public RuntimeConfig taskHandlers(TaskHandlers handlers) {
        checkOpen();
        this.taskHandlers = handlers;
        return this;
    }

    /**
     * Deploys definitions whose Task resources have no handler; such a Task fails when it runs,
     * with {@code States.TaskFailed}. Off by default: an unbound resource fails the deploy.
     */
    public RuntimeConfig allowUnboundResources(boolean allow) {
        checkOpen();
        this.allowUnboundResources = allow;
        return this;
    }

    /**
     * A MockConfigFile in Step Functions Local's format, read and checked when the runtime starts:
     * executions started with a test case ({@link Expresso#mockTestCase}) get the mocked responses
     * it lists. With a file, Task resources without a handler deploy as with
     * {@link #allowUnboundResources}, so that definitions calling any service can run on mocks.
     *
     * @param file the file, or {@code null} for none
     */
    public RuntimeConfig mockConfig(Path file) {
        checkOpen();
        this.mockConfigFile = file;
        return this;
    }

    /**
     * Where Tasks that start executions ({@code states:startExecution},
     * {@code aws-sdk:sfn:startExecution}, {@code aws-sdk:sfn:startSyncExecution}) find the state
     * machine their {@code StateMachineArn} names. By default ({@code null}), the machines
     * deployed in this runtime, by their plain ARN; a front with its own registry of versions and
     * aliases plugs that in here.
     */
    public RuntimeConfig stateMachineDirectory(StateMachineDirectory directory) {
        checkOpen();
        this.stateMachineDirectory = directory;
        return this;
    }

    /**
     * The Lambda Invoke API endpoint ({@code sam local start-lambda}, LocalStack, the runtime
     * interface emulator) that Lambda function ARNs and {@code arn:aws:states:::lambda:invoke} call
     * for every function that has neither a Java handler in {@link #taskHandlers} nor an endpoint
     * of its own ({@link #lambdaEndpoint(String, URI)}, {@link #lambdaConfig(Path)}). With it,
     * Lambda resources without a handler deploy.
     *
     * @param url an absolute http or https URL, optionally with a path prefix; {@code null} for none
     */
    public RuntimeConfig lambdaEndpoint(URI url) {
        checkOpen();
        this.lambdaEndpoint = url;
        return this;
    }

    /**
     * The endpoint that serves one function, before the default endpoint.
     *
     * @param function a function name or ARN (with a qualifier, it serves only that version or alias)
     */
    public RuntimeConfig lambdaEndpoint(String function, URI url) {
        checkOpen();
        this.lambdaFunctionEndpoints.put(function, url);
        return this;
    }

    /**
     * A JSON file mapping functions to endpoints ({@link LambdaEndpoints} shows its form), read and
     * checked when the runtime starts; settings made with {@link #lambdaEndpoint} win over it.
     *
     * @param file the file, or {@code null} for none
     */
    public RuntimeConfig lambdaConfig(Path file) {
        checkOpen();
        this.lambdaConfigFile = file;
        return this;
    }

    /**
     * How the runtime's HTTP client ({@link Expresso#httpClient()}) connects, times out and pools
     * connections; integrations that call endpoints share it.
     */
    public RuntimeConfig httpClient(HttpClientConfig settings) {
        checkOpen();
        this.httpClient = settings;
        return this;
    }

    /**
     * A JSON file mapping EventBridge connection ARNs to credentials and invocation parameters
     * for HTTP Tasks ({@link HttpConnections}), read and checked when the runtime starts. Without
     * one, or for an ARN it does not map, an HTTP Task sends no credentials.
     *
     * @param file the file, or {@code null} for none
     */
    public RuntimeConfig httpConnections(Path file) {
        checkOpen();
        this.httpConnectionsFile = file;
        return this;
    }

    /** How often aggregated metrics are written as CloudWatch EMF lines; default 60 seconds, at least 1. */
    public RuntimeConfig emfInterval(Duration interval) {
        checkOpen();
        this.emfInterval = interval;
        return this;
    }

    /**
     * Where EMF metric lines go, one JSON object per call, from a reporter thread of the runtime's
     * own; by default nowhere, and no reporter runs.
     */
    public RuntimeConfig emfSink(Consumer<String> sink) {
        checkOpen();
        this.emfSink = sink;
        return this;
    }

    /**
     * The logging configuration of machines deployed without one (AWS's default is OFF).
     */
    public RuntimeConfig defaultLogging(LoggingConfiguration logging) {
        checkOpen();
        this.defaultLogging = logging;
        return this;
    }

    /**
     * Writes execution log records (and EMF metric lines) to {@code file}, one JSON line per
     * CloudWatch log event; {@code null} for no file.
     */
    public RuntimeConfig logFile(Path file) {
        checkOpen();
        this.logFile = file;
        return this;
    }

    /** Writes the same lines to standard output. */
    public RuntimeConfig logToStdout(boolean enabled) {
        checkOpen();
        this.logToStdout = enabled;
        return this;
    }

    /**
     * The capacity of each event loop's log ring: events waiting for the logger thread. When a
     * ring is full, events are dropped and counted rather than waited for.
     */
    public RuntimeConfig logRingBytes(int bytes) {
        checkOpen();
        this.logRingBytes = bytes;
        return this;
    }

    /**
     * Checks every setting and freezes the configuration.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     * @throws MockConfigException when the mock config file cannot be read or is malformed, with
     *     the place of the problem
     * @throws LambdaConfigException likewise for the Lambda endpoints file, or an endpoint URL
     * @throws HttpConnectionsException likewise for the HTTP connections file
     */
    public RuntimeConfig conclude() {
        if (concluded) {
            return this;
        }
        require(eventLoops >= 1, "eventLoops must be at least 1, was " + eventLoops);
        require(maxInFlight >= 1, "maxInFlight must be at least 1, was " + maxInFlight);
        require(timeScale > 0 && timeScale <= 1000 && !Double.isNaN(timeScale),
                "timeScale must be in (0, 1000], was " + timeScale);
        require(region != null && region.matches("[a-z]{2}(-[a-z]+)+-\\d"), "region is not an AWS region name: " + region);
        require(accountId != null && accountId.matches("\\d{12}"), "accountId must be 12 digits: " + accountId);
        require(taskHandlers != null, "taskHandlers must not be null");
        require(defaultLogging != null, "defaultLogging must not be null");
        require(httpClient != null, "httpClient must not be null");
        require(logRingBytes >= 4096 && Integer.bitCount(logRingBytes) == 1,
                "logRingBytes must be a power of two of at least 4096, was " + logRingBytes);
        require(emfInterval != null && emfInterval.compareTo(Duration.ofSeconds(1)) >= 0,
                "emfInterval must be at least 1 second, was " + emfInterval);
        mockConfig = mockConfigFile == null ? null : MockConfig.load(mockConfigFile);
        lambdaEndpoints = concludeLambdaEndpoints();
        httpConnections = httpConnectionsFile == null ? HttpConnections.NONE : HttpConnections.load(httpConnectionsFile);
        concluded = true;
        return this;
    }

    private LambdaEndpoints concludeLambdaEndpoints() {
        LambdaEndpoints fromFile = lambdaConfigFile == null ? LambdaEndpoints.NONE : LambdaEndpoints.load(lambdaConfigFile);
        Map<String, LambdaEndpoint> byFunction = new LinkedHashMap<>();
        lambdaFunctionEndpoints.forEach((function, url) -> byFunction.put(function,
                endpoint(url, "lambdaEndpoint for '" + function + "'")));
        LambdaEndpoint byDefault = lambdaEndpoint == null ? null : endpoint(lambdaEndpoint, "lambdaEndpoint");
        return fromFile.with(LambdaEndpoints.of(byDefault, byFunction));
    }

    private static LambdaEndpoint endpoint(URI url, String setting) {
        try {
            return LambdaEndpoint.of(url);
        } catch (IllegalArgumentException e) {
            throw new LambdaConfigException(setting + " " + e.getMessage());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private void checkOpen() {
        if (concluded) {
            throw new IllegalStateException("the configuration is in use and can no longer change");
        }
    }

    public int eventLoops() {
        return eventLoops;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public double timeScale() {
        return timeScale;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    public TaskHandlers taskHandlers() {
        return taskHandlers;
    }

    public boolean allowUnboundResources() {
        return allowUnboundResources;
    }

    /** @return the loaded MockConfigFile once {@link #conclude() concluded}, or {@code null} for none */
    public MockConfig mockConfig() {
        return mockConfig;
    }

    /** @return the directory Tasks that start executions look machines up in, or {@code null} for the runtime's own */
    public StateMachineDirectory stateMachineDirectory() {
        return stateMachineDirectory;
    }

    /** @return the Lambda endpoints once {@link #conclude() concluded}: the file's, then those set here */
    public LambdaEndpoints lambdaEndpoints() {
        return lambdaEndpoints;
    }

    /** @return the HTTP Tasks' connections once {@link #conclude() concluded}; none by default */
    public HttpConnections httpConnections() {
        return httpConnections;
    }

    public HttpClientConfig httpClient() {
        return httpClient;
    }

    public LoggingConfiguration defaultLogging() {
        return defaultLogging;
    }

    /** @return the log file, or {@code null} */
    public Path logFile() {
        return logFile;
    }

    public boolean logToStdout() {
        return logToStdout;
    }

    public int logRingBytes() {
        return logRingBytes;
    }

    public Duration emfInterval() {
        return emfInterval;
    }

    /** @return the EMF sink, or {@code null} for none */
    public Consumer<String> emfSink() {
        return emfSink;
    }
}
