package org.gridvoice.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.gridvoice.shared.i18n.Messages;

/** The language an API caller asks for: the {@code locale} parameter, else Accept-Language, else Chinese (zh-CN). */
final class OpenLocale {

    private OpenLocale() {
    }

    static Locale of(HttpServletRequest request) {
        String asked = request.getParameter("locale");
        if (asked != null && !asked.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(asked.strip().replace('_', '-')));
        }
        // the servlet container answers its own default when the header is absent: look at the header itself
        return request.getHeader("Accept-Language") == null ? Messages.CHINESE : Messages.supported(request.getLocale());
    }
}
