/** Expresso's runtime: ASL definitions compiled into closure trees and run as Express executions. */
package io.expresso.runtime;
