package org.gridvoice.photo.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.shared.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Up to N photos for a form: Vaadin's Upload (native progress, keyboard and screen-reader support)
 * sends each file to {@link PhotoService#accept} for the signed-in user; a refused file shows its
 * reason in the upload's own file list, an accepted one appears as a thumbnail with a remove
 * button. The form passes {@link #photoIds()} to its service, which attaches them with
 * {@link PhotoService#attach} for the same user. Only for signed-in users: the constructor refuses
 * anonymous callers (AccessDeniedException).
 */
public class PhotoPicker extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoPicker.class);
    private static final int MAX_MB = (int) (PhotoService.MAX_BYTES / (1024 * 1024));

    private final PhotoService photos;
    private final Long uploaderId;
    private final int maxPhotos;
    // photos accepted or being accepted; an upload request reserves its place before the (slow) accept
    private final AtomicInteger taken = new AtomicInteger();
    private final List<Chosen> chosen = new ArrayList<>();
    final Upload upload;
    final Div thumbnails = new Div();
    final Span status = new Span();
    private volatile Locale locale = Locale.getDefault();

    private record Chosen(PhotoRef photo, String fileName, Div item) {
    }

    public PhotoPicker(PhotoService photos, CurrentUser currentUser, int maxPhotos) {
        this.photos = photos;
        this.uploaderId = currentUser.requireId();
        this.maxPhotos = maxPhotos;
        UploadHandler handler = event -> received(event.getFileName(), event.getInputStream(), event.getUI(), event::reject);
        upload = new Upload(handler);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setMaxFileSize((int) PhotoService.MAX_BYTES);
        upload.setDropAllowed(true);
        upload.addFileRemovedListener(e -> removeByFileName(e.getFileName()));

        Span label = new Span(getTranslation("photo.picker.label", maxPhotos));
        label.setId("photo-picker-label-" + System.identityHashCode(this));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        Span help = new Span(getTranslation("photo.picker.help", maxPhotos, MAX_MB));
        help.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        upload.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());

        thumbnails.getElement().setAttribute("role", "list");
        thumbnails.getElement().setAttribute("aria-label", getTranslation("photo.picker.chosen"));
        thumbnails.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        // announces additions and removals to screen readers without moving focus
        status.getElement().setAttribute("aria-live", "polite");
        status.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip-path", "inset(50%)").set("white-space", "nowrap");

        add(label, help, upload, thumbnails, status);
        addClassNames("gv-photo-picker", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        locale = attachEvent.getUI().getLocale();
        upload.setI18n(i18n());
    }

    /** The ids of the accepted photos still chosen, in the order they were added. */
    public List<Long> photoIds() {
        return chosen.stream().map(c -> c.photo().id()).toList();
    }

    /** Forgets every chosen photo and the upload's file list (after the form was sent). */
    public void clear() {
        chosen.clear();
        thumbnails.removeAll();
        taken.set(0);
        upload.clearFileList();
    }

    /**
     * One finished upload, on the upload request's thread (no UI lock held while the photo is
     * checked and re-encoded); the result is shown through {@code ui.access}.
     */
    void received(String fileName, InputStream in, UI ui, Consumer<String> reject) {
        if (taken.incrementAndGet() > maxPhotos) {
            taken.decrementAndGet();
            reject.accept(text("photo.error.too-many", maxPhotos));
            return;
        }
        try (in) {
            PhotoRef ref = photos.accept(in, uploaderId);
            ui.access(() -> show(ref, fileName));
        } catch (InvalidInput refused) {
            taken.decrementAndGet();
            var problem = refused.problems().getFirst();
            reject.accept(text(problem.messageKey(), problem.args()));
        } catch (Exception e) {
            taken.decrementAndGet();
            LOG.warn("photo upload {} failed", fileName, e);
            reject.accept(text("photo.error.failed"));
        }
    }

    private String text(String key, Object... args) {
        return getTranslation(locale, key, args);
    }

    private void show(PhotoRef ref, String fileName) {
        int number = chosen.size() + 1;
        Image image = new Image(ref.thumbUrl(), getTranslation("photo.picker.alt", number, fileName));
        image.getStyle().set("height", "96px").set("width", "auto").set("max-width", "160px").set("object-fit", "cover")
                .set("border-radius", "var(--lumo-border-radius-m)").set("display", "block");
        Div item = new Div(image);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        remove.setAriaLabel(getTranslation("photo.picker.remove", fileName));
        remove.setTooltipText(getTranslation("photo.picker.remove", fileName));
        Chosen entry = new Chosen(ref, fileName, item);
        remove.addClickListener(e -> remove(entry));
        item.add(remove);
        item.getElement().setAttribute("role", "listitem");
        item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.START, LumoUtility.Gap.XSMALL);
        chosen.add(entry);
        thumbnails.add(item);
        status.setText(getTranslation("photo.picker.added", fileName));
    }

    private void remove(Chosen entry) {
        if (chosen.remove(entry)) {
            thumbnails.remove(entry.item());
            taken.decrementAndGet();
            // the photo stays pending and is deleted by the daily cleanup
            status.setText(getTranslation("photo.picker.removed", entry.fileName()));
        }
    }

    private void removeByFileName(String fileName) {
        chosen.stream().filter(c -> c.fileName().equals(fileName)).findFirst().ifPresent(this::remove);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("photo.upload.add.one"))
                .setMany(getTranslation("photo.upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("photo.upload.drop.one"))
                .setMany(getTranslation("photo.upload.drop.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("photo.error.too-many", maxPhotos))
                .setFileIsTooBig(getTranslation("photo.error.too-large"))
                .setIncorrectFileType(getTranslation("photo.error.type")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("photo.upload.file.remove"))
                .setRetry(getTranslation("photo.upload.file.retry")).setStart(getTranslation("photo.upload.file.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("photo.upload.connecting"))
                        .setStalled(getTranslation("photo.upload.stalled")).setProcessing(getTranslation("photo.upload.processing"))
                        .setHeld(getTranslation("photo.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("photo.upload.remaining"))
                        .setUnknown(getTranslation("photo.upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("photo.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("photo.upload.server-error"))
                        .setForbidden(getTranslation("photo.upload.forbidden"))
                        .setFileTooLarge(getTranslation("photo.error.too-large"))));
        return i18n;
    }
}
