package org.gridvoice.meeting;

/** What an agenda item is about: an item of another module by its kind ({@code PROPOSAL}, {@code INITIATIVE} …) and id. */
public record AgendaLink(String kind, Long id) {
}
