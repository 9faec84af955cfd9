package org.gridvoice.account;

import java.util.Optional;
import org.gridvoice.account.domain.SmsCodePurpose;
import org.gridvoice.account.domain.SmsCodes;
import org.gridvoice.shared.PhoneNumbers;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Reads a typed number and code and turns every way a code can fail into its message (field "phone" or "code"). */
@Component
class SmsCodeChecks {

    private final SmsCodes codes;

    SmsCodeChecks(SmsCodes codes) {
        this.codes = codes;
    }

    /** The number in E.164; refuses an empty or unusable one. */
    static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            throw InvalidInput.of("phone", "validation.required");
        }
        return PhoneNumbers.normalise(typed).orElseThrow(() -> InvalidInput.of("phone", "phone.error.format"));
    }

    CodeSent send(String phone, SmsCodePurpose purpose, Long userId, java.util.Locale locale) {
        codes.send(phone, purpose, userId, locale, clientAddress().orElse(null));
        return new CodeSent(phone, PhoneNumbers.display(phone), (int) SmsCodes.VALIDITY.toMinutes(),
                (int) SmsCodes.RESEND_AFTER.toSeconds());
    }

    /** Refuses unless the code is the number's newest, unused, unexpired one with tries left; marks it used. */
    void requireRight(String phone, SmsCodePurpose purpose, Long userId, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (code.isEmpty()) {
            throw InvalidInput.of("code", "validation.required");
        }
        if (!code.matches("\\d{6}")) {
            throw InvalidInput.of("code", "phone.error.code-format");
        }
        SmsCodes.Check check = codes.check(phone, purpose, userId, code);
        switch (check.outcome()) {
            case RIGHT -> { }
            case WRONG -> throw InvalidInput.of("code", "phone.error.wrong-code", check.triesLeft());
            case NO_CODE -> throw InvalidInput.of("code", "phone.error.no-code");
            case EXPIRED -> throw InvalidInput.of("code", "phone.error.code-expired", SmsCodes.VALIDITY.toMinutes());
            case USED -> throw InvalidInput.of("code", "phone.error.code-used");
            case TOO_MANY_TRIES -> throw InvalidInput.of("code", "phone.error.too-many-tries");
        }
    }

    private static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Optional.of(request.getRequest().getRemoteAddr()) : Optional.empty();
    }
}
