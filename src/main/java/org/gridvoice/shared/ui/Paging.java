package org.gridvoice.shared.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns a lazy grid's query into a database page, with a default order when the user sorted nothing. */
public final class Paging {

    private Paging() {
    }

    public static Pageable of(Query<?, ?> query, Sort fallback) {
        Pageable requested = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return requested.getSort().isSorted() ? requested
                : org.springframework.data.domain.PageRequest.of(requested.getPageNumber(), requested.getPageSize(), fallback);
    }
}
