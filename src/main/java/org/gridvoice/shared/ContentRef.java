package org.gridvoice.shared;

/** A reference to content of any module (type + id), so comments and flags need no foreign keys into it. */
public record ContentRef(String type, Long id) {

    public static final String PROPOSAL = "proposal";
    public static final String CONSULTATION = "consultation";
    public static final String COMMENT = "comment";

    public ContentRef {
        if (type == null || type.isBlank() || id == null) {
            throw new IllegalArgumentException("a content reference needs a type and an id");
        }
    }
}
