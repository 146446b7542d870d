/** The scope that compiled expressions evaluate in: context object, variables, failure slot. */
package io.expresso.codec.eval;
