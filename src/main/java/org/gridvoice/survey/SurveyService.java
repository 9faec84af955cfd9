package org.gridvoice.survey;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys (contract of issue 17, implemented on branch survey-core). The committee of the survey's community
 * builds, previews and publishes it (method security plus the community check: AccessDeniedException);
 * residents answer it; the committee moderates free text and reads the results, which everyone reads after
 * the close when the survey publishes them. Every write validates on the server and, refused, stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService {

    /** Creates a draft; returns its id. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long create(SurveyForm form) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** Replaces a draft's content (optimistic: {@code survey.error.stale} when {@code version} is old); drafts only ({@code survey.error.published}). */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void update(Long id, long version, SurveyForm form) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** Deletes a draft (the screen confirms first); drafts only. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void deleteDraft(Long id) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** Publishes a draft: from then on its questions, audience and publish choice are fixed. Closing in the past: {@code survey.error.dates}. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void publish(Long id) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** Closes an open survey now. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void closeNow(Long id) {
        throw new UnsupportedOperationException("survey-core");
    }

    /**
     * The surveys the asking person may see, newest first, paged in the database: published RESIDENTS surveys
     * (public), plus, for a committee member, their communities' drafts and link surveys.
     */
    public Page<SurveySummary> list(Pageable pageable) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** A survey's page (a draft only for its committee: the preview). AccessDeniedException for a link survey asked by id by anyone else. */
    public SurveyDetails details(Long id) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** A link survey's page by the secret of its link; empty for an unknown token. */
    public Optional<SurveyDetails> byLink(String token) {
        throw new UnsupportedOperationException("survey-core");
    }

    /**
     * Answers (or changes the answer to) a RESIDENTS or LINK_ACCOUNT survey as the signed-in person.
     * RESIDENTS: only verified residents of its scope ({@code survey.error.not-resident}). A LINK_ACCOUNT survey
     * needs its link: {@code token} (ignored for RESIDENTS).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void respond(Long id, String token, ResponseForm form) {
        throw new UnsupportedOperationException("survey-core");
    }

    /**
     * Answers a LINK_ANONYMOUS survey without an account. {@code browserKey}: the random key the browser keeps
     * (cookie); a second response with it is refused ({@code survey.error.answered}), not replaced.
     */
    @Transactional
    public void respondAnonymously(String token, String browserKey, ResponseForm form) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** Whether this browser key has answered the link survey already. */
    public boolean answeredAnonymously(String token, String browserKey) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** The signed-in person's own response, to change it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ResponseForm> myResponse(Long id) {
        throw new UnsupportedOperationException("survey-core");
    }

    /**
     * Records an anonymous paper questionnaire, counted as PAPER_ANONYMOUS. Staff serving the survey's community
     * (AccessDeniedException otherwise), while it is open. A known resident's paper form goes through staff
     * entry and the resident's attestation instead (the attestation kind {@code survey}).
     */
    @PreAuthorize("hasAnyRole('COMMITTEE', 'OFFICER', 'OFFICE_LEAD')")
    @Transactional
    public void enterAnonymousPaper(Long id, ResponseForm form) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** The results: for the committee always, for everyone else once closed if the survey publishes them; empty otherwise. */
    public Optional<SurveyResults> results(Long id) {
        throw new UnsupportedOperationException("survey-core");
    }

    /**
     * A text question's answers, paged in the database: the committee sees them all (or those in
     * {@code moderation} when not null); everyone else the SHOWN ones, when they may see the results.
     */
    public Page<FreeTextAnswer> freeText(Long questionId, TextModeration moderation, Pageable pageable) {
        throw new UnsupportedOperationException("survey-core");
    }

    /** Shows or hides a free-text answer in the results; the committee only. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void moderate(Long answerId, TextModeration moderation) {
        throw new UnsupportedOperationException("survey-core");
    }

    /**
     * Writes all responses as CSV, one row per response with no identity: the response's number, channel and day,
     * then one column per question (a matrix one per row; multiple choice its picks joined with "; "), with
     * headers in {@code locale}'s language. Free text is written only when SHOWN unless the committee asks. Who may
     * read it is as {@link #results}: AccessDeniedException otherwise.
     */
    public void writeCsv(Long id, java.io.Writer out, java.util.Locale locale) throws java.io.IOException {
        throw new UnsupportedOperationException("survey-core");
    }
}
