package org.gridvoice.account;

import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.account.domain.RoleGrant;
import org.gridvoice.account.domain.RoleGrantRepository;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a fresh production database nobody could administer anything: when
 * gridvoice.admin.email and gridvoice.admin.password are set and no administrator exists yet,
 * that account is created (or promoted). Once an administrator exists this does nothing.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdministrator(UserAccountRepository users, RoleGrantRepository grants, PasswordEncoder passwordEncoder, Clock clock,
                       @Value("${gridvoice.admin.email:}") String email, @Value("${gridvoice.admin.password:}") String password) {
        this.users = users;
        this.grants = grants;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.email = AccountService.normalise(email);
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensure() {
        if (email.isBlank() || grants.countByRole(Role.ADMIN) > 0) {
            return;
        }
        if (password.length() < 12) {
            log.warn("gridvoice.admin.password must have at least 12 characters; no administrator was created");
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount admin = users.findByEmail(email).orElseGet(() -> {
            UserAccount created = users.save(new UserAccount(email, passwordEncoder.encode(password), "Administrator", "zh-CN", now));
            grants.save(new RoleGrant(created.getId(), Role.RESIDENT, null, null, now, null));
            return created;
        });
        admin.confirmEmail();
        grants.save(new RoleGrant(admin.getId(), Role.ADMIN, null, null, now, null));
        log.info("Created the first administrator {}", email);
    }
}
