package org.gridvoice.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own proposals and endorsements, newest first, paged in SQL without a
 * count (the ids of the page, then their summaries in three statements).
 */
@Service
@Transactional(readOnly = true)
public class ProposalActivityService {

    /** At most this many proposals are looked at to find someone's cases. */
    private static final int INVOLVED_CAP = 500;

    private final JdbcClient jdbc;
    private final ProposalService proposals;
    private final CurrentUser currentUser;

    ProposalActivityService(JdbcClient jdbc, ProposalService proposals, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.currentUser = currentUser;
    }

    /** Proposals the signed-in person wrote, newest first, withdrawn ones included. */
    @PreAuthorize("isAuthenticated()")
    public Slice<ProposalSummary> mine(Pageable pageable) {
        return page(jdbc.sql("SELECT id FROM proposal WHERE author_id = :me ORDER BY id DESC LIMIT :limit OFFSET :offset"), pageable);
    }

    /** Proposals the signed-in person endorses, most recently endorsed first. */
    @PreAuthorize("isAuthenticated()")
    public Slice<ProposalSummary> endorsedByMe(Pageable pageable) {
        return page(jdbc.sql("""
                SELECT proposal_id FROM proposal_endorsement WHERE user_id = :me
                ORDER BY endorsed_at DESC, proposal_id DESC LIMIT :limit OFFSET :offset"""), pageable);
    }

    /** The ids of proposals the signed-in person wrote or endorses (the newest, at most a few hundred): their cases are theirs to follow. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> involvedIds() {
        return jdbc.sql("""
                SELECT id FROM (SELECT id FROM proposal WHERE author_id = :me
                                UNION SELECT proposal_id FROM proposal_endorsement WHERE user_id = :me) mine
                ORDER BY id DESC LIMIT :cap""")
                .param("me", currentUser.requireId()).param("cap", INVOLVED_CAP).query(Long.class).list();
    }

    private Slice<ProposalSummary> page(JdbcClient.StatementSpec ids, Pageable pageable) {
        List<Long> found = ids.param("me", currentUser.requireId()).param("limit", pageable.getPageSize() + 1)
                .param("offset", pageable.getOffset()).query(Long.class).list();
        boolean more = found.size() > pageable.getPageSize();
        List<Long> page = more ? found.subList(0, pageable.getPageSize()) : found;
        Map<Long, ProposalSummary> byId = proposals.summariesOf(page).stream()
                .collect(Collectors.toMap(ProposalSummary::id, Function.identity()));
        List<ProposalSummary> ordered = page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new SliceImpl<>(ordered, pageable, more);
    }
}
