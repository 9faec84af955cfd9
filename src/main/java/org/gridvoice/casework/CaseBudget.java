package org.gridvoice.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The money and progress of a funded project's case (Decidim's accountability): the budget it carries
 * from the vote, the progress in percent the office last reported, the milestones reported so far
 * (newest first) and, once resolved, what was spent.
 */
public record CaseBudget(Long caseId, long budgetYuan, int percent, Long spentYuan, List<Milestone> milestones) {

    /** One reported milestone: what was reached, on which day, the percent done then, who reported it and when. */
    public record Milestone(String title, LocalDate reachedOn, int percent, String officeName, LocalDateTime recordedAt) {
    }
}
