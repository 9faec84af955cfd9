package org.gridvoice.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.domain.RoleGrant;
import org.gridvoice.account.domain.RoleGrantRepository;
import org.gridvoice.account.domain.SmsCodePurpose;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in and registering with a mobile number and a code sent to it by SMS (purpose SIGN_IN),
 * for residents without email. Asking for a code answers alike whether or not the number has an
 * account; only the person who then types the right code (and so holds the phone) learns more: a
 * registration for a number that has an account signs into that account, and a sign-in for a
 * number without one is told to register. Signing in with a code to a number the staff registered
 * takes that account over (its number becomes confirmed). Refusals are {@link InvalidInput} on
 * "phone", "displayName" or "code" (see {@link org.gridvoice.account.domain.SmsCodes}); a refused
 * code changes nothing but its count of tries. The caller puts the returned user into the session
 * ({@code account.security.SessionSignIn}).
 */
@Service
@Transactional
public class PhoneSignInService {

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;
    private final SmsCodeChecks codes;
    private final InputValidator validator;
    private final Clock clock;

    PhoneSignInService(UserAccountRepository users, RoleGrantRepository grants, SmsCodeChecks codes, InputValidator validator, Clock clock) {
        this.users = users;
        this.grants = grants;
        this.codes = codes;
        this.validator = validator;
        this.clock = clock;
    }

    /** Sends a sign-in code to the number, in the given language (a BCP 47 tag, or null for Chinese). */
    public CodeSent requestSignInCode(String phone, String language) {
        return codes.send(SmsCodeChecks.phone(phone), SmsCodePurpose.SIGN_IN, null, locale(language));
    }

    /** Checks the registration form, then sends the code that {@link #register} needs. */
    public CodeSent requestRegistrationCode(PhoneRegistrationForm form) {
        validator.check(form);
        return requestSignInCode(form.phone(), form.language());
    }

    /** Signs into the account of the number; refuses a number without account ("phone.error.no-account") or a closed account. */
    public PhoneSignIn signIn(String phoneTyped, String code) {
        String phone = SmsCodeChecks.phone(phoneTyped);
        codes.requireRight(phone, SmsCodePurpose.SIGN_IN, null, code);
        UserAccount user = users.findByPhone(phone).orElseThrow(() -> InvalidInput.of("phone", "phone.error.no-account"));
        return signInto(user);
    }

    /**
     * Creates a resident account with the confirmed number, no email and no password, and signs it in;
     * a number that has an account already signs into that one (name and language typed are ignored).
     */
    public PhoneSignIn register(PhoneRegistrationForm form, String code) {
        validator.check(form);
        String phone = SmsCodeChecks.phone(form.phone());
        codes.requireRight(phone, SmsCodePurpose.SIGN_IN, null, code);
        var existing = users.findByPhone(phone);
        if (existing.isPresent()) {
            return signInto(existing.get());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount user = UserAccount.withPhone(phone, form.displayName().strip(), locale(form.language()).toLanguageTag(), now, null);
        user.confirmPhone();
        user = users.save(user);
        grants.save(new RoleGrant(user.getId(), Role.RESIDENT, null, null, now, null));
        return new PhoneSignIn(principal(user), PhoneSignIn.How.CREATED);
    }

    private PhoneSignIn signInto(UserAccount user) {
        if (user.isDisabled() || user.getErasedAt() != null) {
            throw InvalidInput.of("code", "phone.error.account-closed");
        }
        boolean takeover = user.getRegisteredBy() != null && !user.isPhoneConfirmed();
        user.confirmPhone();
        return new PhoneSignIn(principal(user), takeover ? PhoneSignIn.How.TAKEN_OVER : PhoneSignIn.How.EXISTING);
    }

    /** The principal as a password sign-in makes it: the roles held now and the session epoch. */
    private SignedInUser principal(UserAccount user) {
        Set<Role> roles = grants.findByUserIdOrderById(user.getId()).stream().map(RoleGrant::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new SignedInUser(user.getId(), user.getEmail(), user.getDisplayName(), user.isEmailConfirmed(), roles, null,
                user.getSessionEpoch());
    }

    private static Locale locale(String language) {
        return language == null || language.isBlank() ? Messages.CHINESE : Messages.supported(Locale.forLanguageTag(language));
    }
}
