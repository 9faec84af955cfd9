package org.gridvoice.insight;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The public read side of demand insight. Contract shared by the branches that build it: the
 * insight-core branch replaces these bodies; the screens call only these methods.
 */
@Service
public class InsightService {

    private static UnsupportedOperationException notYet() {
        return new UnsupportedOperationException("insight-core branch builds this");
    }

    /** Grids × categories of the query's metric; one category when the query names one. */
    public HeatTable heatTable(InsightQuery query) {
        throw notYet();
    }

    /** One line per grid or per category, a point per period of {@code [from, to)}. */
    public Trend trend(InsightScope scope, Metric metric, PeriodKind period, LocalDate from, LocalDate to, TrendBy by,
                       Long gridId, Long categoryId) {
        throw notYet();
    }

    /** The scope's hotspots for the latest complete week, strongest first. */
    public List<Hotspot> hotspots(InsightScope scope) {
        throw notYet();
    }

    /** One grid's figures over {@code [from, to)}; {@code categoryId} null for all categories. */
    public GridFigures gridFigures(Long gridId, Long categoryId, LocalDate from, LocalDate to) {
        throw notYet();
    }

    /** Requests of {@code [from, to)} with coordinates, newest first, at most {@code limit}. */
    public List<RequestPoint> requestPoints(InsightQuery query, int limit) {
        throw notYet();
    }

    /** Ids of the requests filed in a grid and category over {@code [from, to)}, oldest first, at most {@code limit}. */
    public List<Long> requestIds(Long gridId, Long categoryId, LocalDate from, LocalDate to, int limit) {
        throw notYet();
    }

    /** Every office of the street with the load the responsibility list and its open cases put on it. */
    public List<OfficeLoad> dutyLoad(Long streetId) {
        throw notYet();
    }
}
