package org.gridvoice.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.RequestLimits;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.Role;
import org.gridvoice.account.RoleService;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.moderation.domain.ModerationStore;
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
 * Flags and the committee's decisions on proposals and comments. Verified residents of the content's
 * community and its staff (its committee, administrators) flag content of others, once per item and at most
 * {@code gridvoice.moderation.flags-per-hour} times an hour; at {@code gridvoice.moderation.hide-threshold} open flags
 * the item is hidden until a committee member of its community hides it for good, restores it
 * (both with a public reason) or dismisses the flags. Every decision goes into the public log and on the
 * audit chain (the reason as its SHA-256), in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    private final ModerationStore store;
    private final Map<String, ModeratedContent> contents;
    private final RoleService roles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int hideThreshold;
    private final ResidencyService residency;
    private final RequestLimits limits;
    private final int flagsPerHour;
    private final int newAccountDays;
    private final AuditLog audit;

    ModerationService(ModerationStore store, List<ModeratedContent> contents, RoleService roles, AccountService accounts,
                      CurrentUser currentUser, ResidencyService residency, RequestLimits limits,
                      InputValidator validator, ApplicationEventPublisher events, Clock clock, AuditLog audit,
                      @Value("${gridvoice.moderation.hide-threshold:3}") int hideThreshold,
                      @Value("${gridvoice.moderation.flags-per-hour:10}") int flagsPerHour,
                      @Value("${gridvoice.moderation.new-account-days:7}") int newAccountDays) {
        this.residency = residency;
        this.audit = audit;
        this.limits = limits;
        this.flagsPerHour = flagsPerHour;
        this.newAccountDays = newAccountDays;
        this.store = store;
        this.contents = contents.stream().collect(Collectors.toMap(ModeratedContent::type, Function.identity()));
        this.roles = roles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.hideThreshold = hideThreshold;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flag(FlagForm form) {
        validator.check(form);
        if (form.reason() == FlagReason.OTHER && (form.note() == null || form.note().isBlank())) {
            throw InvalidInput.of("note", "moderation.error.note-required");
        }
        Long me = currentUser.requireId();
        ContentOwner owner = ownerOf(form.target());
        Optional<String> refusal = flagRefusal(form.target());
        if (refusal.isPresent()) {
            throw InvalidInput.of(null, refusal.get());
        }
        if (!limits.allow("moderation-flag:" + me, flagsPerHour, Duration.ofHours(1))) {
            throw InvalidInput.of(null, "moderation.error.too-many-flags");
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
            // nobody decided it: the threshold rule did; who flagged stays off the chain
            audit.append(new AuditRecord("MODERATION_AUTO_HIDDEN", form.target().type(), form.target().id(), "rule:hide-threshold",
                    "open flags " + open + ", threshold " + hideThreshold));
        }
        events.publishEvent(new ContentFlagged(form.target(), owner.communityId(), open, hiddenNow));
    }

    /**
     * Why the signed-in user may not flag this content, as a message key, or empty when they may: only
     * verified residents of its community and its staff (committee of that community, administrators) flag,
     * and never their own content. The service refuses with it and the screens show it.
     */
    public Optional<String> flagRefusal(ContentRef target) {
        return refusal(target, true);
    }

    /**
     * {@link #flagRefusal} without the own-content rule: whether the signed-in reader may report content of others
     * where this content is (its community), for screens that list many items of one place.
     */
    public Optional<String> readerRefusal(ContentRef target) {
        return refusal(target, false);
    }

    private Optional<String> refusal(ContentRef target, boolean ownCounts) {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return Optional.of("moderation.refused.signed-out");
        }
        Optional<ContentOwner> owner = Optional.ofNullable(contents.get(target.type())).flatMap(c -> c.ownerOf(target.id()));
        if (owner.isEmpty()) {
            return Optional.of("moderation.error.target");
        }
        Long id = me.get().id();
        if (ownCounts && owner.get().authorId() == id) {
            return Optional.of("moderation.error.own");
        }
        boolean staff = me.get().has(Role.ADMIN) || roles.committeeCommunities(id).contains(owner.get().communityId());
        if (!staff && !residency.isVerifiedResidentOfCommunity(id, owner.get().communityId())) {
            return Optional.of("moderation.refused.not-resident");
        }
        return Optional.empty();
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

    /**
     * Items waiting for the signed-in committee member, hidden ones first: each with its content
     * (hidden content too), its author and the open reports; a page costs the same few statements
     * (one preview batch per content type) whatever its size.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Page<ModerationItem> queue(Pageable pageable) {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        if (mine.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        var items = store.queue(mine, (int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(items(items), pageable, store.queueSize(mine));
    }

    /** One item of the committee's queue (or already decided), for its detail view; empty if nobody reported it. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Optional<ModerationItem> item(ContentRef target) {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        return store.find(target.type(), target.id()).filter(i -> mine.contains(i.communityId())).map(i -> items(List.of(i)).getFirst());
    }

    /**
     * What the signed-in reader is about to report, without the text of hidden content.
     * Throws {@link InvalidInput} when the content does not exist or cannot be reported.
     */
    @PreAuthorize("isAuthenticated()")
    public ReportSubject subject(ContentRef target) {
        ContentOwner owner = ownerOf(target);
        ContentPreview preview = contentOf(target.type()).previews(List.of(target.id())).get(target.id());
        if (preview == null) {
            throw InvalidInput.of(null, "moderation.error.target");
        }
        boolean hidden = preview.hidden();
        // a reporter reads the author's name only where the author shows it publicly
        String author = contentOf(target.type()).authorShown(target.id())
                ? accounts.displayNames(List.of(owner.authorId())).get(owner.authorId()) : null;
        return new ReportSubject(target, author, preview.context(),
                hidden ? "" : preview.excerpt(280), preview.route(), hidden,
                !store.reportedBy(currentUser.requireId(), target.type(), List.of(target.id())).isEmpty());
    }

    /** Which of these items of one type the signed-in user has reported; empty for visitors. */
    public Set<Long> reportedByMe(String type, Collection<Long> ids) {
        return currentUser.get().map(u -> Set.copyOf(store.reportedBy(u.id(), type, ids))).orElse(Set.of());
    }

    private List<ModerationItem> items(List<ModerationStore.Item> items) {
        List<ModerationStore.Flag> open = store.openFlags(items.stream().map(ModerationStore.Item::id).toList());
        var flags = open.stream().collect(Collectors.groupingBy(ModerationStore.Flag::itemId));
        Map<Long, LocalDateTime> since = accounts.createdAt(open.stream().map(ModerationStore.Flag::flaggedBy).collect(Collectors.toSet()));
        Map<Long, Long> communityOf = items.stream().collect(Collectors.toMap(ModerationStore.Item::id, ModerationStore.Item::communityId));
        // one check per distinct reporter and community on the page (a page holds few)
        Map<String, Boolean> verified = new java.util.HashMap<>();
        java.util.function.BiFunction<Long, Long, Boolean> isVerified = (user, community) -> verified.computeIfAbsent(user + ":" + community,
                k -> residency.isVerifiedResidentOfCommunity(user, community));
        Map<Long, String> authors = accounts.displayNames(items.stream().map(ModerationStore.Item::authorId).collect(Collectors.toSet()));
        Map<String, Map<Long, ContentPreview>> previews = previews(items.stream()
                .collect(Collectors.groupingBy(ModerationStore.Item::targetType, Collectors.mapping(ModerationStore.Item::targetId,
                        Collectors.toSet()))));
        return items.stream().map(i -> new ModerationItem(new ContentRef(i.targetType(), i.targetId()),
                i.communityId(), authors.get(i.authorId()), i.status(), i.openFlags(),
                flags.getOrDefault(i.id(), List.of()).stream().map(f -> new ModerationItem.Report(f.reason(), f.note(), f.createdAt(),
                        isVerified.apply(f.flaggedBy(), communityOf.get(f.itemId())), since.get(f.flaggedBy()),
                        since.get(f.flaggedBy()) != null && since.get(f.flaggedBy()).isAfter(f.createdAt().minusDays(newAccountDays)))).toList(),
                previews.getOrDefault(i.targetType(), Map.of()).get(i.targetId()), i.updatedAt())).toList();
    }

    /** The public moderation log of a community, newest first. */
    public Page<ModerationLogEntry> log(Long communityId, Pageable pageable) {
        var rows = store.log(communityId, (int) pageable.getOffset(), pageable.getPageSize());
        Map<Long, String> actors = accounts.displayNames(rows.stream().map(ModerationStore.LogRow::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, Map<Long, ContentPreview>> previews = previews(rows.stream()
                .collect(Collectors.groupingBy(ModerationStore.LogRow::targetType, Collectors.mapping(ModerationStore.LogRow::targetId,
                        Collectors.toSet()))));
        // the public log links to the content in place; its text (hidden or not) is never part of the log
        return new PageImpl<>(rows.stream().map(r -> new ModerationLogEntry(new ContentRef(r.targetType(), r.targetId()), r.action(),
                r.reason(), r.actorId() == null ? null : actors.get(r.actorId()), r.actedAt(),
                Optional.ofNullable(previews.getOrDefault(r.targetType(), Map.of()).get(r.targetId())).map(ContentPreview::route)
                        .orElse(null))).toList(), pageable, store.logSize(communityId));
    }

    /** One batch per content type, by the module that owns it. */
    private Map<String, Map<Long, ContentPreview>> previews(Map<String, Set<Long>> idsByType) {
        return idsByType.entrySet().stream().filter(e -> contents.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> contents.get(e.getKey()).previews(e.getValue())));
    }

    private void decide(ContentRef target, ModerationStatus status, String action, ReasonForm reason) {
        if (reason != null) {
            validator.check(reason);
        }
        ContentOwner owner = ownerOf(target);
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
        audit.append(new AuditRecord("MODERATION_" + action, target.type(), target.id(), "committee:" + currentUser.requireId(),
                "from " + item.status() + (text == null ? "" : ", reason sha256 " + AuditRecord.textHash(text))));
        if (status != ModerationStatus.DISMISSED || item.status() == ModerationStatus.HIDDEN_PENDING) {
            ContentPreview preview = contentOf(target.type()).previews(List.of(target.id())).get(target.id());
            events.publishEvent(new ContentModerated(target, owner.authorId(), owner.communityId(), action, text,
                    preview == null ? null : preview.route()));
        }
    }

    private void setHidden(ContentRef target, boolean hidden, String reason) {
        if (hidden) {
            contentOf(target.type()).hide(target.id(), reason);
        } else {
            contentOf(target.type()).restore(target.id());
        }
    }

    private ContentOwner ownerOf(ContentRef target) {
        return contentOf(target.type()).ownerOf(target.id()).orElseThrow(() -> InvalidInput.of(null, "moderation.error.target"));
    }

    private ModeratedContent contentOf(String type) {
        ModeratedContent content = contents.get(type);
        if (content == null) {
            throw InvalidInput.of(null, "moderation.error.target");
        }
        return content;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
