package org.gridvoice.photo.domain;

/** Why an upload is not a photo we take; {@code key} is the i18n key shown to the uploader. */
public class ImageRefused extends Exception {

    private final String key;

    public ImageRefused(String key, String detail) {
        super(key + ": " + detail);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
