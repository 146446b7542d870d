package io.expresso.bench.fuzz;

import java.util.Set;

/**
 * Findings whose fixes are under way elsewhere, so that the CI fuzz test stays green until they
 * land: each is still counted and reported, but does not fail the test. Remove a signature once
 * its fix is merged; the list is meant to end empty.
 */
final class KnownFindings {

    /** Signatures, exactly as {@link OutcomeOracle} makes them. */
    static final Set<String> BEING_FIXED_ELSEWHERE = Set.of(
        // A filter nested a few thousand parentheses deep overflows the stack of the path parser at deploy;
        // depth limits for every recursive parser and evaluator are being added.
        "deploy threw StackOverflowError in a recursion through FilterParser.readAnd",
        // A Choice or Pass loop that never waits holds its event loop for good, deadline or not;
        // executions that run on without waiting are being made to yield and time out.
        "hang: the event loop stayed in Frame.runFrom",
        // An Error thrown by a task handler escapes the execution into the event loop, and the run ends only at
        // its time limit; Throwables escaping an execution are being contained as States.Runtime.
        "execution let AssertionError in TaskBinding.invoke escape to the event loop");

    private KnownFindings() {
    }

    static boolean isKnown(String signature) {
        return BEING_FIXED_ELSEWHERE.contains(signature);
    }
}
