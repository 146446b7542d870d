/**
 * The ceilings: each workload written by hand in plain Java over dsl-json ({@code Map}/{@code List}
 * documents, one reused reader and writer), computing what the workload's states compute with no
 * ASL in between. Expresso's runtime benchmarks run beside them.
 */
package io.expresso.bench.ceiling;
