package org.gridvoice.casework;

import java.util.List;

/**
 * What residents wrote and decided, exactly as it stood when the case was routed; never changed
 * afterwards (the database refuses it). {@code comments} are the most endorsed of each side.
 */
public record CaseSnapshot(String title, String bodyHtml, String author, String categoryZh, String categoryEn, String grid,
                           String place, int endorsements, String consultation, VoteLine vote, List<SnapshotComment> comments) {

    /** The category's name in the reader's language: Chinese for {@code zh}, English otherwise. */
    public String category(String language) {
        return "zh".equals(language) ? categoryZh : categoryEn;
    }
}
