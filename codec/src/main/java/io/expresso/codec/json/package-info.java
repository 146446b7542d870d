/**
 * Immutable JSON values that keep key order and number text and share structure, with a strict
 * parser and a compact serializer built on dsl-json.
 */
package io.expresso.codec.json;
