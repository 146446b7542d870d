package io.expresso.runtime.asl;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.path.PathExpression;

/**
 * Deploy-time checks of the two kinds of path. Each check answers {@code null} for a good path
 * and otherwise the diagnostic message.
 */
final class PathSyntax {

    /** A Reference Path addresses a single node, so these characters and {@code ..} may not appear in it. */
    private static final String INDEFINITE_CHARACTERS = "@,:?*";

    private PathSyntax() {
    }

    /** A Path as in {@code InputPath}, {@code OutputPath} and {@code .$} template values: indefinite steps allowed. */
    static String checkPath(String field, String text) {
        if (!text.startsWith("$")) {
            return invalidPath(field);
        }
        if (isVariable(text)) {
            return Unsupported.variablePath(text);
        }
        try {
            PathExpression.compile(text);
            return null;
        } catch (InvalidExpressionException e) {
            return invalidPath(field);
        }
    }

    /**
     * A Reference Path such as {@code ItemsPath}, a Choice {@code Variable} or {@code SecondsPath}.
     *
     * @param writeTarget whether the path says where to write ({@code ResultPath}): then neither
     *                    the context object nor a variable may be named
     */
    static String checkReferencePath(String field, String text, boolean writeTarget) {
        if (!text.startsWith("$") || isIndefinite(text)) {
            return invalidReferencePath(field);
        }
        if (writeTarget && text.startsWith("$$")) {
            return "The field '" + field + "' cannot start with '$$'";
        }
        if (isVariable(text)) {
            return writeTarget ? "The field '" + field + "' cannot be a variable" : Unsupported.variablePath(text);
        }
        try {
            PathExpression.compileReference(text);
            return null;
        } catch (InvalidExpressionException e) {
            return invalidReferencePath(field);
        }
    }

    /** @return whether {@code text} looks like a path to a reader, for the {@code NO_DOLLAR} warning */
    static boolean looksLikePath(String text) {
        return text.equals("$") || text.equals("$$") || text.startsWith("$.") || text.startsWith("$$.")
                || text.startsWith("$[");
    }

    private static boolean isVariable(String text) {
        return text.length() > 1 && (Character.isLetter(text.charAt(1)) || text.charAt(1) == '_');
    }

    private static boolean isIndefinite(String text) {
        if (text.contains("..")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (INDEFINITE_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String invalidPath(String field) {
        return "The value for the field '" + field + "' must be a valid JSONPath";
    }

    private static String invalidReferencePath(String field) {
        return "The value for the field '" + field + "' must be a valid ReferencePath";
    }
}
