package org.gridvoice.insight;

public record GridRef(Long id, Long communityId, String communityName, String name) {
}
