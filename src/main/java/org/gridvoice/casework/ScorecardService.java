package org.gridvoice.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.gridvoice.casework.domain.ScorecardQueries;
import org.gridvoice.casework.domain.ScorecardQueries.Answers;
import org.gridvoice.casework.domain.ScorecardQueries.Counts;
import org.gridvoice.casework.domain.ScorecardQueries.HandedOn;
import org.gridvoice.casework.domain.ScorecardQueries.Key;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.shared.web.CsvCells;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office scorecards (考核), public and without sign-in. Definitions, per office and month:
 * <ul>
 *   <li>A case counts in the calendar month of {@code routed_at} (server time), for the office
 *   that holds it now, and — for its response only — for each office that held it before and
 *   handed it on (transfer or "not our remit").</li>
 *   <li><b>cases</b>: the cases the office holds now plus those it handed on. An office-month
 *   without either has no scorecard at all.</li>
 *   <li><b>response rate</b> (响应率): responses on time / responses due. A case the office holds
 *   now is due once it was accepted or its response deadline has passed; it is on time when
 *   accepted within the deadline ({@code accepted_late} false). A case the office handed on is
 *   due: the office's response is its first acceptance of it, else the hand-off itself, on time
 *   when within the response hours of the moment the office got it. A case still inside its
 *   response deadline is no miss. Null when nothing is due.</li>
 *   <li><b>resolution rate</b> (解决率): cases held now with status CLOSED / those CLOSED plus open
 *   ones (new, accepted, in progress) past their resolution deadline. A case closes only when a
 *   majority of the residents asked confirm it is resolved, or when the confirmation window ends
 *   without a majority of answers saying "not resolved" (otherwise it is reopened, 重办), so
 *   CLOSED carries the residents' verdict. Resolved cases awaiting that verdict and open cases
 *   inside their deadline are not counted yet. Null when nothing is due.</li>
 *   <li><b>satisfaction rate</b> (满意率): answered feedback rows of the cases held now, every round,
 *   saying SATISFIED or FAIRLY / answered feedback rows; null when nobody has answered.</li>
 *   <li><b>average hops</b>: mean of {@code hops} (transfers) over the cases held now (0 without any).</li>
 *   <li><b>late</b> / <b>escalated</b>: cases held now with {@code late_at} / {@code escalated_at} set.</li>
 * </ul>
 * Each figure can be limited to the cases of one source: proposals' or residents' requests' (诉求);
 * without one, both count.
 * Each query is three GROUP BY statements ({@link ScorecardQueries}) plus one for the office names, whatever the range.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    /** The longest range one call covers, so every answer stays small. */
    public static final int MAX_MONTHS = 120;

    private final ScorecardQueries queries;
    private final OfficeService offices;
    private final Clock clock;

    ScorecardService(ScorecardQueries queries, OfficeService offices, Clock clock) {
        this.queries = queries;
        this.offices = offices;
        this.clock = clock;
    }

    /** One office's scorecards from {@code from} to {@code to} inclusive, oldest first; months without cases are left out. */
    public List<Scorecard> monthly(Long officeId, YearMonth from, YearMonth to) {
        return monthly(officeId, null, from, to);
    }

    /** As {@link #monthly(Long, YearMonth, YearMonth)}, counting only the cases of {@code source} (null: both). */
    public List<Scorecard> monthly(Long officeId, CaseSource source, YearMonth from, YearMonth to) {
        if (officeId == null) {
            throw InvalidInput.of("officeId", "validation.required");
        }
        requireRange(from, to);
        return scorecards(officeId, source, from, to).stream().sorted(Comparator.comparing(Scorecard::month)).toList();
    }

    /** Every office with cases in the month, side by side, by office name. */
    public List<Scorecard> allOffices(YearMonth month) {
        return allOffices(null, month);
    }

    /** As {@link #allOffices(YearMonth)}, counting only the cases of {@code source} (null: both). */
    public List<Scorecard> allOffices(CaseSource source, YearMonth month) {
        requireRange(month, month);
        return scorecards(null, source, month, month).stream().sorted(byOffice()).toList();
    }

    /**
     * Open data: one row per office and month with cases, by month then office. Columns
     * office_id, office, month (YYYY-MM), cases, response_rate, resolution_rate,
     * satisfaction_rate (fractions 0–1 to four places; empty when nothing is due yet or nobody answered),
     * average_hops, late, escalated.
     */
    public void writeCsv(YearMonth from, YearMonth to, Writer out) {
        writeCsv(null, from, to, out);
    }

    /** As {@link #writeCsv(YearMonth, YearMonth, Writer)}, counting only the cases of {@code source} (null: both); same columns. */
    public void writeCsv(CaseSource source, YearMonth from, YearMonth to, Writer out) {
        requireRange(from, to);
        List<Scorecard> rows = scorecards(null, source, from, to).stream()
                .sorted(Comparator.comparing(Scorecard::month).thenComparing(byOffice())).toList();
        try (CSVPrinter csv = CsvCells.printer(out, "office_id", "office", "month", "cases",
                "response_rate", "resolution_rate", "satisfaction_rate", "average_hops", "late", "escalated")) {
            for (Scorecard s : rows) {
                // office names are typed by administrators: escaped against formulas like any text (CsvCells)
                CsvCells.record(csv, s.officeId(), s.officeName(), s.month(), s.cases(), decimal(s.responseRate(), 4),
                        decimal(s.resolutionRate(), 4), decimal(s.satisfactionRate(), 4), decimal(s.averageHops(), 2), s.late(),
                        s.escalated());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses ({@code scorecard.error.range}) a missing month, a range that runs backwards, or one longer than {@link #MAX_MONTHS}. */
    public void requireRange(YearMonth from, YearMonth to) {
        if (from == null || to == null || from.isAfter(to) || ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw InvalidInput.of("to", "scorecard.error.range", MAX_MONTHS);
        }
    }

    private List<Scorecard> scorecards(Long officeId, CaseSource source, YearMonth from, YearMonth to) {
        Map<Key, Counts> counts = queries.counts(officeId, source, from, to, LocalDateTime.now(clock));
        Map<Key, HandedOn> handedOn = queries.handedOn(officeId, source, from, to);
        Set<Key> keys = new HashSet<>(counts.keySet());
        keys.addAll(handedOn.keySet());
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Key, Answers> answers = queries.answers(officeId, source, from, to);
        Map<Long, String> names = offices.officesOf(keys.stream().map(Key::officeId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        return keys.stream().map(key -> {
            Counts c = counts.getOrDefault(key, Counts.NONE);
            HandedOn h = handedOn.getOrDefault(key, HandedOn.NONE);
            Answers a = answers.getOrDefault(key, Answers.NONE);
            return new Scorecard(key.officeId(), names.getOrDefault(key.officeId(), "#" + key.officeId()), YearMonth.parse(key.month()),
                    c.cases() + h.cases(), ratio(c.onTime() + h.onTime(), c.responsesDue() + h.responses()),
                    ratio(c.closed(), c.resolutionsDue()), ratio(a.satisfied(), a.answered()),
                    c.cases() == 0 ? 0 : (double) c.hops() / c.cases(), c.late(), c.escalated());
        }).toList();
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static String decimal(Double value, int places) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Comparator<Scorecard> byOffice() {
        return Comparator.comparing(Scorecard::officeName).thenComparing(Scorecard::officeId);
    }
}
