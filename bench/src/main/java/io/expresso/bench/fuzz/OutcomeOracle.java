package io.expresso.bench.fuzz;

import io.expresso.runtime.Expresso;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.asl.Diagnostic;
import io.expresso.runtime.asl.InvalidDefinitionException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a case ended in one of the outcomes the runtime documents. Allowed: the deploy
 * refused with an {@code InvalidDefinition} that lists diagnostics (malformed JSON included); the
 * input refused as not JSON or too large; the run SUCCEEDED with an output; FAILED with a
 * documented {@code States.*} error and a cause, or with a user error from a Fail state or task
 * handler; TIMED_OUT with {@code States.Timeout}. Texts shown to users must not show Java
 * internals. Anything else is a finding, named by a signature that groups its repeats.
 */
final class OutcomeOracle {

    /** The {@code States.*} errors that Step Functions documents as raised by the service. */
    static final Set<String> DOCUMENTED_ERRORS = Set.of("States.Runtime", "States.DataLimitExceeded",
        "States.IntrinsicFailure", "States.QueryEvaluationError", "States.Timeout", "States.TaskFailed",
        "States.NoChoiceMatched", "States.ItemReaderFailed", "States.ResultPathMatchFailure",
        "States.ParameterPathFailure", "States.BranchFailed", "States.HeartbeatTimeout", "States.Permissions",
        "States.ExceedToleratedFailureThreshold", "States.ResultWriterFailed");
    /**
     * Java internals in a text meant for users: a package-qualified name, an exception or error
     * class's simple name standing alone (a service error such as {@code Lambda.ServiceException}
     * is AWS's name, not a class), or a stack frame. Generated data never contains these, so a
     * match came from the runtime.
     */
    static final Pattern JAVA_TEXT = Pattern.compile("\\b(?:java|javax|jdk|sun|io\\.netty|io\\.expresso)\\.[a-z_$][\\w$]*\\."
        + "|(?<![.\\w])[A-Z]\\w*(?:Exception|Error)\\b|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");
    /** A task that timed out ends with its error alone, as AWS's TaskTimedOut event has no cause. */
    private static final Set<String> TIMEOUTS = Set.of("States.Timeout", "States.HeartbeatTimeout");
    private static final String HANG = "hang: ";
    /** Service errors that AWS names after the service's own exception (a missing function, for one). */
    private static final Pattern SERVICE_ERROR = Pattern.compile("Lambda\\.[A-Za-z]+");

    /**
     * The judgement of one case.
     *
     * @param outcome what the case ended in, for the counts; for a finding, {@code "finding"}
     * @param finding the finding's signature, or {@code null} when the outcome is allowed
     * @param detail what the signature leaves out: a message, a cause, a stack
     */
    record Verdict(String outcome, String finding, String detail) {

        static Verdict allowed(String outcome) {
            return new Verdict(outcome, null, null);
        }

        static Verdict finding(String signature, String detail) {
            return new Verdict("finding", signature, detail);
        }

        boolean isFinding() {
            return finding != null;
        }

        /** @return whether the case never ended: its time says nothing but the runner's bound */
        boolean isHang() {
            return finding != null && finding.startsWith(HANG);
        }
    }

    private OutcomeOracle() {
    }

    static Verdict judge(FuzzCase fuzzCase, Observation seen) {
        if (seen.hangStack() != null) {
            return Verdict.finding(HANG + Signatures.hangSite(seen.hangStack()), Signatures.stack(seen.hangStack()));
        }
        if (!seen.escaped().isEmpty()) {
            Throwable first = seen.escaped().get(0);
            return Verdict.finding("execution let " + Signatures.of(first) + " escape to the event loop", Signatures.describe(first));
        }
        if (seen.deployThrown() != null) {
            return refusedDefinition(seen.deployThrown());
        }
        if (seen.executeThrown() != null) {
            return Verdict.finding("execute threw " + Signatures.of(seen.executeThrown()), Signatures.describe(seen.executeThrown()));
        }
        if (seen.stageFailure() != null) {
            return refusedInput(seen.stageFailure());
        }
        if (seen.inFlightAfter() != 0) {
            return Verdict.finding("in-flight count did not return to zero", "in flight after the case: " + seen.inFlightAfter());
        }
        return result(fuzzCase, seen.result());
    }

    private static Verdict refusedDefinition(Throwable thrown) {
        if (!(thrown instanceof InvalidDefinitionException invalid)) {
            return Verdict.finding("deploy threw " + Signatures.of(thrown), Signatures.describe(thrown));
        }
        if (invalid.diagnostics().isEmpty()) {
            return Verdict.finding("InvalidDefinition without diagnostics", invalid.getMessage());
        }
        for (Diagnostic diagnostic : invalid.diagnostics()) {
            if (JAVA_TEXT.matcher(diagnostic.message()).find()) {
                return Verdict.finding("diagnostic " + diagnostic.code() + " shows Java internals", diagnostic.render());
            }
        }
        return Verdict.allowed("definition refused");
    }

    private static Verdict refusedInput(Throwable failure) {
        if (!(failure instanceof Expresso.InvalidExecutionInputException)) {
            return Verdict.finding("execution stage failed with " + Signatures.of(failure), Signatures.describe(failure));
        }
        if (JAVA_TEXT.matcher(failure.getMessage()).find()) {
            return Verdict.finding("input refusal shows Java internals", failure.getMessage());
        }
        return Verdict.allowed("input refused");
    }

    private static Verdict result(FuzzCase fuzzCase, ExecutionResult result) {
        String error = result.error();
        String cause = result.cause();
        switch (result.status()) {
            case SUCCEEDED:
                return result.output() == null ? Verdict.finding("SUCCEEDED without an output", result.toString())
                    : Verdict.allowed("SUCCEEDED");
            case TIMED_OUT:
                return "States.Timeout".equals(error) ? Verdict.allowed("TIMED_OUT")
                    : Verdict.finding("TIMED_OUT with error " + error, result.toString());
            case FAILED:
                break;
            default:
                return Verdict.finding("execution ended " + result.status(), result.toString());
        }
        if (cause != null && JAVA_TEXT.matcher(cause).find()) {
            return Verdict.finding("cause of " + errorKind(error) + " shows Java internals", cause);
        }
        if (error == null || !error.startsWith("States.") || raisedByTheCase(fuzzCase, error)) {
            if (error != null && !SERVICE_ERROR.matcher(error).matches() && JAVA_TEXT.matcher(error).find()) {
                return Verdict.finding("error name shows Java internals", error);
            }
            return Verdict.allowed("FAILED " + errorKind(error));
        }
        if (!DOCUMENTED_ERRORS.contains(error)) {
            return Verdict.finding("undocumented error " + error, String.valueOf(cause));
        }
        if ((cause == null || cause.isBlank()) && !TIMEOUTS.contains(error)) {
            return Verdict.finding("no cause for " + error, result.toString());
        }
        return Verdict.allowed("FAILED " + error);
    }

    /**
     * A Fail state may raise any name, {@code States.*} ones included, with or without a cause:
     * given as its {@code Error}, or read from the input by its {@code ErrorPath}. A name found in
     * neither place came from the runtime.
     */
    private static boolean raisedByTheCase(FuzzCase fuzzCase, String error) {
        StringBuilder quoted = new StringBuilder();
        JsonTree.writeString(error, quoted);
        return fuzzCase.definition().contains("\"Error\":" + quoted) || fuzzCase.input().contains(quoted);
    }

    /** @return the error as counted: a documented or service name as it is, any other as a user error */
    private static String errorKind(String error) {
        if (error != null && (DOCUMENTED_ERRORS.contains(error) || SERVICE_ERROR.matcher(error).matches())) {
            return error;
        }
        return "(user error)";
    }
}
