package org.gridvoice.place.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "place_street")
public class Street {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** The street's jurisdiction_id in the Open311 API; null until the administrator gives one. */
    private String code;
    @jakarta.persistence.Column(name = "sort_order")
    private int sortOrder;
    private boolean retired;
    @Version
    private long version;

    protected Street() {
    }

    public Street(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void rename(String name) { this.name = name; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isRetired() { return retired; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
