package org.gridvoice.proposal.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Character pairs of a title, the unit of similarity for Chinese, which has no spaces between
 * words: "小区停车难" → 小区, 区停, 停车, 车难. Spaces and punctuation split runs; Latin letters
 * are compared in lower case.
 */
public final class TitleBigrams {

    private TitleBigrams() {
    }

    public static Set<String> of(String title) {
        Set<String> bigrams = new LinkedHashSet<>();
        if (title == null) {
            return bigrams;
        }
        int[] chars = title.toLowerCase(Locale.ROOT).codePoints().map(c -> Character.isLetterOrDigit(c) ? c : ' ').toArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] != ' ' && chars[i + 1] != ' ' && Character.charCount(chars[i]) == 1 && Character.charCount(chars[i + 1]) == 1) {
                bigrams.add(new String(new int[] {chars[i], chars[i + 1]}, 0, 2));
            }
        }
        return bigrams;
    }
}
