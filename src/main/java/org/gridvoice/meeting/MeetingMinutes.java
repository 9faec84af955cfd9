package org.gridvoice.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.meeting.domain.MeetingStore;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee drafts a meeting's minutes (Markdown, sanitised), publishes them once after the
 * meeting started — the meeting is then HELD and the minutes never change (the database refuses it
 * too) — and may add public correction notes beside them. Minutes and corrections go on the audit
 * chain as hashes of their text. Refusals as {@link MeetingService}'s.
 */
@Service
@Transactional
public class MeetingMinutes {

    private final MeetingStore store;
    private final MeetingHeaders headers;
    private final MeetingCommittee committee;
    private final InputValidator validator;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingMinutes(MeetingStore store, MeetingHeaders headers, MeetingCommittee committee, InputValidator validator,
                   MarkdownRenderer markdown, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.headers = headers;
        this.committee = committee;
        this.validator = validator;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Saves the draft of the minutes; refused once they are published ({@code meeting.error.minutes-published}). */
    @PreAuthorize("hasRole('COMMITTEE')")
    public void saveDraft(Long id, MinutesForm form) {
        validator.check(form);
        MeetingHeader header = locked(id);
        committee.require(header.communityId());
        MeetingService.refuse(MeetingSteps.of(header, now()).minutesRefusal(), "markdown");
        String text = form.markdown().strip();
        store.saveMinutes(id, text, markdown.toHtml(text));
    }

    /** Publishes the minutes as saved (the meeting becomes HELD); its followers are told. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public void publish(Long id) {
        MeetingHeader header = locked(id);
        Long me = committee.require(header.communityId());
        MeetingService.refuse(MeetingSteps.of(header, now()).publishMinutesRefusal());
        MeetingStore.Row row = store.find(id).orElseThrow(MeetingService::notFound);
        if (row.minutesMarkdown() == null || row.minutesMarkdown().isBlank()) {
            throw InvalidInput.of("markdown", "meeting.error.minutes-empty");
        }
        store.publishMinutes(id, me, now());
        audit.append(new AuditRecord("MEETING_MINUTES_PUBLISHED", "meeting", id, "committee:" + me, "sha256 " + sha256(row.minutesMarkdown())));
        events.publishEvent(new MeetingMinutesPublished(id, header.communityId(), header.title()));
    }

    /** Adds a public correction note beside published minutes; returns its id. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Long correct(Long id, MinutesForm form) {
        validator.check(form);
        MeetingHeader header = locked(id);
        Long me = committee.require(header.communityId());
        MeetingService.refuse(MeetingSteps.of(header, now()).correctionRefusal(), "markdown");
        String text = form.markdown().strip();
        Long correction = store.addCorrection(id, text, markdown.toHtml(text), me, now());
        audit.append(new AuditRecord("MEETING_MINUTES_CORRECTED", "meeting", id, "committee:" + me,
                "correction " + correction + ", sha256 " + sha256(text)));
        return correction;
    }

    private MeetingHeader locked(Long id) {
        headers.lock(id);
        return headers.find(id).orElseThrow(MeetingService::notFound);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
