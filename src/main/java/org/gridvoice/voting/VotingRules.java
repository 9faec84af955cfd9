package org.gridvoice.voting;

import java.time.LocalDateTime;

/** A consultation's voting rules; {@code lockedAt} is set when voting opened. */
public record VotingRules(Long consultationId, VotingRulesForm form, LocalDateTime lockedAt, long version) {

    public boolean locked() {
        return lockedAt != null;
    }
}
