package org.gridvoice.proposal;

/** A proposal of the same consultation that another may be merged into, as the committee picks it. */
public record MergeCandidate(Long id, String title, int endorsementCount) {
}
