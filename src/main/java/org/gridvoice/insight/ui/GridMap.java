package org.gridvoice.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gridvoice.insight.RequestPoint;

/** Placeholder with the insight-geo branch's signatures; the merge replaces it with the real map. */
public class GridMap extends Div {

    public GridMap() {
        setId("grid-map");
    }

    public void setData(String featureCollectionJson, Map<Long, Long> valueByGridId, List<RequestPoint> points, String legendTitle) {
    }

    public Registration addGridClickListener(Consumer<Long> listener) {
        return () -> { };
    }
}
