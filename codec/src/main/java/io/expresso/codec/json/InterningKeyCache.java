package io.expresso.codec.json;

import com.dslplatform.json.StringCache;

/**
 * dsl-json's key cache, made to hand out interned strings: a key read from input is then the very
 * instance a compiled path or template holds (those are interned at compile time), so member
 * lookups match by identity, and a key seen before costs no allocation.
 *
 * <p>Shared by every parser. The table is read and written without locks: a slot holds an
 * immutable {@link String} or {@code null}, so a racing reader sees a whole string or a miss.
 */
final class InterningKeyCache implements StringCache {

    /** Longer keys are rare and seldom repeat; they are not worth a slot or an interning. */
    private static final int MAX_LENGTH = 32;

    private final String[] table = new String[4096];

    @Override
    public String get(char[] chars, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, 0, length);
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (table.length - 1);
        String cached = table[slot];
        if (cached != null && matches(cached, chars, length)) {
            return cached;
        }
        String key = new String(chars, 0, length).intern();
        table[slot] = key;
        return key;
    }

    private static boolean matches(String cached, char[] chars, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
