package org.gridvoice.photo;

/** What a photo belongs to, by reference (kind + id) rather than a foreign key into another module. */
public record PhotoOwner(String kind, long id) {

    public static final String CASE = "CASE";
    public static final String CASE_EVENT = "CASE_EVENT";
}
