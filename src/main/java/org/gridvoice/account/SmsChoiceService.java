package org.gridvoice.account;

import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.shared.PhoneNumbers;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's choice to get the important notifications (residency decided, a vote opened, their
 * case resolved, a vote about to close) by text message as well: offered only with a confirmed phone.
 */
@Service
@Transactional(readOnly = true)
public class SmsChoiceService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;

    SmsChoiceService(UserAccountRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    public SmsChoice mine() {
        UserAccount user = me();
        boolean offered = user.getPhone() != null && user.isPhoneConfirmed();
        return new SmsChoice(offered, offered ? PhoneNumbers.display(user.getPhone()) : null, offered && user.isSmsNotifications());
    }

    /**
     * Turns notifications by text message on or off for the signed-in user; turning them on without
     * a confirmed phone is refused ({@link InvalidInput} on {@code sms}, "sms.error.no-confirmed-phone").
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SmsChoice choose(boolean sms) {
        UserAccount user = me();
        if (sms && (user.getPhone() == null || !user.isPhoneConfirmed())) {
            throw InvalidInput.of("sms", "sms.error.no-confirmed-phone");
        }
        user.chooseSmsNotifications(sms);
        return mine();
    }

    private UserAccount me() {
        return users.findById(currentUser.requireId()).orElseThrow();
    }
}
