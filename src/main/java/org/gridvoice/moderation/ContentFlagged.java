package org.gridvoice.moderation;

import org.gridvoice.shared.ContentRef;

/** Published for each new flag, so the committee of the community can be told. */
public record ContentFlagged(ContentRef target, Long communityId, int openFlags, boolean hiddenNow) {
}
