package org.gridvoice.voting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.gridvoice.shared.web.CsvCells;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may download once voting has closed, to recount: the tallies, and the anonymised
 * ballots — receipt code, channel (online or paper) and choices, no identity, in receipt order. Receipts are random codes,
 * so that order tells nothing about who voted when.
 */
@Service
@Transactional(readOnly = true)
public class ResultExport {

    private final ResultService results;
    private final ProposalService proposals;
    private final JdbcClient jdbc;

    ResultExport(ResultService results, ProposalService proposals, JdbcClient jdbc) {
        this.results = results;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    /** proposal_id, title, yes, no, abstain, approvals (first preferences when ranked), accepted, tied. */
    public void writeTallies(Long consultationId, Writer out) {
        VotingResult result = closed(consultationId);
        Map<Long, String> titles = titles(result);
        try (CSVPrinter csv = printer(out, "proposal_id", "title", "yes", "no", "abstain", "approvals", "accepted", "tied")) {
            for (ResultLine line : result.lines()) {
                // titles are written by residents: a title such as "=HYPERLINK(...)" stays text (CsvCells)
                CsvCells.record(csv, line.proposalId(), titles.getOrDefault(line.proposalId(), ""), line.yes(), line.no(), line.abstentions(),
                        line.approvals(), line.accepted(), line.tied());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row per ballot: its receipt, its channel ("online" or "paper"), then one column per proposal on the ballot holding
     * yes / no / abstain, 1 for an approval, or the rank; empty where the voter left it.
     */
    public void writeBallots(Long consultationId, Writer out) {
        VotingResult result = closed(consultationId);
        List<Long> columns = result.lines().stream().map(ResultLine::proposalId).toList();
        List<String> header = new ArrayList<>(List.of("receipt", "channel"));
        columns.forEach(id -> header.add("proposal_" + id));
        VotingMethod method = result.method();
        try (CSVPrinter csv = printer(out, header.toArray(String[]::new))) {
            Map<Long, Integer> choices = new HashMap<>();
            String[] current = {null, null};
            Runnable flush = () -> {
                if (current[0] != null) {
                    List<Object> row = new ArrayList<>(List.of(current[0], current[1]));
                    columns.forEach(id -> row.add(cell(method, choices.get(id))));
                    try {
                        CsvCells.record(csv, row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                choices.clear();
            };
            jdbc.sql("""
                    SELECT b.receipt, c.proposal_id, c.value, b.channel FROM voting_ballot b
                    JOIN voting_choice c ON c.consultation_id = b.consultation_id AND c.voter_ref = b.voter_ref
                    WHERE b.consultation_id = :c ORDER BY b.receipt""")
                    .param("c", consultationId)
                    .query(rs -> {
                        String receipt = rs.getString(1);
                        if (!receipt.equals(current[0])) {
                            flush.run();
                            current[0] = receipt;
                            current[1] = rs.getString(4).toLowerCase(java.util.Locale.ROOT);
                        }
                        choices.put(rs.getLong(2), rs.getInt(3));
                    });
            flush.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The choices published under a receipt code, so a voter can see their ballot was counted as cast. */
    public Optional<Map<Long, Integer>> ballotOfReceipt(Long consultationId, String receipt) {
        closed(consultationId);
        String code = receipt == null ? "" : receipt.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
            throw InvalidInput.of("receipt", "voting.error.receipt-format");
        }
        Map<Long, Integer> choices = new HashMap<>();
        jdbc.sql("""
                SELECT c.proposal_id, c.value FROM voting_ballot b
                JOIN voting_choice c ON c.consultation_id = b.consultation_id AND c.voter_ref = b.voter_ref
                WHERE b.consultation_id = :c AND b.receipt = :r""")
                .param("c", consultationId).param("r", code)
                .query((rs, n) -> choices.put(rs.getLong(1), rs.getInt(2))).list();
        return choices.isEmpty() ? Optional.empty() : Optional.of(choices);
    }

    /**
     * Whether the code was a receipt of this vote that the same voter's later ballot replaced
     * (only the latest ballot counts); says nothing of who or what.
     */
    public boolean receiptReplaced(Long consultationId, String receipt) {
        closed(consultationId);
        String code = receipt == null ? "" : receipt.strip().toUpperCase(java.util.Locale.ROOT);
        return jdbc.sql("SELECT COUNT(*) FROM voting_replaced_receipt WHERE consultation_id = :c AND receipt = :r")
                .param("c", consultationId).param("r", code).query(Long.class).single() > 0;
    }

    /** Refuses ("not closed") unless the vote has a stored result. */
    public void requireResult(Long consultationId) {
        closed(consultationId);
    }

    private VotingResult closed(Long consultationId) {
        return results.result(consultationId).orElseThrow(() -> InvalidInput.of(null, "voting.error.not-closed"));
    }

    private Map<Long, String> titles(VotingResult result) {
        Map<Long, String> titles = new HashMap<>();
        proposals.summariesOf(result.lines().stream().map(ResultLine::proposalId).toList())
                .forEach((ProposalSummary p) -> titles.put(p.id(), p.title()));
        return titles;
    }

    /** yes / no / abstain as words; approvals and ranks as numbers, so the columns stay numeric in a spreadsheet. */
    private static Object cell(VotingMethod method, Integer value) {
        if (value == null) {
            return "";
        }
        return method == VotingMethod.YES_NO_ABSTAIN ? (value > 0 ? "yes" : value < 0 ? "no" : "abstain") : value;
    }

    private static CSVPrinter printer(Writer out, String... header) throws IOException {
        return CsvCells.printer(out, header);
    }
}
