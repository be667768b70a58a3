package it.piazza.policy;

import it.piazza.detection.Category;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels citizens and operators read, from the message bundles ({@code i18n/messages}), for code that
 * runs outside a Spring context (the command line, notices). Italian unless English is asked for.
 */
public final class Labels {

    private static final Labels ITALIAN = new Labels(Locale.ITALIAN);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the Italian labels */
    public static Labels italian() {
        return ITALIAN;
    }

    /** @return the label of {@code key}, its arguments filled in */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** @return e.g. "Insulti e turpiloquio" */
    public String category(Category category) {
        return get("category." + category);
    }
}
