package org.gridvoice.shared;

/** A LIKE pattern that finds the text anywhere (Chinese substrings included), with %, _ and \ taken literally. */
public final class SqlLike {

    public static final char ESCAPE = '\\';

    private SqlLike() {
    }

    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
