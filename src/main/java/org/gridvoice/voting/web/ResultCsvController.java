package org.gridvoice.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.shared.web.CsvDownload;
import org.gridvoice.voting.ResultExport;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: a closed vote's tallies and anonymised ballots as CSV at stable addresses, so
 * anyone can recount with a spreadsheet or a script.
 */
@RestController
class ResultCsvController {

    private final ResultExport export;
    private final Messages messages;

    ResultCsvController(ResultExport export, Messages messages) {
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/open-data/consultations/{id}/tallies.csv")
    void tallies(@PathVariable long id, HttpServletResponse response) throws IOException {
        export.requireResult(id); // refuses before the response is committed
        export.writeTallies(id, CsvDownload.open(response, "consultation-" + id + "-tallies.csv"));
    }

    @GetMapping("/open-data/consultations/{id}/ballots.csv")
    void ballots(@PathVariable long id, HttpServletResponse response) throws IOException {
        export.requireResult(id);
        export.writeBallots(id, CsvDownload.open(response, "consultation-" + id + "-ballots.csv"));
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notClosed(InvalidInput refusal, Locale locale) {
        var problem = refusal.problems().getFirst();
        return messages.get(Messages.supported(locale), problem.messageKey(), problem.args());
    }
}
