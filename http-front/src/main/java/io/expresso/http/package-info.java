/** The Step Functions JSON 1.0 API over Netty, and the {@code expresso} command. */
package io.expresso.http;
