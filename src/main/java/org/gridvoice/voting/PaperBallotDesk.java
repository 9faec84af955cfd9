package org.gridvoice.voting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.PersonalDataAccessLog;
import org.gridvoice.account.StaffScope;
import org.gridvoice.account.VerifiedResidentSearch;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.voting.domain.Ballots;
import org.gridvoice.voting.domain.VotingStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee desk for paper ballots (现场投票): who may record them for a vote, and finding the
 * elector who came in person. Recording itself is {@link VoteService#castOnPaper}. Every search
 * result shown to staff is logged as a view of residents' personal data (purpose PAPER_BALLOT).
 */
@Service
@Transactional(readOnly = true)
public class PaperBallotDesk {

    static final String PURPOSE = "PAPER_BALLOT";

    private final ConsultationService consultations;
    private final StaffScope staff;
    private final CurrentUser currentUser;
    private final VerifiedResidentSearch residents;
    private final PersonalDataAccessLog accessLog;
    private final VotingStore store;
    private final Ballots ballots;
    private final VotingRulesService rules;
    private final AuditLog audit;

    PaperBallotDesk(ConsultationService consultations, StaffScope staff, CurrentUser currentUser, VerifiedResidentSearch residents,
                    PersonalDataAccessLog accessLog, VotingStore store, Ballots ballots, VotingRulesService rules, AuditLog audit) {
        this.consultations = consultations;
        this.staff = staff;
        this.currentUser = currentUser;
        this.residents = residents;
        this.accessLog = accessLog;
        this.store = store;
        this.ballots = ballots;
        this.rules = rules;
        this.audit = audit;
    }

    /** Whether the signed-in person serves the vote's community in person; false for visitors. */
    public boolean servesCommunityOf(Long consultationId) {
        return currentUser.get().map(u -> staff.serves(u.id(), consultations.scopeOf(consultationId).communityId())).orElse(false);
    }

    /** Whether the signed-in person may record paper ballots now: staff of the vote's community, while voting is open. */
    public boolean mayRecord(Long consultationId) {
        return servesCommunityOf(consultationId) && consultations.phaseHeld(consultationId).allowsVoting();
    }

    /**
     * Verified residents of the vote's community matching {@code text} (name, building, unit, room),
     * at most {@link VerifiedResidentSearch#MAX_RESULTS}, each with whether they may vote on paper.
     * {@link AccessDeniedException} for anyone not serving the community.
     */
    @PreAuthorize("isAuthenticated()")
    public List<PaperElector> find(Long consultationId, String text) {
        Long me = currentUser.requireId();
        Long community = consultations.scopeOf(consultationId).communityId();
        if (!staff.serves(me, community)) {
            throw new AccessDeniedException("does not serve community " + community);
        }
        List<VerifiedResidentSearch.Match> matches = residents.find(community, text, VerifiedResidentSearch.MAX_RESULTS);
        if (matches.isEmpty()) {
            return List.of();
        }
        accessLog.record(me, matches.stream().map(VerifiedResidentSearch.Match::userId).toList(), PURPOSE);
        boolean household = rules.rules(consultationId).form().onePerHousehold();
        String context = "consultation-" + consultationId;
        Map<Long, String> voterRefs = new HashMap<>();
        for (var match : matches) {
            store.householdOf(consultationId, match.userId()).ifPresent(key ->
                    voterRefs.put(match.userId(), household ? audit.pseudonym(key, context) : audit.pseudonym(match.userId(), context)));
        }
        Map<String, Ballots.Ballot> found = ballots.findAll(consultationId, voterRefs.values());
        return matches.stream().map(m -> new PaperElector(m.userId(), m.displayName(), m.building(), m.unit(), m.room(),
                status(voterRefs.get(m.userId()), found, audit.pseudonym(m.userId(), context)))).toList();
    }

    private static PaperElector.Status status(String voterRef, Map<String, Ballots.Ballot> found, String caster) {
        if (voterRef == null) {
            return PaperElector.Status.NOT_ELECTOR;
        }
        Ballots.Ballot ballot = found.get(voterRef);
        if (ballot == null) {
            return PaperElector.Status.NOT_VOTED;
        }
        if (!ballot.casterRef().equals(caster)) {
            return PaperElector.Status.HOUSEHOLD_VOTED;
        }
        return ballot.channel() == BallotChannel.PAPER ? PaperElector.Status.VOTED_PAPER : PaperElector.Status.VOTED_ONLINE;
    }
}
