package org.gridvoice.survey;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.domain.ResponseCsv;
import org.gridvoice.survey.domain.ResultStore;
import org.gridvoice.survey.domain.SurveyStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The results of a survey, its free text, moderation and CSV. The committee of its community reads them at any time;
 * everyone else once it has closed, if it publishes its results.
 */
@Component
class SurveyReports {

    private final SurveyStore surveys;
    private final ResultStore results;
    private final ResponseCsv csv;
    private final SurveyGate gate;
    private final Clock clock;

    SurveyReports(SurveyStore surveys, ResultStore results, ResponseCsv csv, SurveyGate gate, Clock clock) {
        this.surveys = surveys;
        this.results = results;
        this.csv = csv;
        this.gate = gate;
        this.clock = clock;
    }

    boolean mayRead(SurveyStore.Row row) {
        return gate.isCommittee(row.communityId()) || isPublic(row);
    }

    private boolean isPublic(SurveyStore.Row row) {
        return row.publishResults() && row.state(LocalDateTime.now(clock)) == SurveyStatus.CLOSED;
    }

    Optional<SurveyResults> results(SurveyStore.Row row) {
        if (!mayRead(row)) {
            return Optional.empty();
        }
        Map<ResponseChannel, Integer> byChannel = new EnumMap<>(ResponseChannel.class);
        for (ResponseChannel channel : ResponseChannel.values()) {
            byChannel.put(channel, 0);
        }
        results.byChannel(row.id()).forEach(c -> byChannel.put(ResponseChannel.valueOf(c.channel()), c.responses()));
        Map<Long, ResultStore.QuestionCount> perQuestion = new HashMap<>();
        results.byQuestion(row.id()).forEach(c -> perQuestion.put(c.questionId(), c));
        Map<Long, List<ResultStore.CellCount>> cells = new HashMap<>();
        results.cells(row.id()).forEach(c -> cells.computeIfAbsent(c.questionId(), k -> new ArrayList<>()).add(c));
        List<QuestionResult> questions = surveys.questions(row.id()).stream()
                .map(q -> result(q, perQuestion.get(q.id()), cells.getOrDefault(q.id(), List.of()))).toList();
        int responses = byChannel.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(new SurveyResults(row.id(), row.title(), row.state(LocalDateTime.now(clock)), isPublic(row), responses, byChannel,
                questions));
    }

    private static QuestionResult result(SurveyStore.Question q, ResultStore.QuestionCount count, List<ResultStore.CellCount> cells) {
        int answered = count == null ? 0 : count.answered();
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> new QuestionResult(q.id(), q.number(), q.type(), q.text(), answered, q.options(),
                    counts(q.options().size(), cells, null, 0), null, List.of(), List.of(), 0, 0);
            case SCALE -> {
                List<Integer> counts = counts(5, cells, null, 1);
                long sum = 0;
                int n = 0;
                for (int v = 1; v <= 5; v++) {
                    sum += (long) v * counts.get(v - 1);
                    n += counts.get(v - 1);
                }
                yield new QuestionResult(q.id(), q.number(), q.type(), q.text(), answered, List.of("1", "2", "3", "4", "5"), counts,
                        n == 0 ? null : (double) sum / n, List.of(), List.of(), 0, 0);
            }
            case SHORT_TEXT, LONG_TEXT -> new QuestionResult(q.id(), q.number(), q.type(), q.text(), answered, List.of(), List.of(), null,
                    List.of(), List.of(), count == null ? 0 : count.texts(), count == null ? 0 : count.shown());
            case MATRIX -> {
                List<List<Integer>> matrix = new ArrayList<>();
                for (int r = 0; r < q.rows().size(); r++) {
                    matrix.add(counts(q.options().size(), cells, r, 0));
                }
                yield new QuestionResult(q.id(), q.number(), q.type(), q.text(), answered, q.options(), List.of(), null, q.rows(), matrix, 0, 0);
            }
        };
    }

    /** Counts per value {@code first}..{@code first + size - 1} of one row (null: not a matrix). */
    private static List<Integer> counts(int size, List<ResultStore.CellCount> cells, Integer row, int first) {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(size, 0));
        for (ResultStore.CellCount c : cells) {
            int at = c.value() - first;
            if (java.util.Objects.equals(c.row(), row) && at >= 0 && at < size) {
                counts.set(at, c.count());
            }
        }
        return List.copyOf(counts);
    }

    Page<FreeTextAnswer> freeText(SurveyStore.Row row, Long questionId, TextModeration moderation, Pageable pageable) {
        String only;
        if (gate.isCommittee(row.communityId())) {
            only = moderation == null ? null : moderation.name();
        } else if (isPublic(row)) {
            only = TextModeration.SHOWN.name();
        } else {
            return Page.empty(pageable);
        }
        List<FreeTextAnswer> page = results.texts(questionId, only, pageable.getOffset(), pageable.getPageSize()).stream()
                .map(t -> new FreeTextAnswer(t.id(), t.questionId(), t.text(), TextModeration.valueOf(t.moderation()), t.answeredAt())).toList();
        return new PageImpl<>(page, pageable, results.countTexts(questionId, only));
    }

    void moderate(Long answerId, TextModeration moderation) {
        if (moderation == null) {
            throw InvalidInput.of("moderation", "validation.required");
        }
        ResultStore.TextAnswer answer = results.answer(answerId).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
        SurveyStore.Row row = surveys.find(answer.surveyId()).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
        gate.requireCommittee(row.communityId());
        if (!answer.text()) {
            throw InvalidInput.of(null, "survey.error.not-text");
        }
        results.moderate(answerId, moderation.name());
    }

    void writeCsv(SurveyStore.Row row, Writer out, Locale locale) throws IOException {
        if (!mayRead(row)) {
            throw new AccessDeniedException("the results of survey " + row.id() + " are not public");
        }
        csv.write(row.id(), surveys.questions(row.id()), gate.isCommittee(row.communityId()), out, locale);
    }
}
