package org.gridvoice.place.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.gridvoice.place.OfficeKind;

@Entity
@Table(name = "place_office")
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "street_id")
    private Long streetId;
    private String name;
    @Enumerated(EnumType.STRING)
    private OfficeKind kind;
    private String phone;
    @jakarta.persistence.Column(name = "sort_order")
    private int sortOrder;
    private boolean retired;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "place_office_grid", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "grid_id")
    private Set<Long> gridIds = new HashSet<>();

    protected Office() {
    }

    public Office(Long streetId, String name, OfficeKind kind, String phone, Set<Long> gridIds) {
        change(streetId, name, kind, phone, gridIds);
    }

    public Long getId() { return id; }
    public Long getStreetId() { return streetId; }
    public String getName() { return name; }
    public OfficeKind getKind() { return kind; }
    public String getPhone() { return phone; }
    public Set<Long> getGridIds() { return Set.copyOf(gridIds); }
    public boolean isRetired() { return retired; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public void setRetired(boolean retired) { this.retired = retired; }

    public void change(Long streetId, String name, OfficeKind kind, String phone, Set<Long> gridIds) {
        this.streetId = streetId;
        this.name = name;
        this.kind = kind;
        this.phone = phone;
        this.gridIds.clear();
        this.gridIds.addAll(gridIds);
    }
}
