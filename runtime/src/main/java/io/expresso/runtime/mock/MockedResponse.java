package io.expresso.runtime.mock;

/** One entry of {@code MockedResponses}: the outcome of each invocation, by zero-based number. */
public final class MockedResponse {

    private final String name;
    private final MockOutcome[] byInvocation;

    MockedResponse(String name, MockOutcome[] byInvocation) {
        this.name = name;
        this.byInvocation = byInvocation;
    }

    public String name() {
        return name;
    }

    /** @return the outcome of invocation {@code number}, or {@code null} once the responses run out */
    public MockOutcome invocation(int number) {
        return number < byInvocation.length ? byInvocation[number] : null;
    }
}
