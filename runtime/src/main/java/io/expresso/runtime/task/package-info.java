/** The task SPI: handlers that run Task states, completing asynchronously from any thread. */
package io.expresso.runtime.task;
