package org.gridvoice.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where it is, as a point: typed latitude and longitude (both or neither), or "Use my location",
 * which asks the browser once; a refusal or a browser without location is explained, never an error.
 */
class PointFields extends Div {

    // resolves to "lat,lng", "denied" or "unavailable": a plain string travels back the same in every Vaadin version
    private static final String ASK_BROWSER = """
            return new Promise(resolve => {
              if (!('geolocation' in navigator) || !window.isSecureContext) { resolve('unavailable'); return; }
              navigator.geolocation.getCurrentPosition(
                p => resolve(p.coords.latitude + ',' + p.coords.longitude),
                e => resolve(e.code === 1 ? 'denied' : 'unavailable'),
                { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
            })""";

    final BigDecimalField latitude = new BigDecimalField();
    final BigDecimalField longitude = new BigDecimalField();
    final Button locate = new Button();
    /** What the browser answered, read out politely (aria-live). */
    final Span message = new Span();

    PointFields() {
        locate.setText(getTranslation("request.point.locate"));
        locate.setIcon(VaadinIcon.CROSSHAIRS.create());
        locate.addThemeVariants(ButtonVariant.LUMO_LARGE);
        locate.addClickListener(e -> ask());
        latitude.setLabel(getTranslation("request.point.latitude"));
        longitude.setLabel(getTranslation("request.point.longitude"));
        latitude.setHelperText(getTranslation("request.point.optional"));
        for (BigDecimalField f : new BigDecimalField[] {latitude, longitude}) {
            f.setClearButtonVisible(true);
            f.setMaxWidth("12em");
            f.setWidthFull();
        }
        message.getElement().setAttribute("aria-live", "polite");
        message.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div typed = new Div(latitude, longitude);
        typed.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        add(locate, message, typed);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.START, LumoUtility.Gap.XSMALL);
    }

    private void ask() {
        locate.setEnabled(false);
        message.setText(getTranslation("request.point.asking"));
        getElement().executeJs(ASK_BROWSER).then(String.class, this::answered,
                failure -> answered("unavailable"));
    }

    /** The browser's answer: a point fills both fields; otherwise a polite word about typing it or the address. */
    void answered(String answer) {
        locate.setEnabled(true);
        if (answer != null && answer.contains(",")) {
            String[] parts = answer.split(",");
            try {
                latitude.setValue(new BigDecimal(parts[0]).setScale(6, RoundingMode.HALF_UP));
                longitude.setValue(new BigDecimal(parts[1]).setScale(6, RoundingMode.HALF_UP));
                message.setText(getTranslation("request.point.found"));
                return;
            } catch (NumberFormatException notANumber) {
                answer = "unavailable";
            }
        }
        message.setText(getTranslation("denied".equals(answer) ? "request.point.denied" : "request.point.unavailable"));
    }

    /** Both coordinates when both are given, else nulls: for the "me too" search, which must not fail on half a point. */
    BigDecimal[] pointOrNone() {
        BigDecimal lat = latitude.getValue();
        BigDecimal lng = longitude.getValue();
        boolean usable = lat != null && lng != null && lat.abs().compareTo(BigDecimal.valueOf(90)) <= 0
                && lng.abs().compareTo(BigDecimal.valueOf(180)) <= 0;
        return usable ? new BigDecimal[] {lat, lng} : new BigDecimal[] {null, null};
    }
}
