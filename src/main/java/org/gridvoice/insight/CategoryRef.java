package org.gridvoice.insight;

public record CategoryRef(Long id, String code, String nameZh, String nameEn) {
}
