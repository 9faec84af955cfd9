package org.gridvoice.voting;

import java.time.LocalDateTime;

/**
 * A vote the signed-in person was an elector of: whether their ballot (or their household's) is
 * in, with its receipt and time, and whether the result is out. Never what they chose.
 */
public record MyVote(Long consultationId, boolean voted, String receipt, LocalDateTime castAt, boolean closed) {
}
