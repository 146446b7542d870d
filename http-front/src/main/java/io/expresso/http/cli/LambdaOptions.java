package io.expresso.http.cli;

import io.expresso.runtime.RuntimeConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The options that point Lambda tasks at a Lambda Invoke API endpoint, shared by {@code serve} and {@code run}. */
final class LambdaOptions {

    static final String USAGE = """
              --lambda-endpoint URL
                                 call Lambda function ARNs and arn:aws:states:::lambda:invoke at this
                                 Lambda Invoke API endpoint (sam local start-lambda, LocalStack)
              --lambda-config FILE
                                 a JSON file mapping functions to endpoints:
                                 {"DefaultEndpoint": URL, "Functions": {"name or ARN": URL}};
                                 --lambda-endpoint replaces its DefaultEndpoint
            """;

    private LambdaOptions() {
    }

    /** @return whether {@code option} was one of these, now applied to {@code runtime} */
    static boolean apply(String option, Arguments arguments, RuntimeConfig runtime) {
        switch (option) {
            case "--lambda-endpoint" -> runtime.lambdaEndpoint(url(option, arguments.value(option)));
            case "--lambda-config" -> runtime.lambdaConfig(Path.of(arguments.value(option)));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static URI url(String option, String text) {
        try {
            URI url = new URI(text);
            if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new UsageException(option + " needs an http or https URL, got " + text);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new UsageException(option + " needs an http or https URL, got " + text);
        }
    }
}
