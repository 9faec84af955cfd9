package org.gridvoice.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names as people count: runs of digits and of Chinese numerals compare by their value,
 * so 第二 < 第十 < 第十一 and "2号" < "10号"; the rest compares by a Chinese collator (then by code
 * point, so that different names never tie). Numbers come before other text at the same position.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder NAMES = new NaturalOrder();

    private static final String DIGITS = "零〇一二三四五六七八九";
    private static final String UNITS = "十百千万";

    private final Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        int natural = natural(x, y);
        return natural != 0 ? natural : x.compareTo(y);
    }

    private int natural(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int endX = numberEnd(x, i);
            int endY = numberEnd(y, j);
            if (endX > i && endY > j) {
                int byValue = Long.compare(value(x.substring(i, endX)), value(y.substring(j, endY)));
                if (byValue != 0) {
                    return byValue;
                }
                i = endX;
                j = endY;
            } else if (endX > i || endY > j) {
                return endX > i ? -1 : 1;
            } else {
                int textEndX = textEnd(x, i);
                int textEndY = textEnd(y, j);
                int byText = collator.compare(x.substring(i, textEndX), y.substring(j, textEndY));
                if (byText != 0) {
                    return byText;
                }
                int raw = x.substring(i, textEndX).compareTo(y.substring(j, textEndY));
                if (raw != 0) {
                    return raw;
                }
                i = textEndX;
                j = textEndY;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static boolean numeral(char c) {
        return Character.isDigit(c) || DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0 || c == '两';
    }

    /** Where a run of one kind of numeral starting at {@code from} ends ({@code from} when none starts there). */
    private static int numberEnd(String s, int from) {
        if (from >= s.length() || !numeral(s.charAt(from))) {
            return from;
        }
        boolean arabic = Character.isDigit(s.charAt(from));
        int end = from;
        while (end < s.length() && numeral(s.charAt(end)) && Character.isDigit(s.charAt(end)) == arabic) {
            end++;
        }
        // 百, 千, 万 alone are words (千禧, 万科), not numbers
        boolean counts = arabic || s.substring(from, end).chars().anyMatch(c -> "百千万".indexOf(c) < 0);
        return counts ? end : from;
    }

    private static int textEnd(String s, int from) {
        int end = from;
        while (end < s.length() && numberEnd(s, end) == end) {
            end++;
        }
        return end;
    }

    /** The value of a run of Arabic digits or of Chinese numerals (一 … 九, 十, 百, 千, 万, 零 / 〇, 两). */
    static long value(String run) {
        if (Character.isDigit(run.charAt(0))) {
            return run.length() > 18 ? Long.MAX_VALUE : Long.parseLong(run);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        boolean positional = run.chars().noneMatch(c -> UNITS.indexOf(c) >= 0);
        if (positional) {
            // 二〇二六: digits in place, without units
            for (char c : run.toCharArray()) {
                total = total * 10 + digitOf(c);
            }
            return total;
        }
        for (char c : run.toCharArray()) {
            int unit = UNITS.indexOf(c);
            if (unit < 0) {
                digit = digitOf(c);
                continue;
            }
            long factor = switch (unit) {
                case 0 -> 10;
                case 1 -> 100;
                case 2 -> 1000;
                default -> 10000;
            };
            if (factor == 10000) {
                total += (section + Math.max(digit, 0)) * factor;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * factor;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }

    private static int digitOf(char c) {
        if (c == '两') {
            return 2;
        }
        int index = DIGITS.indexOf(c);
        return index <= 1 ? 0 : index - 1;
    }
}
