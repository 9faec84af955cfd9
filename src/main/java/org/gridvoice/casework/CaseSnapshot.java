package org.gridvoice.casework;

import java.util.List;
import org.gridvoice.shared.GeoPoint;

/**
 * What residents wrote and decided, exactly as it stood when the case was routed; never changed
 * afterwards (the database refuses it). {@code comments} are the most endorsed of each side. A
 * request's case has no consultation, vote or comments (null, null, empty) and may have a
 * {@code point}; {@code authorShown} false means only staff may see {@code author} (see
 * {@link #publicAuthor}). {@code meeting}: the residents' meeting's record when a meeting decided the
 * proposal instead of an online vote ({@code vote} is then null); null otherwise.
 */
public record CaseSnapshot(String title, String bodyHtml, String author, String categoryZh, String categoryEn, String grid,
                           String place, int endorsements, String consultation, VoteLine vote, List<SnapshotComment> comments,
                           CaseSource source, boolean authorShown, GeoPoint point, MeetingLine meeting) {

    /** A snapshot without a meeting's record: a request's, or a proposal's decided by an online vote. */
    public CaseSnapshot(String title, String bodyHtml, String author, String categoryZh, String categoryEn, String grid, String place,
                        int endorsements, String consultation, VoteLine vote, List<SnapshotComment> comments, CaseSource source,
                        boolean authorShown, GeoPoint point) {
        this(title, bodyHtml, author, categoryZh, categoryEn, grid, place, endorsements, consultation, vote, comments, source, authorShown,
                point, null);
    }

    public CaseSnapshot {
        comments = List.copyOf(comments);
    }

    /** The category's name in the reader's language: Chinese for {@code zh}, English otherwise. */
    public String category(String language) {
        return "zh".equals(language) ? categoryZh : categoryEn;
    }

    /** The same snapshot as a reader who may not see a hidden name gets it: the author blank when not shown. */
    public CaseSnapshot publicAuthor() {
        return authorShown ? this : new CaseSnapshot(title, bodyHtml, "", categoryZh, categoryEn, grid, place, endorsements, consultation,
                vote, comments, source, false, point, meeting);
    }
}
