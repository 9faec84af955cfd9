package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.gridvoice.casework.CaseService;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** Every case in public, open ones first and the most urgent on top. */
@Route("cases")
@AnonymousAllowed
@Menu(title = "nav.cases", order = 7, icon = "vaadin:tasks")
public class CasesView extends Main implements HasDynamicTitle {

    final CaseGrid cases;
    final SourceSelect source = new SourceSelect("cases-source");

    public CasesView(CaseService caseService, Clock clock) {
        addClassName("gv-page");
        setSizeFull();
        cases = new CaseGrid(clock);
        cases.setItems(q -> caseService.publicCases(null, source.getValue(), Paging.of(q, Sort.unsorted())).stream());
        cases.setEmptyStateText(getTranslation("casework.list.empty"));
        source.addValueChangeListener(e -> cases.getDataProvider().refreshAll());
        add(new H2(getTranslation("casework.list.heading")), new Paragraph(getTranslation("casework.list.intro")), source, cases);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.list.heading");
    }
}
