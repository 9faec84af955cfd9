package org.gridvoice.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.casework.domain.CaseFeedQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as public open data for other modules' feeds (the Open311 API): every case, from a
 * resident's request or from a proposal, with no person's name or contact. Anyone may read it.
 * Each page is two statements (ids, then rows), plus one for its status notes.
 */
@Service
public class CaseFeedService {

    private final CaseFeedQueries queries;

    CaseFeedService(CaseFeedQueries queries) {
        this.queries = queries;
    }

    /** One page of the cases the filter selects, newest first. */
    @Transactional(readOnly = true)
    public List<CaseFeedItem> page(CaseFeedFilter filter) {
        List<CaseFeedItem> items = queries.page(filter);
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, String> notes = queries.lastNotes(items.stream().map(CaseFeedItem::id).toList());
        return items.stream().map(item -> item.withStatusNotes(notes.get(item.id()))).toList();
    }

    /** One case. */
    @Transactional(readOnly = true)
    public Optional<CaseFeedItem> find(long caseId) {
        return page(new CaseFeedFilter(List.of(caseId), null, List.of(), null, null, null, 1, 1)).stream().findFirst();
    }
}
