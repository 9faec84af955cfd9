package org.gridvoice.place;

import org.springframework.stereotype.Service;

/** Placeholder with the insight-geo branch's signatures; the merge replaces it. */
@Service
public class GridBoundaryService {

    public String streetBoundaries(Long streetId) {
        return "{\"type\":\"FeatureCollection\",\"features\":[]}";
    }

    public String communityBoundaries(Long communityId) {
        return "{\"type\":\"FeatureCollection\",\"features\":[]}";
    }
}
