package org.gridvoice.voting.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Instant-runoff: each ballot counts for its highest-ranked proposal still in the race; while
 * no proposal has more than half of the ballots still counting, the weakest is eliminated (on a
 * tie for weakest, the lowest id goes, a published deterministic rule). Pure: ballots in, rounds out.
 */
public final class InstantRunoff {

    public record Round(int number, Map<Long, Integer> votes, Long eliminated) {
    }

    public record Outcome(List<Round> rounds, Long winner) {
    }

    private InstantRunoff() {
    }

    /** {@code ballots}: each a list of proposal ids, first preference first. */
    public static Outcome count(Collection<Long> candidates, List<List<Long>> ballots) {
        Set<Long> running = new HashSet<>(candidates);
        List<Round> rounds = new ArrayList<>();
        for (int number = 1; !running.isEmpty(); number++) {
            Map<Long, Integer> votes = new LinkedHashMap<>();
            running.stream().sorted().forEach(id -> votes.put(id, 0));
            int counting = 0;
            for (List<Long> ballot : ballots) {
                for (Long choice : ballot) {
                    if (running.contains(choice)) {
                        votes.merge(choice, 1, Integer::sum);
                        counting++;
                        break;
                    }
                }
            }
            int total = counting;
            var leader = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (total > 0 && leader.getValue() * 2 > total || running.size() == 1) {
                rounds.add(new Round(number, votes, null));
                return new Outcome(rounds, total == 0 ? null : leader.getKey());
            }
            Long weakest = votes.entrySet().stream()
                    .min(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            rounds.add(new Round(number, votes, weakest));
            running.remove(weakest);
        }
        return new Outcome(rounds, null);
    }
}
