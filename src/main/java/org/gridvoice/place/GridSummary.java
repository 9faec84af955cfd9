package org.gridvoice.place;

public record GridSummary(Long id, Long communityId, String communityName, String name, String description, boolean retired,
                          int sortOrder) {

    public GridSummary(Long id, Long communityId, String communityName, String name, String description, boolean retired) {
        this(id, communityId, communityName, name, description, retired, 0);
    }

    /** "社区 · 网格", how residents recognise a grid. */
    public String fullName() {
        return communityName + " · " + name;
    }
}
