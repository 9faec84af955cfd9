package org.gridvoice.account.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.account.domain.RoleGrant;
import org.gridvoice.account.domain.RoleGrantRepository;
import org.gridvoice.account.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads a {@link SignedInUser} by email with the roles it holds. */
class AccountUserDetails implements UserDetailsService {

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;

    AccountUserDetails(UserAccountRepository users, RoleGrantRepository grants) {
        this.users = users;
        this.grants = grants;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        var user = users.findByEmail(email).filter(u -> !u.isDisabled())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Set<Role> roles = grants.findByUserIdOrderById(user.getId()).stream().map(RoleGrant::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new SignedInUser(user.getId(), user.getEmail(), user.getDisplayName(), user.isEmailConfirmed(), roles,
                user.getPasswordHash(), user.getSessionEpoch());
    }
}
