package org.gridvoice.moderation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.RoleService;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.moderation.domain.ModerationStore;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags and the committee's decisions on proposals and comments. Any signed-in user flags
 * content of others, once per item; at {@code gridvoice.moderation.hide-threshold} open flags
 * the item is hidden until a committee member of its community hides it for good, restores it
 * (both with a public reason) or dismisses the flags. Every decision goes into the public log.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    private final ModerationStore store;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final DiscussionService discussion;
    private final RoleService roles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int hideThreshold;

    ModerationService(ModerationStore store, ProposalService proposals, ConsultationService consultations,
                      DiscussionService discussion, RoleService roles, AccountService accounts, CurrentUser currentUser,
                      InputValidator validator, ApplicationEventPublisher events, Clock clock,
                      @Value("${gridvoice.moderation.hide-threshold:3}") int hideThreshold) {
        this.store = store;
        this.proposals = proposals;
        this.consultations = consultations;
        this.discussion = discussion;
        this.roles = roles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.hideThreshold = hideThreshold;
    }

    private record Owner(long communityId, long authorId) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flag(FlagForm form) {
        validator.check(form);
        if (form.reason() == FlagReason.OTHER && (form.note() == null || form.note().isBlank())) {
            throw InvalidInput.of("note", "moderation.error.note-required");
        }
        Long me = currentUser.requireId();
        Owner owner = ownerOf(form.target());
        if (owner.authorId() == me) {
            throw InvalidInput.of(null, "moderation.error.own");
        }
        LocalDateTime now = now();
        var item = store.lockItem(form.target().type(), form.target().id(), owner.communityId(), owner.authorId(), now);
        if (item.status() == ModerationStatus.HIDDEN) {
            throw InvalidInput.of(null, "moderation.error.hidden-already");
        }
        if (!store.addFlag(item.id(), me, form.reason(), blankToNull(form.note()), now)) {
            throw InvalidInput.of(null, "moderation.error.flagged-already");
        }
        int open = item.status().awaitsReview() ? item.openFlags() + 1 : 1;
        ModerationStatus status = item.status() == ModerationStatus.HIDDEN_PENDING || open >= hideThreshold
                ? ModerationStatus.HIDDEN_PENDING : ModerationStatus.FLAGGED;
        boolean hiddenNow = status == ModerationStatus.HIDDEN_PENDING && item.status() != ModerationStatus.HIDDEN_PENDING;
        store.update(item.id(), status, open, now);
        if (hiddenNow) {
            setHidden(form.target(), true, null);
            store.log(owner.communityId(), form.target().type(), form.target().id(), "AUTO_HIDDEN", null, null, now);
        }
        events.publishEvent(new ContentFlagged(form.target(), owner.communityId(), open, hiddenNow));
    }

    /** Hides content for good with a public reason. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void hide(ContentRef target, ReasonForm reason) {
        decide(target, ModerationStatus.HIDDEN, "HIDDEN", reason);
    }

    /** Shows content again with a public reason. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void restore(ContentRef target, ReasonForm reason) {
        decide(target, ModerationStatus.RESTORED, "RESTORED", reason);
    }

    /** The flags were unfounded: content stays (or becomes again) visible. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void dismiss(ContentRef target) {
        decide(target, ModerationStatus.DISMISSED, "DISMISSED", null);
    }

    /** Items waiting for the signed-in committee member, hidden ones first. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Page<ModerationItem> queue(Pageable pageable) {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        if (mine.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        var items = store.queue(mine, (int) pageable.getOffset(), pageable.getPageSize());
        var flags = store.openFlags(items.stream().map(ModerationStore.Item::id).toList()).stream()
                .collect(Collectors.groupingBy(ModerationStore.Flag::itemId));
        Map<Long, String> authors = accounts.displayNames(items.stream().map(ModerationStore.Item::authorId).collect(Collectors.toSet()));
        List<ModerationItem> content = items.stream().map(i -> new ModerationItem(new ContentRef(i.targetType(), i.targetId()),
                i.communityId(), authors.get(i.authorId()), i.status(), i.openFlags(),
                flags.getOrDefault(i.id(), List.of()).stream().map(ModerationStore.Flag::reason).toList(),
                flags.getOrDefault(i.id(), List.of()).stream().map(ModerationStore.Flag::note).filter(Objects::nonNull).toList(),
                i.updatedAt())).toList();
        return new PageImpl<>(content, pageable, store.queueSize(mine));
    }

    /** The public moderation log of a community, newest first. */
    public Page<ModerationLogEntry> log(Long communityId, Pageable pageable) {
        var rows = store.log(communityId, (int) pageable.getOffset(), pageable.getPageSize());
        Map<Long, String> actors = accounts.displayNames(rows.stream().map(ModerationStore.LogRow::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return new PageImpl<>(rows.stream().map(r -> new ModerationLogEntry(new ContentRef(r.targetType(), r.targetId()), r.action(),
                r.reason(), r.actorId() == null ? null : actors.get(r.actorId()), r.actedAt())).toList(), pageable,
                store.logSize(communityId));
    }

    private void decide(ContentRef target, ModerationStatus status, String action, ReasonForm reason) {
        if (reason != null) {
            validator.check(reason);
        }
        Owner owner = ownerOf(target);
        if (!roles.committeeCommunities(currentUser.requireId()).contains(owner.communityId())) {
            throw new AccessDeniedException("not a committee member of community " + owner.communityId());
        }
        LocalDateTime now = now();
        var item = store.lockItem(target.type(), target.id(), owner.communityId(), owner.authorId(), now);
        if (item.status() == status) {
            throw InvalidInput.of(null, "moderation.error.decided-already");
        }
        String text = reason == null ? null : reason.reason().strip();
        setHidden(target, status == ModerationStatus.HIDDEN, text);
        store.closeFlags(item.id());
        store.update(item.id(), status, 0, now);
        store.log(owner.communityId(), target.type(), target.id(), action, text, currentUser.requireId(), now);
        if (status != ModerationStatus.DISMISSED || item.status() == ModerationStatus.HIDDEN_PENDING) {
            events.publishEvent(new ContentModerated(target, owner.authorId(), owner.communityId(), action, text));
        }
    }

    private void setHidden(ContentRef target, boolean hidden, String reason) {
        switch (target.type()) {
            case ContentRef.PROPOSAL -> {
                if (hidden) {
                    proposals.hide(target.id(), reason);
                } else {
                    proposals.restore(target.id());
                }
            }
            case ContentRef.COMMENT -> {
                if (hidden) {
                    discussion.hide(target.id(), reason);
                } else {
                    discussion.restore(target.id());
                }
            }
            default -> throw InvalidInput.of(null, "moderation.error.target");
        }
    }

    private Owner ownerOf(ContentRef target) {
        return switch (target.type()) {
            case ContentRef.PROPOSAL -> {
                ProposalSummary proposal = proposals.summaryOf(target.id());
                yield new Owner(consultations.scopeOf(proposal.consultationId()).communityId(), proposal.authorId());
            }
            case ContentRef.COMMENT -> {
                ContentRef on = discussion.targetOf(target.id());
                long community = switch (on.type()) {
                    case ContentRef.PROPOSAL -> consultations.scopeOf(proposals.summaryOf(on.id()).consultationId()).communityId();
                    case ContentRef.CONSULTATION -> consultations.scopeOf(on.id()).communityId();
                    default -> throw InvalidInput.of(null, "moderation.error.target");
                };
                yield new Owner(community, discussion.authorOf(target.id()));
            }
            default -> throw InvalidInput.of(null, "moderation.error.target");
        };
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
