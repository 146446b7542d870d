/**
 * Whole executions: JMH benchmarks of each shared workload in-process beside its hand-written
 * ceiling, and the parked-executions heap measurement.
 */
package io.expresso.bench.runtime;
