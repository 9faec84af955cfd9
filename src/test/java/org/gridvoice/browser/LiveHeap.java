package org.gridvoice.browser;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the app's JVM holds after full collections: the used heap as {@code jcmd GC.heap_info} reports
 * it after three {@code GC.run}, and the class histogram (which collects again first) by class.
 */
record LiveHeap(long usedBytes, long histogramBytes, Map<String, Count> classes) {

    record Count(long instances, long bytes) {
    }

    /** One class's growth between two readings. */
    record Growth(String className, long instances, long bytes) {
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    static LiveHeap read(ProductionApp app) throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            app.jcmd("GC.run");
            Thread.sleep(500);
        }
        Matcher used = USED.matcher(app.jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("No used heap in GC.heap_info");
        }
        Map<String, Count> classes = new HashMap<>();
        long total = 0;
        for (String line : app.jcmd("GC.class_histogram").split("\n")) {
            Matcher row = ROW.matcher(line);
            Matcher sum = TOTAL.matcher(line);
            if (row.find()) {
                classes.merge(row.group(3), new Count(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new Count(a.instances + b.instances, a.bytes + b.bytes));
            } else if (sum.find()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        return new LiveHeap(Long.parseLong(used.group(1)) * 1024, total, classes);
    }

    /** The classes that grew most in bytes since {@code before}, largest first. */
    List<Growth> growthSince(LiveHeap before, int top) {
        return classes.entrySet().stream()
                .map(e -> {
                    Count was = before.classes.getOrDefault(e.getKey(), new Count(0, 0));
                    return new Growth(e.getKey(), e.getValue().instances - was.instances, e.getValue().bytes - was.bytes);
                })
                .sorted(Comparator.comparingLong(Growth::bytes).reversed()).limit(top).toList();
    }

    /** Instances of the first class whose name ends with {@code suffix} (0 if none). */
    long instancesOf(String suffix) {
        return classes.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).mapToLong(e -> e.getValue().instances).sum();
    }
}
