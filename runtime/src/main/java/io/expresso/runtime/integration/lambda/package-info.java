/**
 * Lambda functions behind the Lambda Invoke API ({@code POST /2015-03-31/functions/{name}/invocations}),
 * as {@code sam local start-lambda}, LocalStack and the runtime interface emulator serve it: which
 * endpoint serves which function, the request, and the answer read as AWS Step Functions reads it.
 */
package io.expresso.runtime.integration.lambda;
