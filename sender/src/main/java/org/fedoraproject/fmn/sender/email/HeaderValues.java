package org.fedoraproject.fmn.sender.email;

import java.util.regex.Pattern;

/**
 * Makes values from a notification safe as mail headers: a CR or LF (or any other control
 * character) would start a header of the attacker's choosing, so each becomes a space; a subject
 * is cut to a length mail programs show. Names that are not RFC 5322 field names are refused.
 */
final class HeaderValues {

    /** Longer subjects are cut, ending with an ellipsis. */
    static final int MAX_SUBJECT = 200;
    /** Any other header longer than this is cut: no legitimate notification header is near it. */
    static final int MAX_VALUE = 998;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");
    private static final Pattern FIELD_NAME = Pattern.compile("[!-9;-~]{1,76}");

    private HeaderValues() {
    }

    /** The value on one line, cut to {@code max} characters. */
    static String clean(String value, int max) {
        String oneLine = CONTROL.matcher(value).replaceAll(" ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(0, end) + "…";
    }

    static boolean isFieldName(String name) {
        return FIELD_NAME.matcher(name).matches();
    }
}
