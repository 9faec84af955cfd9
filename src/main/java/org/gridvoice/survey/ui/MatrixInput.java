package org.gridvoice.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridvoice.shared.ui.PhoneTables;
import org.gridvoice.survey.Answer;
import org.gridvoice.survey.SurveyDetails;

/**
 * A matrix question: a table with a row per statement and a column per point of the shared scale, each
 * row a group of native radio buttons (arrow keys move within a row, each button named "row: column" for
 * screen readers). On a phone the table becomes one card per row with the scale's words beside each button.
 */
final class MatrixInput extends Div implements HasValidation {

    private final Integer[] picked;
    private final List<List<Element>> inputs = new ArrayList<>();
    private final Span legend = new Span();
    private final Span error = new Span();
    private final String label;
    private String errorMessage;
    private boolean invalid;

    MatrixInput(String label, SurveyDetails.Question q) {
        this.label = label;
        picked = new Integer[q.rows().size()];
        addClassName("gv-survey-matrix");
        getElement().setAttribute("role", "group");
        String prefix = "survey-m-" + q.id();
        legend.setId(prefix + "-legend");
        legend.setText(label);
        legend.addClassName("gv-survey-legend");
        getElement().setAttribute("aria-labelledby", legend.getId().orElseThrow());
        NativeTable table = new NativeTable();
        table.addClassName("gv-table");
        NativeTableRow head = table.getHead().addRow();
        NativeTableHeaderCell corner = new NativeTableHeaderCell();
        corner.getElement().setAttribute("scope", "col");
        head.add(corner);
        for (String column : q.options()) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(column);
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        for (int r = 0; r < q.rows().size(); r++) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(q.rows().get(r));
            name.getElement().setAttribute("scope", "row");
            row.add(name);
            List<Element> rowInputs = new ArrayList<>();
            for (int c = 0; c < q.options().size(); c++) {
                int rr = r;
                int cc = c;
                Element input = new Element("input");
                input.setAttribute("type", "radio");
                input.setAttribute("name", prefix + "-r" + r);
                input.setAttribute("value", String.valueOf(c));
                input.setAttribute("id", prefix + "-r" + r + "-c" + c);
                input.setAttribute("aria-label", q.rows().get(r) + ": " + q.options().get(c));
                input.addEventListener("change", e -> {
                    picked[rr] = cc;
                    setInvalid(false);
                });
                rowInputs.add(input);
                NativeTableCell cell = new NativeTableCell();
                cell.getElement().appendChild(input);
                row.add(cell);
            }
            inputs.add(rowInputs);
        }
        PhoneTables.stack(table);
        error.addClassName("gv-survey-error");
        error.getElement().setAttribute("aria-live", "polite");
        Div wrap = new Div(table);
        wrap.addClassName("gv-table-wrap");
        add(legend, wrap, error);
    }

    void setRequired(boolean required) {
        // said in words: role=group allows no aria-required
        legend.setText(required ? getTranslation("surveyview.question.required", label) : label);
    }

    /** The picked column per row (null for a row left empty), or null when no row was answered. */
    Answer answer() {
        return Arrays.stream(picked).allMatch(java.util.Objects::isNull) ? null : Answer.matrix(Arrays.asList(picked.clone()));
    }

    void fill(List<Integer> columns) {
        if (columns == null) {
            return;
        }
        for (int r = 0; r < picked.length && r < columns.size(); r++) {
            Integer c = columns.get(r);
            picked[r] = c;
            for (int i = 0; i < inputs.get(r).size(); i++) {
                inputs.get(r).get(i).setProperty("checked", c != null && c == i);
            }
        }
    }

    void setReadOnly(boolean readOnly) {
        inputs.forEach(row -> row.forEach(input -> {
            if (readOnly) {
                input.setAttribute("disabled", true);
            } else {
                input.removeAttribute("disabled");
            }
        }));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        if (invalid) {
            getElement().setAttribute("aria-invalid", "true");
        } else {
            getElement().removeAttribute("aria-invalid");
            error.setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
