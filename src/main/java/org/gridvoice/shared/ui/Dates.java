package org.gridvoice.shared.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people of the UI's language write them. */
public final class Dates {

    private Dates() {
    }

    public static String format(LocalDateTime time, Locale locale) {
        return time == null ? "" : time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }
}
