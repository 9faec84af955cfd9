package org.gridvoice.photo.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoRef;

/**
 * A row of photo thumbnails, read-only: each opens its display size in a new tab, says in its alt
 * text which photo it is, and carries a Before/After badge when labelled.
 */
public class PhotoStrip extends Div {

    static final int THUMB_HEIGHT = 96;

    public PhotoStrip(List<PhotoRef> photos) {
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", getTranslation("photo.strip.label", photos.size()));
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        for (int i = 0; i < photos.size(); i++) {
            add(item(photos.get(i), i + 1, photos.size()));
        }
        setVisible(!photos.isEmpty());
    }

    private Div item(PhotoRef photo, int number, int count) {
        String alt = switch (photo.label()) {
            case BEFORE -> getTranslation("photo.strip.alt.before", number, count);
            case AFTER -> getTranslation("photo.strip.alt.after", number, count);
            case NONE -> getTranslation("photo.strip.alt", number, count);
        };
        Image image = new Image(photo.thumbUrl(), alt);
        // the thumbnail's own proportions, so the row does not jump as images load
        image.getElement().setAttribute("height", String.valueOf(THUMB_HEIGHT));
        image.getElement().setAttribute("width", String.valueOf(Math.max(1, Math.round((float) THUMB_HEIGHT * photo.width() / photo.height()))));
        image.getElement().setAttribute("loading", "lazy");
        image.getStyle().set("display", "block").set("border-radius", "var(--lumo-border-radius-m)").set("object-fit", "cover")
                .set("max-width", "100%");
        Anchor link = new Anchor(photo.displayUrl(), image);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        // not a screen of the app: the router must let the browser fetch it
        link.setRouterIgnore(true);
        Div item = new Div(link);
        item.getElement().setAttribute("role", "listitem");
        item.getStyle().set("position", "relative");
        if (photo.label() != PhotoLabel.NONE) {
            Span badge = new Span(getTranslation(photo.label() == PhotoLabel.BEFORE ? "photo.label.before" : "photo.label.after"));
            badge.getElement().getThemeList().add("badge");
            badge.getElement().getThemeList().add(photo.label() == PhotoLabel.BEFORE ? "contrast" : "success");
            // the alt text already says it: the badge is for sighted users
            badge.getElement().setAttribute("aria-hidden", "true");
            badge.getStyle().set("position", "absolute").set("left", "4px").set("bottom", "4px");
            item.add(badge);
        }
        return item;
    }
}
