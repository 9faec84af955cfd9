package org.gridvoice.consultation;

/** Filters of the public list; null means "any". Text matches title or description, Chinese substrings included. */
public record ConsultationFilter(Long communityId, Phase phase, Long categoryId, String text) {

    public static ConsultationFilter none() {
        return new ConsultationFilter(null, null, null, null);
    }
}
