package org.gridvoice.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funding rule, stated on the result page as CONSUL states it: projects are taken in order of
 * votes, most first; each is funded if its cost fits in what remains of the budget, otherwise it is
 * skipped and the next, cheaper ones are still tried. A project with no votes is not funded. Equal
 * votes at a point where the tied projects do not all fit is a tie for the committee: funding stops
 * there until the committee chooses, with a public reason, which of them to fund, and then goes on
 * by the same rule. Pure: implemented on branch budget-core, used by voting at the close.
 */
public final class BudgetFunding {

    private BudgetFunding() {
    }

    /** A project's votes and cost going into the rule. */
    public record Entry(long proposalId, int votes, long costYuan) {
    }

    public enum Outcome {
        FUNDED,
        /** Did not fit in what remained when its turn came. */
        SKIPPED,
        /** No votes. */
        NO_VOTES,
        /** Waits for the committee's tie break (and so do the projects after it). */
        TIED,
        /** After an unresolved tie: not yet decided. */
        WAITING
    }

    /** A project's place in the result: rank by votes (1 = most), its outcome and the budget left after its turn. */
    public record Line(long proposalId, int rank, int votes, long costYuan, Outcome outcome, long remainingAfterYuan) {
    }

    /**
     * Applies the rule. {@code chosenAtTie}: the proposals the committee chose to fund at a tie (empty
     * before any tie break); the result lines are in rank order (votes desc, then id). Projects with
     * equal votes share a rank (1, 2, 2, 4). Within a group of equal votes, the projects the committee
     * chose are funded first (each if it fits); of the others, those that fit on their own are funded
     * together if they all fit together, otherwise they are TIED and every project after them WAITING;
     * one that does not fit on its own is SKIPPED. {@code remainingAfterYuan} follows the turns: within
     * a group of equal votes the committee's choices take their turns first, then the others by id.
     */
    public static List<Line> fund(long totalYuan, List<Entry> entries, Set<Long> chosenAtTie) {
        List<Entry> ordered = entries.stream()
                .sorted(Comparator.comparingInt(Entry::votes).reversed().thenComparingLong(Entry::proposalId)).toList();
        List<Line> lines = new ArrayList<>(ordered.size());
        long remaining = totalYuan;
        boolean waiting = false;
        int i = 0;
        while (i < ordered.size()) {
            int votes = ordered.get(i).votes();
            int rank = i + 1;
            int end = i;
            while (end < ordered.size() && ordered.get(end).votes() == votes) {
                end++;
            }
            List<Entry> group = ordered.subList(i, end);
            Map<Long, Outcome> outcomes = new HashMap<>();
            if (votes <= 0) {
                group.forEach(e -> outcomes.put(e.proposalId(), Outcome.NO_VOTES));
            } else if (waiting) {
                group.forEach(e -> outcomes.put(e.proposalId(), Outcome.WAITING));
            } else {
                long left = remaining;
                for (Entry e : group) {
                    if (chosenAtTie.contains(e.proposalId())) {
                        boolean fits = e.costYuan() <= left;
                        outcomes.put(e.proposalId(), fits ? Outcome.FUNDED : Outcome.SKIPPED);
                        left -= fits ? e.costYuan() : 0;
                    }
                }
                List<Entry> others = group.stream().filter(e -> !outcomes.containsKey(e.proposalId())).toList();
                long room = left;
                List<Entry> fitting = others.stream().filter(e -> e.costYuan() <= room).toList();
                long together = fitting.stream().mapToLong(Entry::costYuan).sum();
                boolean tie = together > room;
                others.forEach(e -> outcomes.put(e.proposalId(),
                        e.costYuan() > room ? Outcome.SKIPPED : tie ? Outcome.TIED : Outcome.FUNDED));
                waiting = tie;
            }
            // each project's turn: the committee's choices first, then the others; lines stay in rank order
            Map<Long, Long> leftAfter = new HashMap<>();
            for (Entry e : turns(group, chosenAtTie)) {
                if (outcomes.get(e.proposalId()) == Outcome.FUNDED) {
                    remaining -= e.costYuan();
                }
                leftAfter.put(e.proposalId(), remaining);
            }
            for (Entry e : group) {
                lines.add(new Line(e.proposalId(), rank, e.votes(), e.costYuan(), outcomes.get(e.proposalId()), leftAfter.get(e.proposalId())));
            }
            i = end;
        }
        return List.copyOf(lines);
    }

    private static List<Entry> turns(List<Entry> group, Set<Long> chosenAtTie) {
        List<Entry> turns = new ArrayList<>(group.stream().filter(e -> chosenAtTie.contains(e.proposalId())).toList());
        group.stream().filter(e -> !chosenAtTie.contains(e.proposalId())).forEach(turns::add);
        return turns;
    }

    /** What the funded lines cost together. */
    public static long funded(List<Line> lines) {
        return lines.stream().filter(l -> l.outcome() == Outcome.FUNDED).mapToLong(Line::costYuan).sum();
    }

    /** What remains of the budget when the tie is reached (the tied projects compete for it), or empty when no tie waits. */
    public static java.util.OptionalLong leftAtTie(long totalYuan, List<Line> lines) {
        if (lines.stream().noneMatch(l -> l.outcome() == Outcome.TIED)) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(totalYuan - funded(lines));
    }
}
