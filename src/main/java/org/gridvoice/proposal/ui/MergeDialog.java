package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import org.gridvoice.proposal.MergeCandidate;
import org.gridvoice.proposal.ProposalMergeService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * The committee confirms merging a proposal into another, chosen from the consultation's proposals by
 * typing words of its title. Destructive (it cannot be undone), so it says what happens before it does.
 */
class MergeDialog extends Dialog {

    final ComboBox<MergeCandidate> survivor = new ComboBox<>();
    final Button confirm;

    /**
     * The committee's "Merge into another proposal…" button; disabled, with the reason the service
     * would give, where this proposal cannot be merged away.
     */
    static Button button(ProposalSummary merged, ProposalMergeService merges, Runnable afterwards) {
        Button merge = new Button();
        merge.setText(merge.getTranslation("proposal.merge.action"));
        merge.setIcon(new Icon(VaadinIcon.COMPRESS));
        merge.addClickListener(e -> new MergeDialog(merged, merges, () -> {
            Toasts.success(merge.getTranslation("proposal.merge.done"));
            afterwards.run();
        }).open());
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        String refusal = merges.mergeRefusal(merged.id());
        if (refusal != null) {
            merge.setEnabled(false);
            merge.setTooltipText(merge.getTranslation(refusal));
        }
        return merge;
    }

    MergeDialog(ProposalSummary merged, ProposalMergeService merges, Runnable afterwards) {
        setHeaderTitle(getTranslation("proposal.merge.title"));
        setWidth("min(560px, 95vw)");
        survivor.setLabel(getTranslation("proposal.merge.survivor"));
        survivor.setHelperText(getTranslation("proposal.merge.survivor.help"));
        survivor.setRequiredIndicatorVisible(true);
        survivor.setWidthFull();
        survivor.setItemLabelGenerator(c -> getTranslation("proposal.merge.candidate", c.title(), c.endorsementCount()));
        CallbackDataProvider.FetchCallback<MergeCandidate, String> fetch = query ->
                merges.candidates(merged.id(), query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream();
        survivor.setItems(fetch);
        add(new Paragraph(getTranslation("proposal.merge.text", merged.title())), survivor);
        FormErrors errors = new FormErrors(this).bind("survivor", survivor);
        confirm = new Button(getTranslation("proposal.merge.confirm"), e -> {
            if (errors.attempt(() -> merges.merge(merged.id(), survivor.getValue() == null ? null : survivor.getValue().id()))) {
                close();
                afterwards.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
