package org.gridvoice.place.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "place_grid")
public class Grid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "community_id")
    private Long communityId;
    private String name;
    private String description;
    @jakarta.persistence.Column(name = "sort_order")
    private int sortOrder;
    private boolean retired;
    @Version
    private long version;

    protected Grid() {
    }

    public Grid(Long communityId, String name, String description) {
        this.communityId = communityId;
        this.name = name;
        this.description = description;
    }

    public Long getId() { return id; }
    public Long getCommunityId() { return communityId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public boolean isRetired() { return retired; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public void setRetired(boolean retired) { this.retired = retired; }

    public void change(Long communityId, String name, String description) {
        this.communityId = communityId;
        this.name = name;
        this.description = description;
    }
}
