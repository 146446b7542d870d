/** The {@code expresso} command: {@code serve}, {@code run} and {@code validate}, with hand-written argument parsing. */
package io.expresso.http.cli;
