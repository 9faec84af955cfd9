package org.gridvoice.account;

import java.time.Duration;
import org.gridvoice.account.domain.RequestLimit;
import org.gridvoice.account.domain.SmsCodePurpose;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user's ways of being reached and of signing in: a mobile number proved by a code
 * (purpose VERIFY_PHONE) and an email address proved by the usual confirmation mail, with a password
 * for accounts that had none. Refusals are {@link InvalidInput} on "phone", "code", "email" or
 * "password"; nothing is stored then (a wrong code still counts as a try).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ContactsService {

    private final UserAccountRepository users;
    private final SmsCodeChecks codes;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final RequestLimit limit;
    private final int perClient;

    ContactsService(UserAccountRepository users, SmsCodeChecks codes, AccountMails mails, PasswordEncoder passwordEncoder,
                    CurrentUser currentUser, RequestLimit limit,
                    @Value("${gridvoice.account.mail-requests-per-client:20}") int perClient) {
        this.users = users;
        this.codes = codes;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.limit = limit;
        this.perClient = perClient;
    }

    /** The signed-in user's own contacts, the number whole (it is theirs). */
    @Transactional(readOnly = true)
    public Contacts myContacts() {
        UserAccount user = me();
        return new Contacts(user.getEmail(), user.isEmailConfirmed(), user.getPhone(), user.isPhoneConfirmed(),
                user.getPasswordHash() != null);
    }

    /** Sends a code to a number the signed-in user wants on their account. Whose the number is is only checked with the code. */
    public CodeSent requestPhoneVerificationCode(String phone) {
        UserAccount user = me();
        return codes.send(SmsCodeChecks.phone(phone), SmsCodePurpose.VERIFY_PHONE, user.getId(), Messages.fromTag(user.getLanguage()));
    }

    /**
     * Puts the number, confirmed, on the signed-in user's account once the code is right. Refuses a
     * number that belongs to another account ("phone.error.number-taken": told only to whoever holds the phone).
     */
    public Contacts verifyMyPhone(String phoneTyped, String code) {
        UserAccount user = me();
        String phone = SmsCodeChecks.phone(phoneTyped);
        codes.requireRight(phone, SmsCodePurpose.VERIFY_PHONE, user.getId(), code);
        if (users.findByPhone(phone).filter(other -> !other.getId().equals(user.getId())).isPresent()) {
            throw InvalidInput.of("phone", "phone.error.number-taken");
        }
        user.changePhone(phone);
        user.confirmPhone();
        return myContacts();
    }

    /**
     * Adds an email address (or replaces one not yet confirmed) and mails the confirmation link; an
     * account without password must choose one here, so that it can sign in by email. If the address
     * belongs to another account, nothing is stored and its owner is mailed "someone tried to register
     * with your address": the caller cannot tell the two apart.
     */
    public void addMyEmail(String emailTyped, String password) {
        UserAccount user = me();
        String email = AccountService.normalise(emailTyped);
        if (email.isEmpty()) {
            throw InvalidInput.of("email", "validation.required");
        }
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw InvalidInput.of("email", email.length() > 254 ? "validation.too-long" : "validation.email");
        }
        if (user.getEmail() != null && user.isEmailConfirmed()) {
            throw InvalidInput.of("email", "phone.error.has-email");
        }
        boolean needsPassword = user.getPasswordHash() == null;
        if (needsPassword) {
            checkPassword(password);
        }
        checkClientLimit();
        var owner = users.findByEmail(email);
        if (owner.isPresent() && !owner.get().getId().equals(user.getId())) {
            mails.alreadyRegistered(owner.get());
            return;
        }
        user.changeEmail(email);
        if (needsPassword) {
            user.changePassword(passwordEncoder.encode(password));
        }
        mails.confirmation(user, false);
    }

    private static void checkPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw InvalidInput.of("password", "validation.required");
        }
        if (password.length() < 8) {
            throw InvalidInput.of("password", "validation.password-short", 8);
        }
        if (password.length() > 128) {
            throw InvalidInput.of("password", "validation.too-long", 128);
        }
    }

    private void checkClientLimit() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && !limit.allow("from:" + request.getRequest().getRemoteAddr(), perClient, Duration.ofMinutes(15))) {
            throw InvalidInput.of("email", "account.error.too-many-requests");
        }
    }

    private UserAccount me() {
        return users.findById(currentUser.requireId()).orElseThrow();
    }
}
