package io.expresso.http.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed state machine ARN: {@code arn:<p>:states:<r>:<a>:stateMachine:<name>}, optionally
 * qualified by {@code :<version>} (digits) or {@code :<alias>}, or labelled {@code /<label>}
 * (docs/semantics/http-api.md#arns).
 *
 * @param text      the ARN as given
 * @param region    its region
 * @param account   its account id
 * @param name      the machine name
 * @param qualifier the version number or alias name, or null
 * @param label     the Distributed Map label, or null
 */
public record MachineArn(String text, String region, String account, String name, String qualifier, String label) {

    static final Pattern STATES_ARN = Pattern.compile("arn:(aws|aws-cn|aws-us-gov):states:([a-z0-9-]+):(\\d{12}):([A-Za-z]+):(.+)");

    /**
     * @throws ApiException {@code InvalidArn} when {@code arn} is not a state machine ARN
     */
    public static MachineArn parse(String arn) {
        Matcher m = STATES_ARN.matcher(arn);
        if (!m.matches()) {
            throw ApiException.invalidArn(arn);
        }
        if (!m.group(4).equals("stateMachine")) {
            throw new ApiException(ErrorType.INVALID_ARN, "Invalid Arn: 'Resource type not valid in this context: " + m.group(4) + "'");
        }
        String resource = m.group(5);
        String label = null;
        int slash = resource.indexOf('/');
        if (slash >= 0) {
            label = resource.substring(slash + 1);
            resource = resource.substring(0, slash);
        }
        String[] parts = resource.split(":", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
            throw ApiException.invalidArn(arn);
        }
        return new MachineArn(arn, m.group(2), m.group(3), parts[0], parts.length == 2 ? parts[1] : null, label);
    }

    /** @return whether the ARN names a version ({@code :<digits>}) */
    public boolean isVersion() {
        return qualifier != null && qualifier.chars().allMatch(Character::isDigit);
    }

    /** @return whether the ARN names an alias */
    public boolean isAlias() {
        return qualifier != null && !isVersion();
    }

    /** @return whether it names the machine itself: no qualifier and no label */
    public boolean isBase() {
        return qualifier == null && label == null;
    }
}
