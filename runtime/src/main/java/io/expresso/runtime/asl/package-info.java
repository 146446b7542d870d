/**
 * Reads Amazon States Language definitions into a typed, immutable model and validates them the
 * way AWS does at {@code CreateStateMachine} for an Express state machine.
 *
 * <p>{@link io.expresso.runtime.asl.DefinitionParser} is the entry point: it never throws for a
 * bad definition but returns every problem it finds as a {@link io.expresso.runtime.asl.Diagnostic}
 * with AWS's code, message and JSON-pointer-like location ({@code /States/Foo/Next}; array
 * elements as {@code Choices[0]}).
 *
 * <p>Conventions of the model: path fields keep their text as written, with {@code "$"} filled
 * in when the field is absent and {@code null} when the definition says {@code null}
 * ({@code InputPath}/{@code OutputPath}: the effective value is {@code {}}; {@code ResultPath}:
 * the result is discarded). Optional scalar fields are {@code null} when absent. Payload
 * templates stay {@link io.expresso.codec.json.JsonObject}s; compiling paths and templates is a
 * later step.
 */
package io.expresso.runtime.asl;
