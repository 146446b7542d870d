/**
 * The {@code States.*} intrinsic functions of JSONPath templates, compiled once by
 * {@link io.expresso.codec.intrinsic.IntrinsicCall#compile} into a tree of small final classes,
 * one per function, and evaluated without parsing. Behaviour follows what AWS does where it
 * differs from its documentation (docs/semantics/intrinsics.md): failures are
 * {@code States.Runtime} with the cause {@code Invalid arguments in States.<Fn>}.
 */
package io.expresso.codec.intrinsic;
