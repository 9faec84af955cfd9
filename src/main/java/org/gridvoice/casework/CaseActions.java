package org.gridvoice.casework;

import java.util.Set;

/**
 * What the person looking may do with the case now: the steps the case's lifecycle allows them
 * (the services enforce the same rule); {@code seesInternal} when they read internal notes,
 * {@code coHandling} when they work for one of its co-handling offices (协办);
 * {@code transferGoesToCoordinator} when the lifecycle would send a transfer to the street's coordinator.
 */
public record CaseActions(Set<CaseStep> steps, boolean seesInternal, boolean coHandling, boolean transferGoesToCoordinator) {

    public static final CaseActions NONE = new CaseActions(Set.of(), false, false, false);

    public CaseActions {
        steps = Set.copyOf(steps);
    }

    public boolean may(CaseStep step) {
        return steps.contains(step);
    }

    /** Whether the office's actions panel has anything to offer (residents' answers have their own panel). */
    public boolean anyOfficeStep() {
        return steps.stream().anyMatch(s -> s != CaseStep.FEEDBACK);
    }
}
