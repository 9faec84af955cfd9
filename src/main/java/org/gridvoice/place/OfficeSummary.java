package org.gridvoice.place;

import java.util.Set;

public record OfficeSummary(Long id, Long streetId, String name, OfficeKind kind, String phone, Set<Long> gridIds, boolean retired,
                            int sortOrder) {

    public OfficeSummary(Long id, Long streetId, String name, OfficeKind kind, String phone, Set<Long> gridIds, boolean retired) {
        this(id, streetId, name, kind, phone, gridIds, retired, 0);
    }
}
