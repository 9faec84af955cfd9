package org.gridvoice.place;

import java.util.Locale;

public record CategorySummary(Long id, String code, String nameZh, String nameEn, int sortOrder, boolean retired) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
