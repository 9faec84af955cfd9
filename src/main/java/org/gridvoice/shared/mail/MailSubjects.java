package org.gridvoice.shared.mail;

/** Mail subjects are one-line summaries: whitespace folded, cut at a character boundary with an ellipsis. */
public final class MailSubjects {

    /** The longest subject stored, in characters (code points); the outbox column holds 300. */
    public static final int MAX = 200;

    private MailSubjects() {
    }

    /**
     * The text on one line, at most {@code maxCodePoints} characters including the ellipsis that
     * marks a cut; never splits a surrogate pair (emoji) or leaves a dangling combining mark.
     */
    public static String summary(String text, int maxCodePoints) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= maxCodePoints) {
            return line;
        }
        int end = line.offsetByCodePoints(0, Math.max(0, maxCodePoints - 1));
        while (end > 0 && Character.getType(line.codePointBefore(end)) == Character.NON_SPACING_MARK) {
            end -= Character.charCount(line.codePointBefore(end));
        }
        return line.substring(0, end).stripTrailing() + "…";
    }
}
