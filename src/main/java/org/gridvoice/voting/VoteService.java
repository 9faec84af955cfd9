package org.gridvoice.voting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.StaffScope;
import org.gridvoice.account.WitnessCheck;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.domain.Ballots;
import org.gridvoice.voting.domain.VotingStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting and changing votes. Only electors vote, only in the voting phase, only on the ballot's
 * proposals and within the method's rules; the latest ballot counts and each cast gives a new
 * receipt. Ballots are stored under a pseudonym, and no method here tells anyone but the voter
 * what a person voted. Each cast or change records an audit entry in the same transaction (queued,
 * chained by the sealer within a second and always before the result).
 * A ballot comes in online or on paper ({@link #castOnPaper}); a voter changes it only through the
 * channel they used, and the other channel is refused with a message saying where to go.
 */
@Service
@Transactional(readOnly = true)
public class VoteService {

    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Ballots ballots;
    private final VotingStore store;
    private final VotingRulesService rules;
    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final BallotCache cache;
    private final StaffScope staff;
    private final WitnessCheck witnesses;

    VoteService(Ballots ballots, VotingStore store, VotingRulesService rules, ConsultationService consultations,
                ProposalService proposals, AuditLog audit, CurrentUser currentUser, Clock clock, BallotCache cache,
                StaffScope staff, WitnessCheck witnesses) {
        this.cache = cache;
        this.staff = staff;
        this.witnesses = witnesses;
        this.ballots = ballots;
        this.store = store;
        this.rules = rules;
        this.consultations = consultations;
        this.proposals = proposals;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Casts or replaces the signed-in elector's ballot and returns its receipt code. A cast that meets a concurrent
     * write (a deadlock; on a Galera cluster, a ballot of the same household written on another node) is rolled
     * back whole and cast again, at most twice more, so the voter sees one receipt or a "try again".
     */
    // runs READ COMMITTED (the pool's default, see application.properties): under REPEATABLE READ,
    // replacing a ballot's choices takes gap locks that deadlock with neighbouring voters' inserts;
    // the ballot row lock already serialises one voter. Statements per cast: the ballot row (its
    // trigger checks the voting window under a shared lock on the consultation, so a close waits for
    // this vote), the choices (after deleting the old ones on a change) and the queued audit entry.
    // The electorate is looked up in the cached snapshot; the phase is read only to explain a refusal.
    @PreAuthorize("isAuthenticated()")
    @Transactional
    @Retryable(includes = ConcurrencyFailureException.class, maxRetries = 2, delay = 20, jitter = 10, multiplier = 2)
    public String cast(Long consultationId, BallotForm ballot) {
        Long me = currentUser.requireId();
        return write(consultationId, me, ballot, BallotChannel.ONLINE, null);
    }

    /**
     * Records the paper ballot of an elector who came in person to the committee office, and returns
     * its receipt code (to be handed to the elector). The signed-in staff member must serve the
     * vote's community ({@link AccessDeniedException} otherwise); a second staff member of that
     * community witnesses with their own sign-in name and password ({@link InvalidInput} field
     * "witness" otherwise). The same rules as online: voting phase, electorate, method, household.
     * Refused for an elector who voted online; a paper ballot is replaced only this way, with a witness again.
     * Like {@link #cast}, retried whole (a fresh transaction) when it meets a concurrent write.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    @Retryable(includes = ConcurrencyFailureException.class, maxRetries = 2, delay = 20, jitter = 10, multiplier = 2)
    public String castOnPaper(Long consultationId, Long electorUserId, BallotForm ballot, String witnessLogin, String witnessPassword) {
        Long me = currentUser.requireId();
        Long community = consultations.scopeOf(consultationId).communityId();
        if (!staff.serves(me, community)) {
            throw new AccessDeniedException("does not serve community " + community);
        }
        if (electorUserId == null) {
            throw InvalidInput.of(null, "paper.error.not-elector");
        }
        if (electorUserId.equals(me)) {
            throw InvalidInput.of(null, "paper.error.own-ballot");
        }
        // the phase first: outside voting there is nothing to witness, and no witness sign-in is spent
        if (!consultations.phaseHeld(consultationId).allowsVoting()) {
            throw InvalidInput.of(null, "paper.error.phase");
        }
        if (!store.isElector(consultationId, electorUserId)) {
            throw InvalidInput.of(null, "paper.error.not-elector");
        }
        Long witness = witnesses.verify(witnessLogin, witnessPassword, community, me);
        if (witness.equals(electorUserId)) {
            throw InvalidInput.of("witness", "paper.error.witness-is-elector");
        }
        return write(consultationId, electorUserId, ballot, BallotChannel.PAPER, new PaperAct(me, witness));
    }

    /** Who recorded and who witnessed a paper ballot. */
    private record PaperAct(Long recorder, Long witness) {
    }

    private String write(Long consultationId, Long voter, BallotForm ballot, BallotChannel channel, PaperAct paper) {
        boolean onPaper = channel == BallotChannel.PAPER;
        BallotCache.Ballot fixed = cache.of(consultationId);
        VotingRulesForm form = fixed.rules();
        Map<Long, Integer> choices = validated(form, fixed,
                ballot == null || ballot.choices() == null ? Map.of() : ballot.choices());
        String context = "consultation-" + consultationId;
        String caster = audit.pseudonym(voter, context);
        String receipt = receipt();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<String> household = form.onePerHousehold() ? store.householdOf(consultationId, voter) : Optional.empty();
        if (form.onePerHousehold() ? household.isEmpty() : !fixed.isElector(voter)) {
            throw refusal(consultationId, onPaper ? "paper.error.not-elector" : "voting.error.not-elector", onPaper);
        }
        String voterRef = household.map(h -> audit.pseudonym(h, context)).orElse(caster);
        Ballots.Written written = form.onePerHousehold()
                ? ballots.writeForHousehold(consultationId, voterRef, caster, receipt, now, channel)
                : ballots.writeOwn(consultationId, voterRef, receipt, now, channel);
        switch (written) {
            case OUTSIDE_WINDOW -> throw refusal(consultationId, onPaper ? "paper.error.phase" : "voting.error.phase", onPaper);
            case OTHER_MEMBER -> throw InvalidInput.of(null, onPaper ? "paper.error.household-voted" : "voting.error.household-voted");
            case OTHER_CHANNEL -> throw InvalidInput.of(null, onPaper ? "paper.error.voted-online" : "paper.error.voted-on-paper");
            default -> {
            }
        }
        boolean change = written == Ballots.Written.CHANGE;
        ballots.writeChoices(consultationId, voterRef, choices, change);
        String detail = receipt + " " + new TreeMap<>(choices);
        if (paper != null) {
            // pseudonyms of their own context: under the ballot's context the witness's pseudonym would
            // be their own voter reference, and the public chain would tie them to their own ballot
            detail += " witness " + audit.pseudonym(paper.witness(), "paper-witness-" + context)
                    + " recorder " + audit.pseudonym(paper.recorder(), "paper-staff-" + context);
        }
        String kind = (onPaper ? "PAPER_" : "") + (change ? "VOTE_CHANGED" : "VOTE_CAST");
        audit.enqueue(new AuditRecord(kind, "consultation", consultationId, voterRef, detail));
        return receipt;
    }

    /**
     * The refusal to give: outside the voting window every cast is refused for the phase (and this
     * instance's copy of the vote is dropped, another instance may have closed it), else {@code key}.
     */
    private InvalidInput refusal(Long consultationId, String key, boolean onPaper) {
        if (!consultations.phaseHeld(consultationId).allowsVoting()) {
            cache.forget(consultationId);
            return InvalidInput.of(null, onPaper ? "paper.error.phase" : "voting.error.phase");
        }
        return InvalidInput.of(null, key);
    }

    /** Whether the person looking is in the electorate (only known once voting opened). */
    public BallotAccess access(Long consultationId) {
        return currentUser.get().map(u -> store.isElector(consultationId, u.id()) ? BallotAccess.ELECTOR : BallotAccess.NOT_ELECTOR)
                .orElse(BallotAccess.SIGNED_OUT);
    }

    /** Whether the signed-in person (or their household) has a ballot in; false for visitors. */
    public boolean hasVoted(Long consultationId) {
        return currentUser.get().isPresent() && myBallot(consultationId).isPresent();
    }

    /** The signed-in voter's own current ballot, if they (or, under the household rule, their household) voted. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MyBallot> myBallot(Long consultationId) {
        Long me = currentUser.requireId();
        String context = "consultation-" + consultationId;
        boolean household = rules.rules(consultationId).form().onePerHousehold();
        Optional<String> voterRef = household
                ? store.householdOf(consultationId, me).map(h -> audit.pseudonym(h, context))
                : Optional.of(audit.pseudonym(me, context));
        return voterRef.flatMap(ref -> ballots.find(consultationId, ref)
                .map(b -> new MyBallot(ballots.choices(consultationId, ref), b.receipt(), b.castAt(), b.channel())));
    }

    private static Map<Long, Integer> validated(VotingRulesForm form, BallotCache.Ballot fixed, Map<Long, Integer> choices) {
        Set<Long> onBallot = fixed.proposals();
        if (choices.isEmpty()) {
            throw InvalidInput.of(null, "voting.error.empty");
        }
        if (!onBallot.containsAll(choices.keySet())) {
            throw InvalidInput.of(null, "voting.error.not-on-ballot");
        }
        switch (form.method()) {
            case YES_NO_ABSTAIN -> {
                if (choices.values().stream().anyMatch(v -> v == null || v < -1 || v > 1)) {
                    throw InvalidInput.of(null, "voting.error.choice");
                }
            }
            case APPROVAL -> {
                if (choices.values().stream().anyMatch(v -> v == null || v != 1)) {
                    throw InvalidInput.of(null, "voting.error.choice");
                }
                if (choices.size() > form.approvalsPerVoter()) {
                    throw InvalidInput.of(null, "voting.error.too-many", form.approvalsPerVoter());
                }
            }
            case BUDGET -> {
                if (choices.values().stream().anyMatch(v -> v == null || v != 1)) {
                    throw InvalidInput.of(null, "voting.error.choice");
                }
                long cost = choices.keySet().stream().mapToLong(fixed.costs()::get).sum();
                if (cost > fixed.budgetYuan()) {
                    throw InvalidInput.of(null, "voting.error.over-budget", cost, fixed.budgetYuan());
                }
            }
            case RANKED -> {
                Set<Integer> ranks = new HashSet<>(choices.values());
                boolean gapFree = ranks.size() == choices.size()
                        && ranks.equals(java.util.stream.IntStream.rangeClosed(1, choices.size()).boxed().collect(Collectors.toSet()));
                if (!gapFree) {
                    throw InvalidInput.of(null, "voting.error.ranking");
                }
            }
        }
        return Map.copyOf(choices);
    }

    private String receipt() {
        // one draw from the shared generator per receipt; 32 symbols, so 5 bits of each byte
        byte[] draw = new byte[12];
        random.nextBytes(draw);
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECEIPT_ALPHABET.charAt(draw[i] & 31));
        }
        return code.toString();
    }
}
