/**
 * Errors: {@link io.expresso.codec.error.AslError}, the value a failing step produces on the
 * execution path, and {@link io.expresso.codec.error.InvalidExpressionException}, raised only
 * while compiling a definition.
 */
package io.expresso.codec.error;
