package org.gridvoice.moderation;

/**
 * A piece of content as moderation shows it: {@code context} names where it is (a proposal's
 * title, or the title of what a comment is on), {@code text} is what its author wrote (plain
 * Markdown source, shown as text), {@code route} opens it in place ({@code proposals/45},
 * {@code proposals/45#comment-12}), {@code hidden} says whether readers see it now.
 */
public record ContentPreview(String context, String text, String route, boolean hidden) {

    /** The first {@code max} characters of the text on one line, with an ellipsis when cut. */
    public String excerpt(int max) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }
}
