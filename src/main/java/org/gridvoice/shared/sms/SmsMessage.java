package org.gridvoice.shared.sms;

import java.util.Locale;
import java.util.Map;

/**
 * A text message to a mobile number (E.164), named by its template: mainland providers send only
 * approved templates, so the text is the template's, in the recipient's language, with {@code params}
 * filled in (in order of the map). The development gateway renders {@code sms.template.<template>} from the bundles.
 */
public record SmsMessage(String phone, String template, Map<String, String> params, Locale locale) {

    public SmsMessage {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }
}
