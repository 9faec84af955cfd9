package org.gridvoice.place.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "place_community")
public class Community {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "street_id")
    private Long streetId;
    private String name;
    private String address;
    @jakarta.persistence.Column(name = "sort_order")
    private int sortOrder;
    private boolean retired;
    @Version
    private long version;

    protected Community() {
    }

    public Community(Long streetId, String name, String address) {
        this.streetId = streetId;
        this.name = name;
        this.address = address;
    }

    public Long getId() { return id; }
    public Long getStreetId() { return streetId; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public boolean isRetired() { return retired; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public void setRetired(boolean retired) { this.retired = retired; }

    public void change(Long streetId, String name, String address) {
        this.streetId = streetId;
        this.name = name;
        this.address = address;
    }
}
