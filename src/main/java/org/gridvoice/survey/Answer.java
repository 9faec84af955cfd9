package org.gridvoice.survey;

import java.util.List;

/**
 * One question's answer: {@code choices} the picked option indexes (0-based; SINGLE one, MULTIPLE up to its
 * maximum), {@code scale} 1–5, {@code text} for text questions, {@code matrix} one entry per row: the picked
 * column index (0-based) or null for a row left empty. Fields a type does not use are null.
 */
public record Answer(List<Integer> choices, Integer scale, String text, List<Integer> matrix) {

    public static Answer choices(List<Integer> picked) {
        return new Answer(picked, null, null, null);
    }

    public static Answer scale(int value) {
        return new Answer(null, value, null, null);
    }

    public static Answer text(String text) {
        return new Answer(null, null, text, null);
    }

    public static Answer matrix(List<Integer> columns) {
        return new Answer(null, null, null, columns);
    }
}
