package org.gridvoice.consultation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Everything the consultation page shows. {@code descriptionHtml} is the rendered, sanitised
 * Markdown; {@code editable} says whether the asking user may change it.
 */
public record ConsultationDetails(Long id, Long communityId, String communityName, String title, String description,
                                  String descriptionHtml, boolean wholeCommunity, Set<Long> gridIds, List<String> gridNames,
                                  Set<Long> categoryIds, List<String> categoryNamesZh, List<String> categoryNamesEn,
                                  int endorsementThreshold, Phase phase, PhaseDates dates, LocalDateTime publishedAt,
                                  boolean editable, long version) {
}
