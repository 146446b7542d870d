package io.expresso.runtime.integration.http;

/**
 * What one EventBridge connection stands for locally: how it authorizes, and what it adds to
 * every request ({@code InvocationHttpParameters}).
 */
public record ConnectionSettings(String arn, ConnectionAuth auth, HttpParameters invocation) {
}
