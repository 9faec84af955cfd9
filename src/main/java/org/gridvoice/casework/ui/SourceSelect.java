package org.gridvoice.casework.ui;

import com.vaadin.flow.component.select.Select;
import org.gridvoice.casework.CaseSource;

/** Which cases to show by where they come from: all (empty), proposals' or residents' requests' (诉求). */
class SourceSelect extends Select<CaseSource> {

    SourceSelect(String id) {
        setId(id);
        setLabel(getTranslation("casework.source.label"));
        setItems(CaseSource.values());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("casework.source.all"));
        setItemLabelGenerator(s -> s == null ? getTranslation("casework.source.all") : getTranslation("casework.source.filter." + s.name()));
    }
}
