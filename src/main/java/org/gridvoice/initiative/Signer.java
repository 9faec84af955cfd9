package org.gridvoice.initiative;

import java.time.LocalDateTime;

/** A signer as the community's committee sees them: name, address (empty when their residency has ended since), when. */
public record Signer(Long userId, String name, String grid, String address, LocalDateTime signedAt, boolean opener) {
}
