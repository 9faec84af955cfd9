package org.gridvoice.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The one source of user-facing text: {@code i18n/messages*.properties}. Vaadin uses it for
 * {@code getTranslation}; services use it for mail in the recipient's language.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), Control.NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    public String get(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    /** Chinese for any Chinese browser or profile setting, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Parses a stored language tag ({@code zh-CN}, {@code en}) into a supported locale. */
    public static Locale fromTag(String tag) {
        return supported(tag == null ? null : Locale.forLanguageTag(tag));
    }

    private static final class Control {
        // English lives in the base bundle; never fall back to the JVM's default locale.
        static final ResourceBundle.Control NO_FALLBACK =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
