package org.gridvoice.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.shared.web.CsvDownload;
import org.gridvoice.survey.SurveyService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A survey's responses as CSV, without identities, in the reader's language: for its committee at any time, for
 * everyone once closed when the survey publishes its results (403 otherwise; 404 for an unknown survey).
 */
@RestController
class SurveyCsvController {

    private final SurveyService surveys;
    private final Messages messages;

    SurveyCsvController(SurveyService surveys, Messages messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    /** Headers in {@code lang} ({@code zh-CN}, {@code en}) when given, else in the browser's language. */
    @GetMapping("/surveys/{id}/responses.csv")
    void responses(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale, HttpServletResponse response)
            throws IOException {
        surveys.requireCsv(id); // refuses before the response is committed
        try (var out = CsvDownload.open(response, "survey-" + id + "-responses.csv")) {
            surveys.writeCsv(id, out, lang == null || lang.isBlank() ? locale : Messages.fromTag(lang));
        }
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(InvalidInput refusal, Locale locale) {
        var problem = refusal.problems().getFirst();
        return messages.get(Messages.supported(locale), problem.messageKey(), problem.args());
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(AccessDeniedException refusal, Locale locale) {
        return messages.get(Messages.supported(locale), "survey.error.results-private");
    }
}
