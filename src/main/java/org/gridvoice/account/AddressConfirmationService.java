package org.gridvoice.account;

import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's help for someone stuck at sign-up: mail the confirmation link again, or
 * confirm the address by hand (for example after checking it by phone). Both refuse an unknown
 * account ({@code account.error.user-unknown}) and an address confirmed already
 * ({@code account.error.already-confirmed}) with {@link InvalidInput}; each returns the address.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AddressConfirmationService {

    private final UserAccountRepository users;
    private final AccountMails mails;

    AddressConfirmationService(UserAccountRepository users, AccountMails mails) {
        this.users = users;
        this.mails = mails;
    }

    /** A new confirmation link to the account's address; earlier links stop working. */
    public String resendConfirmation(Long userId) {
        UserAccount user = unconfirmed(userId);
        mails.confirmation(user, true);
        return user.getEmail();
    }

    public String confirmByHand(Long userId) {
        UserAccount user = unconfirmed(userId);
        user.confirmEmail();
        return user.getEmail();
    }

    private UserAccount unconfirmed(Long userId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> InvalidInput.of(null, "account.error.user-unknown"));
        if (user.isEmailConfirmed()) {
            throw InvalidInput.of(null, "account.error.already-confirmed");
        }
        if (user.getEmail() == null) {
            throw InvalidInput.of(null, "phone.admin.no-email");
        }
        return user;
    }
}
