package org.gridvoice.consultation;

import java.util.Set;

/** Who may take part and with what: later features (proposals, voting) ask for this. */
public record ConsultationScope(Long consultationId, Long communityId, boolean wholeCommunity, Set<Long> gridIds,
                                Set<Long> categoryIds, int endorsementThreshold, Phase phase) {

    public boolean covers(Long gridId, Long gridCommunityId) {
        return wholeCommunity ? communityId.equals(gridCommunityId) : gridIds.contains(gridId);
    }
}
