package io.expresso.bench.ceiling;

/**
 * One workload written by hand: bytes in, bytes out, as one execution of its state machine. An
 * instance keeps its reader and writer between calls, as an event loop would; it is not thread-safe.
 */
public interface Ceiling {

    /** @return the compact JSON output of the workload for the compact JSON {@code input} */
    byte[] execute(byte[] input);

    /**
     * @param workload a name from {@code workloads/}, e.g. {@code pass-chain}
     * @return a new ceiling of that workload
     * @throws IllegalArgumentException if there is no such workload
     */
    static Ceiling of(String workload) {
        switch (workload) {
            case "pass-chain":
                return new PassChainCeiling();
            case "choice-loop":
                return new ChoiceLoopCeiling();
            case "map-fanout":
                return new MapFanoutCeiling();
            case "parallel-4":
                return new ParallelCeiling();
            case "intrinsics":
                return new IntrinsicsCeiling();
            case "order-pipeline":
                return new OrderPipelineCeiling();
            default:
                throw new IllegalArgumentException("No ceiling for workload '" + workload + "'");
        }
    }
}
