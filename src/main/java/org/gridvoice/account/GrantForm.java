package org.gridvoice.account;

import jakarta.validation.constraints.NotNull;

/** A role to grant: COMMITTEE needs a community, OFFICER and OFFICE_LEAD an office, the others neither. */
public record GrantForm(@NotNull(message = "validation.required") Role role, Long communityId, Long officeId) {
}
