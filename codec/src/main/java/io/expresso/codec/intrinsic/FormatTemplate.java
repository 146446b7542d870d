package io.expresso.codec.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code States.Format} template at its {@code {}} placeholders.
 *
 * <p>A template written as a literal is split from its source, where {@code \{} and {@code \}}
 * stand for braces that are not placeholders. A template that arrives as data (from a path or a
 * nested call) has no escape layer: every {@code {}} is a placeholder. Either way, any other
 * {@code {} or {@code }} makes the template invalid.
 */
final class FormatTemplate {

    private FormatTemplate() {
    }

    /**
     * @param text the template: literal source (escapes validated by the parser) or a data string
     * @param escaped whether {@code text} is literal source whose backslashes escape the next character
     * @return the text between placeholders (one more piece than placeholders), or {@code null} if
     *     the braces are unbalanced
     */
    static String[] split(String text, boolean escaped) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && escaped) {
                piece.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '{') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '}') {
                    return null;
                }
                pieces.add(piece.toString());
                piece.setLength(0);
                i += 2;
            } else if (c == '}') {
                return null;
            } else {
                piece.append(c);
                i++;
            }
        }
        pieces.add(piece.toString());
        return pieces.toArray(new String[0]);
    }
}
