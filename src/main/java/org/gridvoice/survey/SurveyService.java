package org.gridvoice.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.domain.QuestionRules;
import org.gridvoice.survey.domain.SurveyStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys (contract of issue 17, implemented on branch survey-core). The committee of the survey's community
 * builds, previews and publishes it (method security plus the community check: AccessDeniedException);
 * residents answer it; the committee moderates free text and reads the results, which everyone reads after
 * the close when the survey publishes them. Every write validates on the server and, refused, stores nothing.
 * An unknown survey is refused with {@code survey.error.not-found}.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyStore store;
    private final SurveyGate gate;
    private final SurveyResponses responding;
    private final SurveyReports reports;
    private final PlaceService places;
    private final InputValidator validator;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    SurveyService(SurveyStore store, SurveyGate gate, SurveyResponses responding, SurveyReports reports, PlaceService places,
                  InputValidator validator, MarkdownRenderer markdown, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.responding = responding;
        this.reports = reports;
        this.places = places;
        this.validator = validator;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** Creates a draft; returns its id. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long create(SurveyForm form) {
        Long me = check(form);
        return store.insert(form, html(form), token(form.audience(), null), me, now());
    }

    /** Replaces a draft's content (optimistic: {@code survey.error.stale} when {@code version} is old); drafts only ({@code survey.error.published}). */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void update(Long id, long version, SurveyForm form) {
        SurveyStore.Row row = committeeLock(id);
        if (!row.draft()) {
            throw InvalidInput.of(null, "survey.error.published");
        }
        check(form);
        if (!store.replace(id, version, form, html(form), token(form.audience(), row.linkToken()))) {
            throw InvalidInput.of(null, "survey.error.stale");
        }
    }

    /** Deletes a draft (the screen confirms first); drafts only. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void deleteDraft(Long id) {
        if (!committeeLock(id).draft()) {
            throw InvalidInput.of(null, "survey.error.published");
        }
        store.delete(id);
    }

    /** Publishes a draft: from then on its questions, audience and publish choice are fixed. Closing in the past: {@code survey.error.dates}. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void publish(Long id) {
        SurveyStore.Row row = committeeLock(id);
        if (!row.draft()) {
            throw InvalidInput.of(null, "survey.error.published");
        }
        if (!row.closesAt().isAfter(now())) {
            throw InvalidInput.of("closesAt", "survey.error.dates");
        }
        store.publish(id, now());
    }

    /** Closes an open survey now ({@code survey.error.not-open} when it is not open). */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void closeNow(Long id) {
        SurveyStore.Row row = committeeLock(id);
        if (row.state(now()) != SurveyStatus.OPEN) {
            throw InvalidInput.of(null, "survey.error.not-open");
        }
        store.closeAt(id, now());
    }

    /**
     * The surveys the asking person may see, newest first, paged in the database: published RESIDENTS surveys
     * (public), plus, for a committee member, their communities' drafts and link surveys.
     */
    public Page<SurveySummary> list(Pageable pageable) {
        Set<Long> mine = gate.myCommittees();
        List<SurveyStore.Row> rows = store.page(mine, pageable.getOffset(), pageable.getPageSize());
        Map<Long, String> communities = places.communitiesOf(rows.stream().map(SurveyStore.Row::communityId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        Set<Long> answered = responding.answeredByMe(rows.stream().map(SurveyStore.Row::id).toList());
        LocalDateTime now = now();
        return new PageImpl<>(rows.stream().map(r -> new SurveySummary(r.id(), r.title(), communities.getOrDefault(r.communityId(), ""),
                r.state(now), r.audienceKind(), r.opensAt(), r.closesAt(), r.responses(), answered.contains(r.id()))).toList(),
                pageable, store.count(mine));
    }

    /** A survey's page (a draft only for its committee: the preview). AccessDeniedException for a link survey asked by id by anyone else. */
    public SurveyDetails details(Long id) {
        SurveyStore.Row row = find(id);
        boolean committee = gate.isCommittee(row.communityId());
        if ((row.draft() || row.audienceKind() != SurveyAudience.RESIDENTS) && !committee) {
            throw new AccessDeniedException("survey " + id + " is its committee's only");
        }
        return details(row, committee);
    }

    /** A link survey's page by the secret of its link; empty for an unknown token (or a draft, but for its committee). */
    public Optional<SurveyDetails> byLink(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.byToken(token.strip()).filter(r -> !r.draft() || gate.isCommittee(r.communityId()))
                .map(r -> details(r, gate.isCommittee(r.communityId())));
    }

    /**
     * Answers (or changes the answer to) a RESIDENTS or LINK_ACCOUNT survey as the signed-in person.
     * RESIDENTS: only verified residents of its scope ({@code survey.error.not-resident}). A LINK_ACCOUNT survey
     * needs its link: {@code token} (ignored for RESIDENTS; {@code survey.error.link} when wrong). A LINK_ANONYMOUS
     * survey is answered with {@link #respondAnonymously} ({@code survey.error.audience}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void respond(Long id, String token, ResponseForm form) {
        responding.respond(id, token, form);
    }

    /**
     * Answers a LINK_ANONYMOUS survey without an account. {@code browserKey}: the random key the browser keeps
     * (cookie); a second response with it is refused ({@code survey.error.answered}), not replaced. Only the key's
     * hash is stored. This limit is weak by design: another browser, or a cleared cookie, answers again; the survey
     * page says so. An unknown token: {@code survey.error.not-found}.
     */
    @Transactional
    public void respondAnonymously(String token, String browserKey, ResponseForm form) {
        responding.respondAnonymously(token, browserKey, form);
    }

    /** Whether this browser key has answered the link survey already. */
    public boolean answeredAnonymously(String token, String browserKey) {
        return responding.answeredAnonymously(token, browserKey);
    }

    /** The signed-in person's own response, to change it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ResponseForm> myResponse(Long id) {
        return responding.myResponse(find(id));
    }

    /**
     * Records an anonymous paper questionnaire, counted as PAPER_ANONYMOUS. Staff serving the survey's community
     * (AccessDeniedException otherwise), while it is open. A known resident's paper form goes through staff
     * entry and the resident's attestation instead (the attestation kind {@code survey}).
     */
    @PreAuthorize("hasAnyRole('COMMITTEE', 'OFFICER', 'OFFICE_LEAD')")
    @Transactional
    public void enterAnonymousPaper(Long id, ResponseForm form) {
        responding.enterAnonymousPaper(id, form);
    }

    /** The results: for the committee always, for everyone else once closed if the survey publishes them; empty otherwise. */
    public Optional<SurveyResults> results(Long id) {
        return reports.results(find(id));
    }

    /**
     * A text question's answers, paged in the database: the committee sees them all (or those in
     * {@code moderation} when not null); everyone else the SHOWN ones, when they may see the results.
     */
    public Page<FreeTextAnswer> freeText(Long questionId, TextModeration moderation, Pageable pageable) {
        Long surveyId = store.surveyOfQuestion(questionId).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
        return reports.freeText(find(surveyId), questionId, moderation, pageable);
    }

    /** Shows or hides a free-text answer in the results; the committee only. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void moderate(Long answerId, TextModeration moderation) {
        reports.moderate(answerId, moderation);
    }

    /**
     * Writes all responses as CSV, one row per response with no identity: the response's number, channel and day,
     * then one column per question (a matrix one per row; multiple choice its picks joined with "; "), with
     * headers in {@code locale}'s language. Free text is written only when SHOWN unless the committee asks. Who may
     * read it is as {@link #results}: AccessDeniedException otherwise.
     */
    public void writeCsv(Long id, java.io.Writer out, java.util.Locale locale) throws java.io.IOException {
        reports.writeCsv(find(id), out, locale);
    }

    /** Refuses (AccessDeniedException) before a download starts when {@link #writeCsv} would. */
    public void requireCsv(Long id) {
        if (!reports.mayRead(find(id))) {
            throw new AccessDeniedException("the results of survey " + id + " are not public");
        }
    }

    private SurveyDetails details(SurveyStore.Row row, boolean committee) {
        LocalDateTime now = now();
        Set<Long> gridIds = store.grids(row.id());
        String community = places.community(row.communityId()).map(CommunitySummary::name).orElse("");
        List<String> gridNames = places.gridsOf(gridIds).stream().map(GridSummary::name).toList();
        Map<Long, List<SurveyStore.Question>> bySection = store.questions(row.id()).stream()
                .collect(Collectors.groupingBy(SurveyStore.Question::sectionId));
        List<SurveyDetails.Section> sections = store.sections(row.id()).stream().map(s -> new SurveyDetails.Section(s.id(), s.title(),
                s.description(), bySection.getOrDefault(s.id(), List.of()).stream().map(q -> new SurveyDetails.Question(q.id(), q.number(),
                        q.type(), q.text(), q.required(), q.options(), q.rows(), q.maxChoices())).toList())).toList();
        String refusal = responding.refusal(row, gridIds, now);
        return new SurveyDetails(row.id(), row.communityId(), community, gridNames, row.title(), row.description(), row.descriptionHtml(),
                row.audienceKind(), row.publishResults(), row.opensAt(), row.closesAt(), row.state(now), sections,
                committee ? row.linkToken() : null, committee && row.draft(), refusal == null, refusal, row.responses(), row.version());
    }

    /** Checks the form and that the asking member is on its community's committee; returns the member's id. */
    private Long check(SurveyForm form) {
        validator.check(form);
        Long me = gate.requireCommittee(form.communityId());
        QuestionRules.check(form);
        Set<Long> inCommunity = places.gridsOf(form.gridIds()).stream().filter(g -> g.communityId().equals(form.communityId()))
                .map(GridSummary::id).collect(Collectors.toSet());
        if (!inCommunity.containsAll(form.gridIds())) {
            throw InvalidInput.of("gridIds", "survey.error.grid");
        }
        return me;
    }

    private SurveyStore.Row committeeLock(Long id) {
        SurveyStore.Row row = store.lock(id).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
        gate.requireCommittee(row.communityId());
        return row;
    }

    private SurveyStore.Row find(Long id) {
        return store.find(id).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
    }

    private String html(SurveyForm form) {
        return form.description() == null || form.description().isBlank() ? null : markdown.toHtml(form.description());
    }

    /** A link survey keeps its secret across edits; a residents' survey has none. */
    private static String token(SurveyAudience audience, String existing) {
        if (audience == SurveyAudience.RESIDENTS) {
            return null;
        }
        if (existing != null) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
