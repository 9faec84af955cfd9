package org.gridvoice.survey;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import org.gridvoice.survey.domain.SurveyStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The results, free text, moderation and CSV of a survey. */
@Component
class SurveyReports {

    Optional<SurveyResults> results(SurveyStore.Row row) {
        throw new UnsupportedOperationException("survey-core");
    }

    boolean mayRead(SurveyStore.Row row) {
        throw new UnsupportedOperationException("survey-core");
    }

    Page<FreeTextAnswer> freeText(SurveyStore.Row row, Long questionId, TextModeration moderation, Pageable pageable) {
        throw new UnsupportedOperationException("survey-core");
    }

    void moderate(Long answerId, TextModeration moderation) {
        throw new UnsupportedOperationException("survey-core");
    }

    void writeCsv(SurveyStore.Row row, Writer out, Locale locale) throws IOException {
        throw new UnsupportedOperationException("survey-core");
    }
}
