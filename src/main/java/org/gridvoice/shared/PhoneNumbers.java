package org.gridvoice.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Optional;

/**
 * Mobile numbers as GridVoice stores them: E.164 ({@code +8613812341234}), read as mainland China
 * numbers unless they start with + (libphonenumber parses and validates them). Shown masked
 * ({@code 138****1234}) to everyone but their owner and administrators.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "CN";

    private PhoneNumbers() {
    }

    /** The number in E.164 if it is a valid mobile number (or one that may be mobile); empty otherwise. */
    public static Optional<String> normalise(String input) {
        if (input == null || input.isBlank() || input.length() > 30) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(input.strip(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            PhoneNumberType type = UTIL.getNumberType(number);
            if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The number as others see it: mainland numbers as 138****1234, others with all but the country
     * code, the first three and the last four digits hidden. Null stays null.
     */
    public static String mask(String e164) {
        if (e164 == null) {
            return null;
        }
        String national = e164.startsWith("+86") ? e164.substring(3) : e164;
        if (national.length() <= 7) {
            return "*".repeat(national.length());
        }
        return national.substring(0, 3) + "*".repeat(national.length() - 7) + national.substring(national.length() - 4);
    }

    /** The number as its owner reads it: mainland numbers without +86, others in E.164. */
    public static String display(String e164) {
        return e164 != null && e164.startsWith("+86") ? e164.substring(3) : e164;
    }
}
