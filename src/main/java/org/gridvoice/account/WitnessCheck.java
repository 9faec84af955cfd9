package org.gridvoice.account;

import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second staff member witnesses an act done in person (a paper ballot, a resident's attestation at
 * the committee) by entering their own sign-in name and password on the recording screen. The check
 * goes through the same throttled sign-in as the login form, in a transaction of its own so that a
 * failed try is counted even though the act it was for stores nothing.
 */
@Service
public class WitnessCheck {

    private final AuthenticationManager authentication;
    private final StaffScope staff;

    WitnessCheck(AuthenticationManager authentication, StaffScope staff) {
        this.authentication = authentication;
        this.staff = staff;
    }

    /**
     * The witness's user id: someone other than {@code actingUserId} who signs in with these
     * credentials and serves {@code communityId}. Throws {@link InvalidInput} (field "witness") otherwise.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Long verify(String login, String password, Long communityId, Long actingUserId) {
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw InvalidInput.of("witness", "witness.error.required");
        }
        SignedInUser witness;
        try {
            var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login.strip(), password));
            witness = (SignedInUser) result.getPrincipal();
        } catch (AuthenticationException e) {
            throw InvalidInput.of("witness", "witness.error.credentials");
        }
        if (witness.id().equals(actingUserId)) {
            throw InvalidInput.of("witness", "witness.error.same-person");
        }
        if (!staff.serves(witness.id(), communityId)) {
            throw InvalidInput.of("witness", "witness.error.not-staff");
        }
        return witness.id();
    }
}
