package org.gridvoice.voting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.audit.AuditLog;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's votes, for their home page and activity: where they are an elector,
 * whether their ballot is in (found by their pseudonym, as a cast finds it) and its receipt.
 * Two statements per call: the electorate rows, then the ballots of that page.
 */
@Service
@Transactional(readOnly = true)
public class VoterActivityService {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    VoterActivityService(JdbcClient jdbc, AuditLog audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Votes still open (no result yet) in which the signed-in elector has no ballot in, newest first, at most {@code limit}. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> awaitingMyVote(int limit) {
        List<Row> rows = rows(" AND NOT EXISTS (SELECT 1 FROM voting_result r WHERE r.consultation_id = e.consultation_id)", 0, 50);
        Map<Long, Ballot> ballots = ballots(rows);
        return rows.stream().filter(r -> !ballots.containsKey(r.consultationId())).map(Row::consultationId).limit(limit).toList();
    }

    /** A page of the votes the signed-in person was an elector of, newest first, with their receipt when they voted. */
    @PreAuthorize("isAuthenticated()")
    public Slice<MyVote> myVotes(Pageable pageable) {
        List<Row> rows = rows("", (int) pageable.getOffset(), pageable.getPageSize() + 1);
        boolean more = rows.size() > pageable.getPageSize();
        List<Row> page = more ? rows.subList(0, pageable.getPageSize()) : rows;
        Map<Long, Ballot> ballots = ballots(page);
        List<MyVote> votes = page.stream().map(r -> {
            Ballot b = ballots.get(r.consultationId());
            return new MyVote(r.consultationId(), b != null, b == null ? null : b.receipt(), b == null ? null : b.castAt(), r.closed());
        }).toList();
        return new SliceImpl<>(votes, pageable, more);
    }

    private record Row(long consultationId, String householdKey, boolean onePerHousehold, boolean closed) {
    }

    private record Ballot(long consultationId, String receipt, LocalDateTime castAt) {
    }

    private List<Row> rows(String condition, int offset, int limit) {
        return jdbc.sql("""
                SELECT e.consultation_id, e.household_key, COALESCE(r.one_per_household, FALSE) AS one_per_household,
                    EXISTS (SELECT 1 FROM voting_result v WHERE v.consultation_id = e.consultation_id) AS closed
                FROM voting_elector e LEFT JOIN voting_rules r ON r.consultation_id = e.consultation_id
                WHERE e.user_id = :me""" + condition + " ORDER BY e.consultation_id DESC LIMIT :limit OFFSET :offset")
                .param("me", currentUser.requireId()).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    private Map<Long, Ballot> ballots(List<Row> rows) {
        Map<Long, Ballot> found = new HashMap<>();
        if (rows.isEmpty()) {
            return found;
        }
        long me = currentUser.requireId();
        StringBuilder sql = new StringBuilder("SELECT consultation_id, receipt, cast_at FROM voting_ballot WHERE (consultation_id, voter_ref) IN (");
        List<Object> params = new ArrayList<>();
        for (Row r : rows) {
            String context = "consultation-" + r.consultationId();
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?)");
            params.add(r.consultationId());
            params.add(r.onePerHousehold() ? audit.pseudonym(r.householdKey(), context) : audit.pseudonym(me, context));
        }
        jdbc.sql(sql.append(")").toString()).params(params).query(Ballot.class).list().forEach(b -> found.put(b.consultationId(), b));
        return found;
    }
}
