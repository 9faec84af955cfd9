package org.gridvoice.place;

public record GridSummary(Long id, Long communityId, String communityName, String name, String description, boolean retired) {

    /** "社区 · 网格", how residents recognise a grid. */
    public String fullName() {
        return communityName + " · " + name;
    }
}
