package org.gridvoice.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.domain.AnswerRules;
import org.gridvoice.survey.domain.ResponseStore;
import org.gridvoice.survey.domain.SurveyStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Answering a survey: who may, when, and storing the response as a whole or not at all. A person's response is kept
 * under their pseudonym within the survey (never their id), an anonymous browser's under the hash of its key.
 */
@Component
class SurveyResponses {

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final SurveyGate gate;
    private final AuditLog audit;
    private final Clock clock;

    SurveyResponses(SurveyStore surveys, ResponseStore responses, SurveyGate gate, AuditLog audit, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    void respond(Long id, String token, ResponseForm form) {
        Long me = gate.me().orElseThrow(() -> new AccessDeniedException("sign in"));
        SurveyStore.Row row = lock(id);
        switch (row.audienceKind()) {
            case RESIDENTS -> {
                if (!gate.isResident(me, row.communityId(), surveys.grids(id))) {
                    throw InvalidInput.of(null, "survey.error.not-resident");
                }
            }
            case LINK_ACCOUNT -> {
                if (token == null || !token.strip().equals(row.linkToken())) {
                    throw InvalidInput.of(null, "survey.error.link");
                }
            }
            case LINK_ANONYMOUS -> throw InvalidInput.of(null, "survey.error.audience");
        }
        save(row, ref(me, id), ResponseChannel.ONLINE, null, form);
    }

    void respondAnonymously(String token, String browserKey, ResponseForm form) {
        SurveyStore.Row found = surveys.byToken(token == null ? "" : token.strip()).filter(r -> !r.draft())
                .orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
        SurveyStore.Row row = lock(found.id());
        if (row.audienceKind() != SurveyAudience.LINK_ANONYMOUS) {
            throw InvalidInput.of(null, "survey.error.audience");
        }
        String ref = browserRef(row.id(), browserKey);
        requireOpen(row);
        if (responses.responseOf(row.id(), ref).isPresent()) {
            throw InvalidInput.of(null, "survey.error.answered");
        }
        List<AnswerRules.Value> values = AnswerRules.check(surveys.questions(row.id()), form);
        responses.insert(row.id(), ref, ResponseChannel.ONLINE_ANONYMOUS.name(), null, values, now());
    }

    boolean answeredAnonymously(String token, String browserKey) {
        if (browserKey == null || browserKey.isBlank()) {
            return false;
        }
        return surveys.byToken(token == null ? "" : token.strip())
                .flatMap(r -> responses.responseOf(r.id(), browserRef(r.id(), browserKey))).isPresent();
    }

    void enterAnonymousPaper(Long id, ResponseForm form) {
        SurveyStore.Row row = lock(id);
        Long staff = gate.requireStaff(row.communityId());
        requireOpen(row);
        List<AnswerRules.Value> values = AnswerRules.check(surveys.questions(id), form);
        responses.insert(id, null, ResponseChannel.PAPER_ANONYMOUS.name(), staff, values, now());
    }

    /** Refuses what {@link #respondAs} would refuse, storing nothing. */
    void checkAs(Long residentId, Long id, ResponseForm form) {
        SurveyStore.Row row = surveys.find(id).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
        checkResidentPaper(row, residentId);
        requireOpen(row);
        AnswerRules.check(surveys.questions(id), form);
    }

    /** A known resident's paper form, once they attested it: their response (replacing an earlier one), entered by staff. */
    void respondAs(Long residentId, Long staffId, Long id, ResponseForm form) {
        SurveyStore.Row row = lock(id);
        checkResidentPaper(row, residentId);
        save(row, ref(residentId, id), ResponseChannel.PAPER_ATTESTED, staffId, form);
    }

    private void checkResidentPaper(SurveyStore.Row row, Long residentId) {
        if (row.draft() || row.audienceKind() == SurveyAudience.LINK_ANONYMOUS) {
            throw InvalidInput.of(null, "survey.error.audience");
        }
        if (row.audienceKind() == SurveyAudience.RESIDENTS && !gate.isResident(residentId, row.communityId(), surveys.grids(row.id()))) {
            throw InvalidInput.of(null, "survey.error.not-resident");
        }
    }

    Optional<ResponseForm> myResponse(SurveyStore.Row row) {
        return gate.me().flatMap(me -> responses.responseOf(row.id(), ref(me, row.id()))).map(responseId -> {
            List<SurveyStore.Question> questions = surveys.questions(row.id());
            Map<Long, SurveyStore.Question> byId = new HashMap<>();
            questions.forEach(q -> byId.put(q.id(), q));
            Map<Long, List<ResponseStore.StoredValue>> values = new HashMap<>();
            responses.values(responseId).forEach(v -> values.computeIfAbsent(v.questionId(), k -> new ArrayList<>()).add(v));
            Map<Long, Answer> answers = new HashMap<>();
            values.forEach((questionId, stored) -> answers.put(questionId, answer(byId.get(questionId), stored)));
            return new ResponseForm(answers);
        });
    }

    /** The surveys among these that the signed-in person has answered. */
    Set<Long> answeredByMe(List<Long> surveyIds) {
        Optional<Long> me = gate.me();
        if (me.isEmpty() || surveyIds.isEmpty()) {
            return Set.of();
        }
        return responses.answered(surveyIds, surveyIds.stream().map(id -> ref(me.get(), id)).toList());
    }

    /** Why the asking person cannot answer now (an i18n key), or null. */
    String refusal(SurveyStore.Row row, Set<Long> gridIds, LocalDateTime now) {
        SurveyStatus status = row.state(now);
        if (status == SurveyStatus.CLOSED) {
            return "survey.error.closed";
        }
        if (status != SurveyStatus.OPEN) {
            return "survey.error.not-open";
        }
        Optional<Long> me = gate.me();
        return switch (row.audienceKind()) {
            case RESIDENTS -> me.isEmpty() ? "survey.error.sign-in"
                    : gate.isResident(me.get(), row.communityId(), gridIds) ? null : "survey.error.not-resident";
            case LINK_ACCOUNT -> me.isEmpty() ? "survey.error.sign-in" : null;
            case LINK_ANONYMOUS -> null;
        };
    }

    private void save(SurveyStore.Row row, String ref, ResponseChannel channel, Long enteredBy, ResponseForm form) {
        requireOpen(row);
        List<AnswerRules.Value> values = AnswerRules.check(surveys.questions(row.id()), form);
        Optional<Long> existing = responses.responseOf(row.id(), ref);
        if (existing.isPresent()) {
            responses.replace(row.id(), existing.get(), channel.name(), enteredBy, values, now());
        } else {
            responses.insert(row.id(), ref, channel.name(), enteredBy, values, now());
        }
    }

    private void requireOpen(SurveyStore.Row row) {
        SurveyStatus status = row.state(now());
        if (status == SurveyStatus.CLOSED) {
            throw InvalidInput.of(null, "survey.error.closed");
        }
        if (status != SurveyStatus.OPEN) {
            throw InvalidInput.of(null, "survey.error.not-open");
        }
    }

    private SurveyStore.Row lock(Long id) {
        return surveys.lock(id).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
    }

    private String ref(Long userId, Long surveyId) {
        return audit.pseudonym(userId, "survey-" + surveyId);
    }

    /** "b-" and the SHA-256 of the survey and the browser's key: the key itself is never stored. */
    static String browserRef(Long surveyId, String browserKey) {
        if (browserKey == null || browserKey.isBlank() || browserKey.length() > 200) {
            throw InvalidInput.of(null, "survey.error.browser-key");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((surveyId + ":" + browserKey.strip()).getBytes(StandardCharsets.UTF_8));
            return "b-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(SurveyStore.Question q, List<ResponseStore.StoredValue> stored) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> Answer.choices(stored.stream().map(ResponseStore.StoredValue::value).toList());
            case SCALE -> Answer.scale(stored.getFirst().value());
            case SHORT_TEXT, LONG_TEXT -> Answer.text(stored.getFirst().text());
            case MATRIX -> {
                List<Integer> cells = new ArrayList<>(java.util.Collections.nCopies(q.rows().size(), (Integer) null));
                stored.forEach(v -> cells.set(v.row(), v.value()));
                yield Answer.matrix(cells);
            }
        };
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
