package org.gridvoice.voting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee adds to a stored result, each once and on the audit chain: the break of an
 * approval tie at the acceptance boundary (with a public reason), and the outcome statement.
 * The counts themselves never change.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeService {

    private final ResultService results;
    private final CommitteeGate committee;
    private final AccountService accounts;
    private final AuditLog audit;
    private final MarkdownRenderer markdown;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProposalService proposals;
    private final BudgetTieBreak budgetTies;

    OutcomeService(ResultService results, CommitteeGate committee, AccountService accounts, AuditLog audit, MarkdownRenderer markdown,
                   InputValidator validator, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, ProposalService proposals,
                   BudgetTieBreak budgetTies) {
        this.budgetTies = budgetTies;
        this.results = results;
        this.committee = committee;
        this.accounts = accounts;
        this.audit = audit;
        this.markdown = markdown;
        this.validator = validator;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.proposals = proposals;
    }

    public Optional<Outcome> outcome(Long consultationId) {
        record Row(String tieBreakReason, LocalDateTime tieBrokenAt, Long tieBrokenBy, String statementHtml,
                   LocalDateTime statementPublishedAt, Long statementPublishedBy) {
        }
        return jdbc.sql("""
                SELECT tie_break_reason, tie_broken_at, tie_broken_by, statement_html, statement_published_at, statement_published_by
                FROM voting_result WHERE consultation_id = :c""").param("c", consultationId).query(Row.class).optional()
                .map(r -> {
                    var names = accounts.displayNames(java.util.stream.Stream.of(r.tieBrokenBy(), r.statementPublishedBy())
                            .filter(java.util.Objects::nonNull).toList());
                    return new Outcome(r.tieBreakReason(), r.tieBrokenAt(), names.get(r.tieBrokenBy()), r.statementHtml(),
                            r.statementPublishedAt(), names.get(r.statementPublishedBy()));
                });
    }

    /**
     * The remaining places of an approval vote, given to tied proposals by the committee, once, with a public reason.
     * A budget vote's tie: {@code accepted} are the tied projects the committee funds; the funding rule then goes on,
     * and a later tie may be broken the same way ({@link BudgetTieBreak}).
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void breakTie(Long consultationId, TieBreakForm form) {
        validator.check(form);
        Long me = committee.requireCommitteeOf(consultationId);
        VotingResult result = results.result(consultationId).orElseThrow(() -> InvalidInput.of(null, "voting.error.not-closed"));
        if (result.method() == VotingMethod.BUDGET) {
            budgetTies.breakTie(consultationId, me, form);
            return;
        }
        Set<Long> tied = result.lines().stream().filter(ResultLine::tied).map(ResultLine::proposalId).collect(Collectors.toSet());
        if (tied.isEmpty() || !result.quorumMet()) {
            throw InvalidInput.of(null, "voting.error.no-tie");
        }
        if (outcome(consultationId).map(Outcome::tieBrokenAt).isPresent()) {
            throw InvalidInput.of(null, "voting.error.tie-broken");
        }
        int places = results.acceptedCount(consultationId) - (int) result.lines().stream().filter(ResultLine::accepted).count();
        if (!tied.containsAll(form.accepted())) {
            throw InvalidInput.of("accepted", "voting.error.not-tied");
        }
        if (form.accepted().size() != places) {
            throw InvalidInput.of("accepted", "voting.error.tie-places", places);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("UPDATE voting_result SET tie_break_reason = :r, tie_broken_at = :now, tie_broken_by = :me WHERE consultation_id = :c")
                .param("r", form.reason().strip()).param("now", now).param("me", me).param("c", consultationId).update();
        List<Long> chosen = form.accepted().stream().sorted().toList();
        for (Long proposal : chosen) {
            jdbc.sql("UPDATE voting_result_line SET accepted = TRUE WHERE consultation_id = :c AND proposal_id = :p")
                    .param("c", consultationId).param("p", proposal).update();
        }
        audit.append(new AuditRecord("TIE_BROKEN", "consultation", consultationId, "committee:" + me,
                "accepted " + chosen + ", reason sha256 " + AuditRecord.textHash(form.reason().strip())));
        chosen.forEach(proposal -> {
            proposals.recordTieBroken(proposal);
            events.publishEvent(new ProposalAccepted(consultationId, proposal));
        });
    }

    /** Publishes the committee's outcome statement, once; it is shown with the result from then on. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void publishStatement(Long consultationId, OutcomeStatementForm form) {
        validator.check(form);
        Long me = committee.requireCommitteeOf(consultationId);
        if (results.result(consultationId).isEmpty()) {
            throw InvalidInput.of(null, "voting.error.not-closed");
        }
        String html = markdown.toHtml(form.markdown());
        int updated = jdbc.sql("""
                UPDATE voting_result SET statement_markdown = :md, statement_html = :html, statement_published_at = :now,
                    statement_published_by = :me
                WHERE consultation_id = :c AND statement_published_at IS NULL""")
                .param("md", form.markdown()).param("html", html).param("now", LocalDateTime.now(clock)).param("me", me)
                .param("c", consultationId).update();
        if (updated == 0) {
            throw InvalidInput.of(null, "voting.error.statement-published");
        }
        audit.append(new AuditRecord("OUTCOME_PUBLISHED", "consultation", consultationId, "committee:" + me,
                "statement sha256 " + AuditRecord.textHash(form.markdown())));
    }
}
