package org.gridvoice.place.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gridvoice.place.GridBoundaryService;
import org.gridvoice.place.GridSummary;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Toasts;

/**
 * Imports a grid's boundary from a .geojson or .json file. The browser refuses files over the limit
 * before sending them; the service checks everything again (size included) and its refusal is shown
 * in the dialog, in words. Replacing an existing boundary is confirmed first.
 */
final class BoundaryDialog extends Dialog {

    private final GridBoundaryService boundaries;
    private final GridSummary grid;
    private final boolean replacing;
    private final Runnable imported;
    private final Paragraph error = new Paragraph();
    private final Upload upload;

    BoundaryDialog(GridBoundaryService boundaries, GridSummary grid, boolean replacing, Runnable imported) {
        this.boundaries = boundaries;
        this.grid = grid;
        this.replacing = replacing;
        this.imported = imported;
        setHeaderTitle(getTranslation("boundary.upload.title", grid.fullName()));
        setWidth("min(560px, 100vw)");
        Paragraph help = new Paragraph(getTranslation("boundary.upload.help", GridBoundaryService.MAX_KILOBYTES));
        help.setId("boundary-help");
        UploadHandler handler = event -> {
            String text = read(event.getInputStream());
            UI ui = event.getUI();
            ui.access(() -> received(text));
        };
        upload = new Upload(handler);
        upload.setId("boundary-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(GridBoundaryService.MAX_KILOBYTES * 1024);
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setDropAllowed(true);
        upload.getElement().setAttribute("aria-describedby", "boundary-help");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        error.setId("boundary-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(help, upload, error);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }

    /** At most one byte over the limit is read: the service then refuses the size in words. */
    private static String read(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(GridBoundaryService.MAX_KILOBYTES * 1024 + 1);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private void received(String text) {
        upload.clearFileList();
        if (replacing) {
            Confirm.ask(this, "boundary.replace.title", "boundary.replace.text", "boundary.replace.action", () -> save(text),
                    grid.fullName());
        } else {
            save(text);
        }
    }

    private void save(String text) {
        try {
            boundaries.importBoundary(grid.id(), text);
            close();
            imported.run();
            Toasts.success(getTranslation("boundary.imported", grid.fullName()));
        } catch (InvalidInput refused) {
            var problem = refused.problems().getFirst();
            showError(getTranslation(problem.messageKey(), problem.args()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("boundary.upload")).setMany(getTranslation("boundary.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("boundary.upload.drop"))
                .setMany(getTranslation("boundary.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("boundary.upload.too-large", GridBoundaryService.MAX_KILOBYTES))
                .setIncorrectFileType(getTranslation("boundary.upload.wrong-file"))
                .setTooManyFiles(getTranslation("boundary.upload.wrong-file")));
        return i18n;
    }
}
