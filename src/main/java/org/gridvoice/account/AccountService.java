package org.gridvoice.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.gridvoice.account.domain.AccountToken;
import org.gridvoice.account.domain.MailTokens;
import org.gridvoice.account.domain.RequestLimit;
import org.gridvoice.account.domain.RoleGrant;
import org.gridvoice.account.domain.RoleGrantRepository;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.account.security.LoginThrottle;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Registration, mail confirmation, password reset and the signed-in user's profile.
 * Bad input throws {@link InvalidInput} and stores nothing. Mailed links are one-time and
 * expire; an unknown, expired or used link gives {@link TokenOutcome#INVALID}.
 * Registration, a new confirmation link and a password reset answer alike whether or not the
 * address has an account; the mail to the address says the rest. One client may ask for
 * {@code gridvoice.account.mail-requests-per-client} of them per 15 minutes.
 */
@Service
@Transactional
public class AccountService {

    private static final Duration CLIENT_WINDOW = Duration.ofMinutes(15);

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;
    private final MailTokens tokens;
    private final AccountMails mails;
    private final RequestLimit limit;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int perClient;
    private final LoginThrottle loginThrottle;
    private final AccountNames names;

    AccountService(UserAccountRepository users, RoleGrantRepository grants, MailTokens tokens, AccountMails mails,
                   RequestLimit limit, PasswordEncoder passwordEncoder, InputValidator validator, CurrentUser currentUser,
                   Clock clock, @Value("${gridvoice.account.mail-requests-per-client:20}") int perClient,
                   LoginThrottle loginThrottle, AccountNames names) {
        this.loginThrottle = loginThrottle;
        this.names = names;
        this.users = users;
        this.grants = grants;
        this.tokens = tokens;
        this.mails = mails;
        this.limit = limit;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
        this.perClient = perClient;
    }

    /**
     * Creates an unconfirmed resident account and mails the confirmation link. If the address has an
     * account already, nothing is stored and that account is mailed "someone tried to register with
     * your address" instead; the caller cannot tell the two apart.
     */
    public void register(RegistrationForm submitted) {
        RegistrationForm form = new RegistrationForm(normalise(submitted.email()), submitted.displayName(),
                submitted.password(), submitted.language());
        validator.check(form);
        checkClientLimit();
        String email = form.email();
        // hashed either way, so both answers take the same time
        String passwordHash = passwordEncoder.encode(form.password());
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            mails.alreadyRegistered(existing.get());
            return;
        }
        String language = Messages.supported(form.language() == null ? null : Locale.forLanguageTag(form.language())).toLanguageTag();
        UserAccount user = users.save(new UserAccount(email, passwordHash, form.displayName().strip(), language, LocalDateTime.now(clock)));
        grants.save(new RoleGrant(user.getId(), Role.RESIDENT, null, null, LocalDateTime.now(clock), null));
        mails.confirmation(user, false);
    }

    /**
     * Mails a new confirmation link to an unconfirmed account, or "sign in or reset your password" to a
     * confirmed one; sends nothing to an unknown address. Says nothing either way.
     */
    public void resendConfirmation(String email) {
        checkClientLimit();
        users.findByEmail(normalise(email)).ifPresent(user -> {
            if (user.isEmailConfirmed()) {
                mails.alreadyRegistered(user);
            } else {
                mails.confirmation(user, false);
            }
        });
    }

    public TokenOutcome confirmEmail(String token) {
        return tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL)
                .flatMap(users::findById)
                .map(user -> {
                    user.confirmEmail();
                    return TokenOutcome.DONE;
                })
                .orElse(TokenOutcome.INVALID);
    }

    /** Mails a reset link if the address is known; the caller learns nothing about whether it is. */
    public void requestPasswordReset(String email) {
        checkClientLimit();
        users.findByEmail(normalise(email)).ifPresent(mails::passwordReset);
    }

    /** Sets a new password through a reset link. A reset also confirms the address, since the mail reached it. */
    public TokenOutcome resetPassword(String token, String newPassword) {
        if (newPassword == null || newPassword.isEmpty()) {
            throw InvalidInput.of("password", "validation.required");
        }
        if (newPassword.length() < 8) {
            throw InvalidInput.of("password", "validation.password-short", 8);
        }
        if (newPassword.length() > 128) {
            throw InvalidInput.of("password", "validation.too-long", 128);
        }
        return tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)
                .flatMap(users::findById)
                .map(user -> {
                    user.changePassword(passwordEncoder.encode(newPassword));
                    user.confirmEmail();
                    user.endAllSessions();
                    // whoever can read the account's mail may sign in again at once
                    loginThrottle.liftAccountDelay(user.getEmail());
                    return TokenOutcome.DONE;
                })
                .orElse(TokenOutcome.INVALID);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Profile myProfile() {
        UserAccount user = me();
        return new Profile(user.getId(), user.getEmail(), user.getDisplayName(), user.getLanguage(), user.getEmailPreference());
    }

    @PreAuthorize("isAuthenticated()")
    public Profile updateMyProfile(ProfileForm form) {
        validator.check(form);
        UserAccount user = me();
        user.changeProfile(form.displayName().strip(), form.language(), form.emailPreference());
        return new Profile(user.getId(), user.getEmail(), user.getDisplayName(), user.getLanguage(), user.getEmailPreference());
    }

    /** Remembers the language a signed-in user picked in the header. */
    @PreAuthorize("isAuthenticated()")
    public void changeMyLanguage(Locale locale) {
        me().changeLanguage(Messages.supported(locale).toLanguageTag());
    }

    /** The remembered language of the signed-in user, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Locale> myLanguage() {
        return currentUser.get().flatMap(u -> users.findById(u.id())).map(u -> Messages.fromTag(u.getLanguage()));
    }

    /**
     * Where and how to reach a user by mail (and by text message, if they chose it), for notifications;
     * nobody once the account is erased. An account without address (phone only) has a null email and
     * preference NEVER.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Recipient> recipient(Long userId) {
        return users.findById(userId).filter(u -> u.getErasedAt() == null).map(u -> new Recipient(u.getId(), u.getEmail(), u.getDisplayName(),
                Messages.fromTag(u.getLanguage()), u.getEmail() == null ? EmailPreference.NEVER : u.getEmailPreference(), u.getVersion(),
                u.isPhoneConfirmed() ? u.getPhone() : null, u.isSmsNotifications()));
    }

    /**
     * Stops notification mail for a user who followed a signed unsubscribe link (its signature
     * checked by the caller); false, changing nothing, when the account changed since the link was
     * made ({@code stamp}, the version in {@link Recipient#stamp()}): the link was used already, or
     * the preference changed since.
     */
    public boolean stopNotificationMail(Long userId, long stamp) {
        return users.findById(userId).filter(u -> u.getVersion() == stamp && u.getEmailPreference() != EmailPreference.NEVER).map(u -> {
            u.changeProfile(u.getDisplayName(), u.getLanguage(), EmailPreference.NEVER);
            return true;
        }).orElse(false);
    }

    /**
     * Display names of the given users, for showing who did what; "a former resident" (in the reader's
     * language) for an erased account.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> userIds) {
        return users.findAllById(userIds).stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::getId, names::of));
    }

    /** What an erased account is called, in the reader's language: for lists that read names with their own query. */
    public String formerResidentName() {
        return names.formerResident();
    }

    /** When each of the given accounts was created, for telling new accounts apart. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.time.LocalDateTime> createdAt(java.util.Collection<Long> userIds) {
        return users.findAllById(userIds).stream().filter(u -> u.getCreatedAt() != null)
                .collect(java.util.stream.Collectors.toMap(UserAccount::getId, UserAccount::getCreatedAt));
    }

    private UserAccount me() {
        return users.findById(currentUser.requireId()).orElseThrow();
    }

    /** Refuses a client (by its address) that asked for too many account mails lately; without a request, no limit. */
    private void checkClientLimit() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && !limit.allow("from:" + request.getRequest().getRemoteAddr(), perClient, CLIENT_WINDOW)) {
            throw InvalidInput.of("email", "account.error.too-many-requests");
        }
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
