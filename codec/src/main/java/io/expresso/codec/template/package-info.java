/** Payload templates compiled once into trees of constants, paths and intrinsic calls. */
package io.expresso.codec.template;
