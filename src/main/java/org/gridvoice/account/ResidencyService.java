package org.gridvoice.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.domain.Residency;
import org.gridvoice.account.domain.ResidencyRepository;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.mail.MailOutbox;
import org.gridvoice.shared.mail.OutgoingMail;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residency verification. A signed-in user asks to be verified for an address; a committee
 * member of that community approves or rejects it with a reason, and may later revoke it; each
 * decision goes on the audit chain under the request's id (the reason as its SHA-256).
 * Refusals: {@link InvalidInput} for bad input or a request in the wrong state,
 * {@link AccessDeniedException} for a committee member of another community.
 * Later features ask {@link #isVerifiedResidentOfGrid} and {@link #isVerifiedResidentOfCommunity}.
 */
@Service
@Transactional(readOnly = true)
public class ResidencyService {

    private static final Set<ResidencyStatus> OPEN = EnumSet.of(ResidencyStatus.PENDING, ResidencyStatus.APPROVED);

    private final ResidencyRepository residencies;
    private final UserAccountRepository users;
    private final RoleService roles;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MailOutbox outbox;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;
    private final PersonalDataAccessLog accessLog;

    ResidencyService(ResidencyRepository residencies, UserAccountRepository users, RoleService roles, PlaceService places,
                     CurrentUser currentUser, InputValidator validator, MailOutbox outbox, Messages messages,
                     ApplicationEventPublisher events, Clock clock, AuditLog audit, PersonalDataAccessLog accessLog) {
        this.audit = audit;
        this.accessLog = accessLog;
        this.residencies = residencies;
        this.users = users;
        this.roles = roles;
        this.places = places;
        this.currentUser = currentUser;
        this.validator = validator;
        this.outbox = outbox;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    public boolean isVerifiedResidentOfGrid(Long userId, Long gridId) {
        return userId != null && gridId != null && residencies.existsByUserIdAndGridIdAndStatus(userId, gridId, ResidencyStatus.APPROVED);
    }

    public boolean isVerifiedResidentOfCommunity(Long userId, Long communityId) {
        return userId != null && communityId != null
                && residencies.existsByUserIdAndCommunityIdAndStatus(userId, communityId, ResidencyStatus.APPROVED);
    }

    /** The grid in which the user is a verified resident, if any (one open residency at a time). */
    public java.util.Optional<Long> verifiedGrid(Long userId) {
        return userId == null ? java.util.Optional.empty()
                : residencies.findByUserIdOrderByRequestedAtDesc(userId).stream()
                        .filter(r -> r.getStatus() == ResidencyStatus.APPROVED).map(Residency::getGridId).findFirst();
    }

    /** Everyone verified in the community right now, or only in the given grids when some are named. */
    public List<VerifiedResident> verifiedResidentsIn(Long communityId, Collection<Long> gridIds) {
        return residencies.findByCommunityIdAndStatus(communityId, ResidencyStatus.APPROVED).stream()
                .filter(r -> gridIds.isEmpty() || gridIds.contains(r.getGridId()))
                .map(r -> new VerifiedResident(r.getUserId(), r.getCommunityId(), r.getGridId(), r.getBuilding(), r.getUnit(), r.getRoom()))
                .toList();
    }

    /** Asks to be verified. Refused while the user has a pending or approved residency, or for an unknown or retired place. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ResidencySummary request(ResidencyForm form) {
        validator.check(form);
        Long me = currentUser.requireId();
        GridSummary grid = places.grid(form.gridId()).filter(g -> !g.retired())
                .orElseThrow(() -> InvalidInput.of("gridId", "residency.error.grid-unknown"));
        if (!grid.communityId().equals(form.communityId())) {
            throw InvalidInput.of("gridId", "residency.error.grid-not-in-community");
        }
        if (places.community(form.communityId()).filter(c -> !c.retired()).isEmpty()) {
            throw InvalidInput.of("communityId", "residency.error.community-unknown");
        }
        if (residencies.existsByUserIdAndStatusIn(me, OPEN)) {
            throw InvalidInput.of(null, "residency.error.open-exists");
        }
        Residency saved = residencies.save(new Residency(me, form.communityId(), form.gridId(), form.building().strip(),
                form.unit().strip(), form.room().strip(), LocalDateTime.now(clock)));
        return summaries(List.of(saved)).getFirst();
    }

    /** Takes back one's own pending request. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(Long residencyId) {
        Residency residency = find(residencyId);
        if (!residency.getUserId().equals(currentUser.requireId())) {
            throw new AccessDeniedException("not your residency");
        }
        requireStatus(residency, ResidencyStatus.PENDING);
        residency.withdraw(LocalDateTime.now(clock));
    }

    /** The signed-in user's requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ResidencySummary> mine() {
        return summaries(residencies.findByUserIdOrderByRequestedAtDesc(currentUser.requireId()));
    }

    /**
     * Pending requests in the communities the signed-in committee member serves, oldest first. The
     * addresses shown are logged as seen by this member ({@link PersonalDataAccessLog}, VERIFICATION_QUEUE).
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Page<ResidencySummary> queue(Pageable pageable) {
        return logged(inMyCommunities(ResidencyStatus.PENDING, pageable), PURPOSE_QUEUE);
    }

    static final String PURPOSE_QUEUE = "VERIFICATION_QUEUE";
    static final String PURPOSE_RESIDENTS = "RESIDENTS_LIST";

    private Page<ResidencySummary> logged(Page<ResidencySummary> page, String purpose) {
        if (!page.isEmpty()) {
            accessLog.record(currentUser.requireId(), page.stream().map(ResidencySummary::userId).distinct().toList(), purpose);
        }
        return page;
    }

    @PreAuthorize("hasRole('COMMITTEE')")
    public long queueSize() {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        return mine.isEmpty() ? 0 : residencies.countByCommunityIdInAndStatus(mine, ResidencyStatus.PENDING);
    }

    /** Verified residents in the signed-in committee member's communities; logged as seen (RESIDENTS_LIST). */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Page<ResidencySummary> verified(Pageable pageable) {
        return logged(inMyCommunities(ResidencyStatus.APPROVED, pageable), PURPOSE_RESIDENTS);
    }

    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void approve(Long residencyId) {
        Residency residency = decidable(residencyId);
        residency.approve(currentUser.requireId(), LocalDateTime.now(clock));
        announce(residency, "approved", null);
    }

    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void reject(Long residencyId, ReasonForm reason) {
        validator.check(reason);
        Residency residency = decidable(residencyId);
        residency.reject(currentUser.requireId(), LocalDateTime.now(clock), reason.reason().strip());
        announce(residency, "rejected", reason.reason().strip());
    }

    /** Ends a verification, for example when the resident has moved away; the reason is recorded and mailed. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void revoke(Long residencyId, ReasonForm reason) {
        validator.check(reason);
        Residency residency = find(residencyId);
        requireCommitteeOf(residency.getCommunityId());
        requireStatus(residency, ResidencyStatus.APPROVED);
        residency.revoke(currentUser.requireId(), LocalDateTime.now(clock), reason.reason().strip());
        announce(residency, "revoked", reason.reason().strip());
    }

    private Residency decidable(Long residencyId) {
        Residency residency = find(residencyId);
        requireCommitteeOf(residency.getCommunityId());
        if (residency.getUserId().equals(currentUser.requireId())) {
            throw InvalidInput.of(null, "residency.error.own-request");
        }
        requireStatus(residency, ResidencyStatus.PENDING);
        return residency;
    }

    private void requireCommitteeOf(Long communityId) {
        if (!roles.committeeCommunities(currentUser.requireId()).contains(communityId)) {
            throw new AccessDeniedException("not a committee member of community " + communityId);
        }
    }

    private static void requireStatus(Residency residency, ResidencyStatus expected) {
        if (residency.getStatus() != expected) {
            throw InvalidInput.of(null, "residency.error.already-decided");
        }
    }

    private Residency find(Long residencyId) {
        return residencies.findById(residencyId).orElseThrow(() -> InvalidInput.of(null, "residency.error.unknown"));
    }

    private void announce(Residency residency, String outcome, String reason) {
        // the request's id only: who asked, and for which address, never goes on the public chain
        audit.append(new AuditRecord("RESIDENCY_" + outcome.toUpperCase(Locale.ROOT), "residency", residency.getId(),
                "committee:" + currentUser.requireId(), reason == null ? "" : "reason sha256 " + AuditRecord.textHash(reason)));
        events.publishEvent(new ResidencyDecided(residency.getId(), residency.getUserId(), residency.getCommunityId(),
                residency.getGridId(), residency.getStatus()));
        UserAccount user = users.findById(residency.getUserId()).orElseThrow();
        // accounts made with a phone have no address: the bell (and their SMS, if chosen) tells them
        if (user.getEmailPreference() == EmailPreference.NEVER || user.getEmail() == null) {
            return;
        }
        Locale locale = Messages.fromTag(user.getLanguage());
        String community = places.community(residency.getCommunityId()).map(CommunitySummary::name).orElse("");
        String body = messages.get(locale, "mail.residency." + outcome + ".body", community)
                + (reason == null ? "" : "\n" + messages.get(locale, "mail.residency.reason", reason));
        outbox.enqueue(OutgoingMail.of(user.getEmail(), messages.get(locale, "mail.residency." + outcome + ".subject"),
                messages.get(locale, "mail.greeting", user.getDisplayName()), body));
    }

    private Page<ResidencySummary> inMyCommunities(ResidencyStatus status, Pageable pageable) {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        if (mine.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        Page<Residency> page = residencies.findByCommunityIdInAndStatus(mine, status, pageable);
        return new PageImpl<>(summaries(page.getContent()), pageable, page.getTotalElements());
    }

    /** Names for a batch of residencies in three statements, whatever the batch size. */
    private List<ResidencySummary> summaries(Collection<Residency> list) {
        Map<Long, UserAccount> people = users.findAllById(list.stream().map(Residency::getUserId).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        Map<Long, String> communities = places.communitiesOf(list.stream().map(Residency::getCommunityId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        Map<Long, String> grids = places.gridsOf(list.stream().map(Residency::getGridId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(GridSummary::id, GridSummary::name));
        return list.stream().map(r -> new ResidencySummary(r.getId(), r.getUserId(), people.get(r.getUserId()).getDisplayName(),
                people.get(r.getUserId()).getEmail(), r.getCommunityId(), communities.get(r.getCommunityId()), r.getGridId(),
                grids.get(r.getGridId()), r.getBuilding(), r.getUnit(), r.getRoom(), r.getStatus(), r.getRequestedAt(),
                r.getDecidedAt(), r.getDecisionReason(), r.getRevokedAt(), r.getRevokeReason(),
                PhoneVisibility.asSeenBy(currentUser.get().orElse(null), r.getUserId(), people.get(r.getUserId()).getPhone()))).toList();
    }
}
