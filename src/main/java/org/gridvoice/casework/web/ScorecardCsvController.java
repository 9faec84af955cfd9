package org.gridvoice.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.ScorecardService;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.shared.web.CsvDownload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: office scorecards of every office and month as CSV, {@code from} and {@code to} as
 * YYYY-MM (both inclusive; the last twelve months when left out), {@code source} {@code proposal} or
 * {@code request} to count only the cases of that source (both when left out or {@code all}). UTF-8 with a byte-order mark
 * so that Excel and WPS read Chinese office names correctly.
 */
@RestController
class ScorecardCsvController {

    private final ScorecardService scorecards;
    private final Messages messages;
    private final Clock clock;

    ScorecardCsvController(ScorecardService scorecards, Messages messages, Clock clock) {
        this.scorecards = scorecards;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/open-data/scorecards.csv")
    void scorecards(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String source, HttpServletResponse response) throws IOException {
        YearMonth last = to == null ? YearMonth.now(clock) : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        CaseSource only = source(source);
        scorecards.requireRange(first, last); // refuses before the response is committed
        String name = "scorecards-" + (only == null ? "" : only.name().toLowerCase(Locale.ROOT) + "s-") + first + "-" + last + ".csv";
        scorecards.writeCsv(only, first, last, CsvDownload.open(response, name));
    }

    private static CaseSource source(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
            return null;
        }
        for (CaseSource s : CaseSource.values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw InvalidInput.of("source", "casework.error.source", text.length() > 20 ? text.substring(0, 20) + "…" : text);
    }

    // plain text whatever the client accepts: the message repeats what was typed
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<String> badRequest(InvalidInput refusal, Locale locale) {
        var problem = refusal.problems().getFirst();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.get(Messages.supported(locale), problem.messageKey(), problem.args()));
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException notAMonth) {
            throw InvalidInput.of(field, "scorecard.error.month", field, text.length() > 20 ? text.substring(0, 20) + "…" : text);
        }
    }
}
