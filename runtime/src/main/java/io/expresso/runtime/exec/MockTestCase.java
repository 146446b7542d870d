package io.expresso.runtime.exec;

import io.expresso.runtime.mock.MockConfig;
import io.expresso.runtime.mock.MockTestCaseException;
import io.expresso.runtime.mock.MockedResponse;
import java.util.Map;

/**
 * One MockConfigFile test case resolved against one deployed machine: the mocked response of each
 * Task, by node index, so that a running Task finds its mock with an array read instead of a
 * lookup by name. Immutable; each execution keeps its own invocation counters.
 */
public final class MockTestCase {

    private final String name;
    private final MockedResponse[] byNode;

    private MockTestCase(String name, MockedResponse[] byNode) {
        this.name = name;
        this.byNode = byNode;
    }

    /**
     * @param testCase the name after {@code #} in the ARN an execution was started on
     * @throws MockTestCaseException when the configuration has no such test case for the machine,
     *     or the test case names a state that is not a Task of the machine
     */
    public static MockTestCase resolve(CompiledMachine machine, MockConfig config, String testCase) {
        Map<String, MockedResponse> states = config == null ? null : config.testCase(machine.name(), testCase);
        if (states == null) {
            throw new MockTestCaseException("Invalid mock test case name '" + testCase + "' for state machine '"
                    + machine.name() + "'." + (config == null ? " No mock config file is loaded."
                    : " The mock config file " + config.source() + " does not define it."));
        }
        MockedResponse[] byNode = new MockedResponse[machine.nodeCount()];
        for (Map.Entry<String, MockedResponse> state : states.entrySet()) {
            int index = machine.taskIndex(state.getKey());
            if (index < 0) {
                throw new MockTestCaseException("Mock test case '" + testCase + "' for state machine '" + machine.name()
                        + "' mocks the state '" + state.getKey() + "', which is not a Task state of the machine.");
            }
            byNode[index] = state.getValue();
        }
        return new MockTestCase(testCase, byNode);
    }

    String name() {
        return name;
    }

    int nodeCount() {
        return byNode.length;
    }

    /** @return the response that stands in for the node's Task, or {@code null} when it runs for real */
    MockedResponse response(int nodeIndex) {
        return byNode[nodeIndex];
    }
}
