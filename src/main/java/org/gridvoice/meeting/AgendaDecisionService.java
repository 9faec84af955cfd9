package org.gridvoice.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.WitnessCheck;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.MeetingLine;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.meeting.domain.AgendaDecisionStore;
import org.gridvoice.meeting.domain.AttendanceStore;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.proposal.ProposalTally;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding a meeting's agenda items, once each: a show of hands (passed with more than half of those
 * present in favour) or a consensus note, signed by the recording committee member and confirmed by a
 * second one ({@link WitnessCheck}); or referral to an online vote (a draft consultation made from the
 * item). A 居民会议 decides only with its quorum. An item linking a proposal decides the proposal as a
 * vote would; the committee then routes it to an office. Everything on the audit chain, counts only.
 */
@Service
@Transactional(readOnly = true)
public class AgendaDecisionService {

    private static final Set<ProposalStatus> UNDECIDED = Set.of(ProposalStatus.OPEN, ProposalStatus.QUALIFIED, ProposalStatus.NOT_QUALIFIED);

    private final MeetingDeskGate gate;
    private final AgendaDecisionStore store;
    private final AttendanceStore attendance;
    private final QuorumService quorums;
    private final WitnessCheck witnesses;
    private final RoleService roles;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final CategoryService categories;
    private final CaseRoutingService routing;
    private final MarkdownRenderer markdown;
    private final InputValidator validator;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaDecisionService(MeetingDeskGate gate, AgendaDecisionStore store, AttendanceStore attendance, QuorumService quorums,
                          WitnessCheck witnesses, RoleService roles, ProposalService proposals, ConsultationService consultations,
                          CategoryService categories, CaseRoutingService routing, MarkdownRenderer markdown, InputValidator validator,
                          AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.gate = gate;
        this.store = store;
        this.attendance = attendance;
        this.quorums = quorums;
        this.witnesses = witnesses;
        this.roles = roles;
        this.proposals = proposals;
        this.consultations = consultations;
        this.categories = categories;
        this.routing = routing;
        this.markdown = markdown;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The agenda with each item's decision (public once the meeting is published), in order. */
    public List<AgendaDecision> items(Long meetingId) {
        MeetingHeader h = gate.header(meetingId);
        if (h.status() == MeetingStatus.DRAFT) {
            gate.requireCommittee(h);
        }
        return store.items(meetingId).stream().map(this::decision).toList();
    }

    private AgendaDecision decision(AgendaDecisionStore.Item i) {
        Long caseId = null;
        String linkTitle = null;
        if ("PROPOSAL".equals(i.linkKind())) {
            var details = proposals.details(i.linkId());
            linkTitle = details.summary().title();
            caseId = Boolean.TRUE.equals(i.passed()) ? details.progress().caseId() : null;
        }
        return new AgendaDecision(i.id(), i.position(), i.title(), i.linkKind(), i.linkId(), linkTitle,
                i.method() == null ? null : AgendaDecisionMethod.valueOf(i.method()), i.votesFor(), i.votesAgainst(), i.votesAbstain(),
                i.present(), i.passed(), i.consensusHtml(), i.recordedAt(), i.referredConsultationId(), caseId);
    }

    /**
     * Records an item's show of hands or consensus, confirmed by a second committee member who enters
     * their own sign-in name and password. Throws AccessDeniedException for anyone not on the
     * committee; InvalidInput, storing nothing, when the desk is closed ({@code meetingdesk.error.not-open}),
     * the item is decided already ({@code meetingdesk.error.recorded}), counts are missing or exceed those
     * present ({@code meetingdesk.error.counts-exceed}), the consensus note is blank, a 居民会议 lacks
     * its quorum ({@code meetingdesk.error.no-quorum}), the linked proposal is decided or on a ballot
     * ({@code meetingdesk.error.proposal-decided}), or the second signatory is the first, unknown, or not
     * on the committee (field "witness").
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void record(Long meetingId, Long itemId, AgendaDecisionForm form, String witnessLogin, String witnessPassword) {
        validator.check(form);
        MeetingHeader h = gate.open(meetingId);
        Long me = gate.requireCommittee(h);
        AgendaDecisionStore.Item item = undecided(meetingId, itemId);
        int present = attendance.counts(meetingId).present();
        boolean hands = form.method() == AgendaDecisionMethod.SHOW_OF_HANDS;
        if (form.method() == AgendaDecisionMethod.REFERRED) {
            throw InvalidInput.of("method", "validation.required");
        }
        if (hands) {
            if (form.votesFor() == null || form.votesAgainst() == null || form.votesAbstain() == null) {
                throw InvalidInput.of("votesFor", "meetingdesk.error.counts-missing");
            }
            int sum = form.votesFor() + form.votesAgainst() + form.votesAbstain();
            if (sum > present) {
                throw InvalidInput.of("votesFor", "meetingdesk.error.counts-exceed", sum, present);
            }
        } else if (form.consensus() == null || form.consensus().isBlank()) {
            throw InvalidInput.of("consensus", "meetingdesk.error.consensus-missing");
        }
        Quorum quorum = quorums.of(h);
        if (!quorum.allowsDecisions()) {
            throw InvalidInput.of(null, "meetingdesk.error.no-quorum");
        }
        ProposalSummary proposal = linkedProposal(h, item);
        Long witness = witnesses.verify(witnessLogin, witnessPassword, h.communityId(), me);
        if (!roles.committeeCommunities(witness).contains(h.communityId())) {
            throw InvalidInput.of("witness", "meetingdesk.error.witness-not-committee");
        }
        boolean passed = hands ? Quorum.passes(form.votesFor(), present) : true;
        LocalDateTime now = LocalDateTime.now(clock);
        String note = hands ? null : form.consensus().strip();
        if (!store.record(itemId, form.method(), hands ? form.votesFor() : null, hands ? form.votesAgainst() : null,
                hands ? form.votesAbstain() : null, present, passed, note, note == null ? null : markdown.toHtml(note), me, witness, now)) {
            throw InvalidInput.of(null, "meetingdesk.error.recorded");
        }
        if (proposal != null) {
            ProposalTally tally = hands ? new ProposalTally(ProposalTally.Method.YES_NO_ABSTAIN, form.votesFor(), form.votesAgainst(),
                    form.votesAbstain(), 0, false) : null;
            if (!proposals.recordMeetingDecision(proposal.id(), meetingId, passed, tally, now)) {
                throw InvalidInput.of(null, "meetingdesk.error.proposal-decided");
            }
        }
        audit.append(new AuditRecord("MEETING_DECISION_RECORDED", "meeting_agenda_item", itemId, "committee:" + me,
                "meeting " + meetingId + ", method " + form.method() + (hands ? ", for " + form.votesFor() + ", against " + form.votesAgainst()
                        + ", abstain " + form.votesAbstain() : "") + ", present " + present + ", passed " + passed
                        + (proposal == null ? "" : ", proposal " + proposal.id()) + ", confirmed by committee:" + witness));
        events.publishEvent(new MeetingDecisionRecorded(meetingId, itemId, proposal == null ? null : proposal.id(), passed));
    }

    /**
     * Refers an item to an online vote: creates a draft consultation from it (the meeting's scope; the
     * linked proposal's category, else every active one; the committee edits and publishes it) and
     * returns its id. Refusals as {@link #record} for the committee, the desk and an item decided already.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long refer(Long meetingId, Long itemId) {
        MeetingHeader h = gate.open(meetingId);
        Long me = gate.requireCommittee(h);
        AgendaDecisionStore.Item item = undecided(meetingId, itemId);
        Set<Long> categoryIds = "PROPOSAL".equals(item.linkKind()) ? Set.of(proposals.summaryOf(item.linkId()).categoryId())
                : categories.activeCategories().stream().map(CategorySummary::id).collect(Collectors.toSet());
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String title = item.title().strip();
        String description = item.noteMarkdown() == null || item.noteMarkdown().isBlank() ? title : item.noteMarkdown();
        Long consultation = consultations.create(new ConsultationForm(h.communityId(), title.length() > 120 ? title.substring(0, 120) : title,
                description, h.wholeCommunity(), h.wholeCommunity() ? Set.of() : h.gridIds(), categoryIds, start, start.plusDays(7),
                start.plusDays(7), start.plusDays(14), 1));
        int present = attendance.counts(meetingId).present();
        if (!store.refer(itemId, consultation, present, LocalDateTime.now(clock))) {
            throw InvalidInput.of(null, "meetingdesk.error.recorded");
        }
        audit.append(new AuditRecord("MEETING_ITEM_REFERRED", "meeting_agenda_item", itemId, "committee:" + me,
                "meeting " + meetingId + ", consultation " + consultation + ", present " + present));
        return consultation;
    }

    /**
     * Routes the proposal a passed item accepted to the office the responsibility list names, with the
     * meeting's record in the case's snapshot; returns the case id. AccessDeniedException for anyone not
     * on the committee; InvalidInput ({@code meetingdesk.error.not-routable}) unless the item links a
     * proposal and passed, ({@code casework.error.routed}) when it has a case already.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long route(Long meetingId, Long itemId) {
        MeetingHeader h = gate.header(meetingId);
        gate.requireCommittee(h);
        AgendaDecisionStore.Item i = store.item(meetingId, itemId).orElseThrow(() -> InvalidInput.of(null, "meetingdesk.error.not-found"));
        if (!"PROPOSAL".equals(i.linkKind()) || !Boolean.TRUE.equals(i.passed()) || "REFERRED".equals(i.method())) {
            throw InvalidInput.of(null, "meetingdesk.error.not-routable");
        }
        MeetingLine line = new MeetingLine(meetingId, h.title(), h.kind().name(), h.startsAt(), i.present(), i.method(), i.votesFor(),
                i.votesAgainst(), i.votesAbstain(), i.consensusHtml());
        return routing.routeMeetingDecision(i.linkId(), line);
    }

    private AgendaDecisionStore.Item undecided(Long meetingId, Long itemId) {
        AgendaDecisionStore.Item item = store.item(meetingId, itemId).orElseThrow(() -> InvalidInput.of(null, "meetingdesk.error.not-found"));
        if (item.method() != null) {
            throw InvalidInput.of(null, "meetingdesk.error.recorded");
        }
        return item;
    }

    // a proposal of the meeting's community that nothing decided yet and that is on no ballot
    private ProposalSummary linkedProposal(MeetingHeader h, AgendaDecisionStore.Item item) {
        if (!"PROPOSAL".equals(item.linkKind())) {
            return null;
        }
        ProposalSummary proposal = proposals.summaryOf(item.linkId());
        if (!consultations.scopeOf(proposal.consultationId()).communityId().equals(h.communityId())) {
            throw InvalidInput.of(null, "meetingdesk.error.proposal-elsewhere");
        }
        if (!UNDECIDED.contains(proposal.status())) {
            throw InvalidInput.of(null, "meetingdesk.error.proposal-decided");
        }
        return proposal;
    }
}
