package io.expresso.runtime;

/** How an execution ended, with the names the Step Functions API uses. */
public enum ExecutionStatus {
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
}
