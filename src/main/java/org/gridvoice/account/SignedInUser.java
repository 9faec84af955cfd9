package org.gridvoice.account;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. Its roles are those the user holds now: read at sign-in and
 * replaced at the next request after an administrator changes them; scopes are checked fresh by the services.
 * {@code email} is null for an account registered with a phone only; its user name is then "user#id".
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final Long id;
    private final String email;
    private final String displayName;
    private final boolean emailConfirmed;
    private final Set<Role> roles;
    private final int sessionEpoch;
    private String passwordHash;

    public SignedInUser(Long id, String email, String displayName, boolean emailConfirmed, Set<Role> roles, String passwordHash) {
        this(id, email, displayName, emailConfirmed, roles, passwordHash, 0);
    }

    /** With the account's session epoch at sign-in: the session ends once the account's epoch moves on. */
    public SignedInUser(Long id, String email, String displayName, boolean emailConfirmed, Set<Role> roles, String passwordHash,
                        int sessionEpoch) {
        this.sessionEpoch = sessionEpoch;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.emailConfirmed = emailConfirmed;
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    public Long id() { return id; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public boolean emailConfirmed() { return emailConfirmed; }
    public Set<Role> roles() { return roles; }
    public int sessionEpoch() { return sessionEpoch; }

    /** The same user holding these roles instead. */
    public SignedInUser withRoles(Set<Role> current) {
        return new SignedInUser(id, email, displayName, emailConfirmed, current, null, sessionEpoch);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return email != null ? email : "user#" + id; }

    @Override
    public void eraseCredentials() { this.passwordHash = null; }
}
