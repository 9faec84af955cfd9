package org.gridvoice.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.domain.SurveyStore;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A known resident's paper questionnaire that staff enter (代录): the payload is {@link Payload} as JSON
 * ({@code {"surveyId": 1, "answers": {"<questionId>": {...}}}}), checked as answering online would check it (open,
 * the resident in the survey's audience, every answer valid). Once the resident attests it, it is their response
 * (replacing one they gave before), counted as PAPER_ATTESTED and marked as entered by the staff member.
 */
@Component
public class SurveyEntries implements AttestableKind {

    static final String KIND = "survey";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What staff entered: the survey and the answers by question id. */
    public record Payload(Long surveyId, Map<Long, Answer> answers) {
    }

    private final SurveyResponses responses;
    private final SurveyStore surveys;
    private final Messages messages;

    SurveyEntries(SurveyResponses responses, SurveyStore surveys, Messages messages) {
        this.responses = responses;
        this.surveys = surveys;
        this.messages = messages;
    }

    /** The payload the staff screen stores for a survey's answers. */
    public static String payload(Long surveyId, ResponseForm form) {
        return JSON.writeValueAsString(new Payload(surveyId, form == null ? Map.of() : form.answers()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void validate(Long residentId, String payload) {
        Payload p = read(payload);
        responses.checkAs(residentId, p.surveyId(), new ResponseForm(p.answers()));
    }

    @Override
    public String preview(String payload, Locale locale) {
        Payload p = read(payload);
        Locale lang = Messages.supported(locale);
        SurveyStore.Row survey = surveys.find(p.surveyId()).orElseThrow(() -> InvalidInput.of(null, "survey.error.not-found"));
        List<String> lines = new ArrayList<>(List.of(messages.get(lang, "survey.attest.preview", survey.title())));
        for (SurveyStore.Question q : surveys.questions(p.surveyId())) {
            Answer a = p.answers().get(q.id());
            if (a != null) {
                lines.add(messages.get(lang, "survey.attest.answer", q.number(), q.text(), words(q, a)));
            }
        }
        return String.join("\n", lines);
    }

    @Override
    public Created create(Long residentId, Long staffId, String payload) {
        Payload p = read(payload);
        responses.respondAs(residentId, staffId, p.surveyId(), new ResponseForm(p.answers()));
        return new Created(p.surveyId(), "surveys/" + p.surveyId());
    }

    /** The answer as the resident reads it: the picked labels, the scale value, the text, or each matrix row's label. */
    private static String words(SurveyStore.Question q, Answer a) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> a.choices() == null ? "" : String.join("; ", a.choices().stream().map(i -> label(q.options(), i)).toList());
            case SCALE -> a.scale() == null ? "" : a.scale().toString();
            case SHORT_TEXT, LONG_TEXT -> a.text() == null ? "" : a.text().strip();
            case MATRIX -> {
                List<String> cells = new ArrayList<>();
                for (int r = 0; a.matrix() != null && r < a.matrix().size() && r < q.rows().size(); r++) {
                    if (a.matrix().get(r) != null) {
                        cells.add(q.rows().get(r) + " " + label(q.options(), a.matrix().get(r)));
                    }
                }
                yield String.join("; ", cells);
            }
        };
    }

    private static String label(List<String> options, Integer index) {
        return index != null && index >= 0 && index < options.size() ? options.get(index) : Objects.toString(index);
    }

    private static Payload read(String payload) {
        try {
            Payload p = payload == null ? null : JSON.readValue(payload, Payload.class);
            if (p == null || p.surveyId() == null) {
                throw InvalidInput.of(null, "attest.error.payload");
            }
            return p.answers() == null ? new Payload(p.surveyId(), Map.of()) : p;
        } catch (JacksonException unreadable) {
            throw InvalidInput.of(null, "attest.error.payload");
        }
    }
}
