package org.gridvoice.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Consumer;
import org.gridvoice.request.MeTooCandidate;
import org.gridvoice.request.RequestSummary;

/**
 * 同诉: recent requests like the one being written (same category and grid, nearby), so the resident
 * may say "me too" in one click instead of filing the same again. Announced politely as it changes.
 */
class MeTooPanel extends Div {

    private final Consumer<RequestSummary> meToo;
    final Div items = new Div();

    MeTooPanel(Consumer<RequestSummary> meToo) {
        this.meToo = meToo;
        setId("me-too");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("request.metoo.title"));
        items.getElement().setAttribute("aria-live", "polite");
        items.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        H3 heading = new H3(getTranslation("request.metoo.title"));
        Paragraph intro = new Paragraph(getTranslation("request.metoo.intro"));
        intro.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(heading, intro, items);
        addClassNames("gv-card", LumoUtility.Margin.Vertical.MEDIUM);
        show(List.of());
    }

    /** Shows these candidates; with none, the panel says so in one line (and stays announced). */
    void show(List<MeTooCandidate> candidates) {
        items.removeAll();
        // a list only when there are items to list (an empty role=list is an ARIA error); the live region stays
        if (candidates.isEmpty()) {
            items.getElement().removeAttribute("role");
            Span none = new Span(getTranslation("request.metoo.none"));
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            items.add(none);
            return;
        }
        items.getElement().setAttribute("role", "list");
        candidates.forEach(c -> items.add(item(c)));
    }

    private Div item(MeTooCandidate c) {
        RequestSummary r = c.request();
        Div row = new Div();
        row.getElement().setAttribute("role", "listitem");
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.START, LumoUtility.Padding.Vertical.XSMALL,
                LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        if (r.thumbUrl() != null) {
            row.add(RequestTexts.thumbnail(this, r));
        }
        // opens in a new tab so what is being typed here stays
        Anchor words = new Anchor("cases/" + r.caseId(), RequestTexts.cut(r.description(), 80));
        words.setTarget(AnchorTarget.BLANK);
        words.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        String where = c.metres() == null ? r.address() : getTranslation("request.metoo.distance", r.address(), c.metres());
        Span meta = new Span(getTranslation("request.metoo.meta", where, r.supporters()));
        meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div states = new Div(RequestTexts.status(this, r.status()), action(c));
        states.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        Div text = new Div(words, new Div(meta), states);
        text.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL, LumoUtility.Flex.GROW);
        row.add(text);
        return row;
    }

    private com.vaadin.flow.component.Component action(MeTooCandidate c) {
        RequestSummary r = c.request();
        if (c.supported()) {
            Span already = new Span(getTranslation(r.mine() ? "request.metoo.yours" : "request.metoo.supported"));
            already.getElement().getThemeList().add("badge success");
            return already;
        }
        Button button = new Button(getTranslation("request.metoo.button"), e -> meToo.accept(r));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setAriaLabel(getTranslation("request.metoo.button.aria", RequestTexts.cut(r.description(), 40)));
        return button;
    }
}
