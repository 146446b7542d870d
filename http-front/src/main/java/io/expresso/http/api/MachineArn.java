package io.expresso.http.api;

import io.expresso.runtime.Arns;
import java.util.Set;

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

    private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov");
    private static final int ACCOUNT_DIGITS = 12;

    /**
     * @return the parts of {@code arn}, which the API takes in the known partitions, with a region
     *     and a 12-digit account
     * @throws ApiException {@code InvalidArn} otherwise
     */
    static Arns.StatesArn statesArn(String arn) {
        Arns.StatesArn parts = Arns.parse(arn);
        if (parts == null || !PARTITIONS.contains(parts.partition()) || parts.region().isEmpty()
                || parts.account().length() != ACCOUNT_DIGITS) {
            throw ApiException.invalidArn(arn);
        }
        return parts;
    }

    /**
     * @throws ApiException {@code InvalidArn} when {@code arn} is not a state machine ARN
     */
    public static MachineArn parse(String arn) {
        Arns.StatesArn parts = statesArn(arn);
        if (!parts.type().equals("stateMachine")) {
            throw new ApiException(ErrorType.INVALID_ARN, "Invalid Arn: 'Resource type not valid in this context: " + parts.type() + "'");
        }
        String resource = parts.resource();
        String label = null;
        int slash = resource.indexOf('/');
        if (slash >= 0) {
            label = resource.substring(slash + 1);
            resource = resource.substring(0, slash);
        }
        String[] names = resource.split(":", -1);
        if (names.length > 2 || names[0].isEmpty() || (names.length == 2 && names[1].isEmpty())) {
            throw ApiException.invalidArn(arn);
        }
        return new MachineArn(arn, parts.region(), parts.account(), names[0], names.length == 2 ? names[1] : null, label);
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
