/**
 * A seeded fuzz test of the whole path a definition takes: parse, validate, compile, execute.
 * {@link io.expresso.bench.fuzz.CaseGenerator} makes each case from a seed and a case number alone,
 * {@link io.expresso.bench.fuzz.FuzzRunner} runs it on a real runtime, and
 * {@link io.expresso.bench.fuzz.OutcomeOracle} allows only the outcomes the runtime documents;
 * anything else is a finding, reported with what reproduces it.
 */
package io.expresso.bench.fuzz;
