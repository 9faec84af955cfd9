package org.gridvoice.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The photo benchmark: {@link PhotoService#accept(Path, Long)} of a generated ~4 MB, 12 MP
 * (4000 × 3000) JPEG — checks, subsampled decode, resize, two JPEG encodes and the database insert —
 * against a plain {@code ImageIO.read} of the same file in the same run: wall time per photo and
 * bytes allocated per photo by the calling thread (com.sun.management.ThreadMXBean). The
 * re-encoding runs on the caller's thread, so the thread's allocation is the photo's.
 * <p>
 * Run with {@code ./mvnw -Pembedded-db,bench test -Dtest=PhotoBenchmark}; {@code -Dbench.photoRounds}
 * sets the measured rounds (10, after 3 warm-up rounds). Prints a table and writes
 * target/bench/photo.md. It asserts nothing about time.
 */
@GridVoiceTest
@Tag("bench")
class PhotoBenchmark {

    @Autowired PhotoService photos;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private record Sample(long nanos, long bytes) {
    }

    @Test
    void accept_of_a_12_megapixel_jpeg_against_a_plain_imageio_read() throws Exception {
        Path photo = twelveMegapixelJpeg();
        long size = Files.size(photo);
        int warmUps = 3;
        int rounds = Integer.getInteger("bench.photoRounds", 10);
        List<Sample> accept = new ArrayList<>();
        List<Sample> read = new ArrayList<>();
        for (int i = 0; i < warmUps + rounds; i++) {
            // alternate, so drift on the machine reaches both
            Sample r = measure(() -> {
                BufferedImage image = ImageIO.read(photo.toFile());
                return image.getWidth();
            });
            Sample a = measure(() -> photos.accept(photo, null).id());
            if (i >= warmUps) {
                read.add(r);
                accept.add(a);
            }
        }
        jdbc.sql("DELETE FROM photo WHERE owner_kind IS NULL AND uploaded_by IS NULL").update();

        String table = String.join("\n",
                "# Photo benchmark",
                "",
                String.format("Input: generated JPEG 4000 × 3000 (12 MP), %.2f MB; %d measured rounds after %d warm-ups; JVM max heap %d MB.",
                        size / 1e6, rounds, warmUps, Runtime.getRuntime().maxMemory() >> 20),
                "",
                "| operation | median ms | p90 ms | min ms | median MB allocated | min MB allocated |",
                "|---|---:|---:|---:|---:|---:|",
                row("PhotoService.accept (checks, subsampled decode, resize, 2 × JPEG encode, DB insert)", accept),
                row("ImageIO.read of the same file (baseline)", read),
                "",
                String.format("accept / read: time %.2f×, allocation %.2f×.", median(accept, Sample::nanos) / (double) median(read, Sample::nanos),
                        median(accept, Sample::bytes) / (double) median(read, Sample::bytes)));
        System.out.println(table);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "photo.md"), table + "\n");
    }

    private interface Work {
        long run() throws Exception;
    }

    private static Sample measure(Work work) throws Exception {
        long thread = Thread.currentThread().threadId();
        long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - start;
        return new Sample(nanos, THREADS.getThreadAllocatedBytes(thread) - bytesBefore);
    }

    private static String row(String name, List<Sample> samples) {
        return String.format("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |", name, median(samples, Sample::nanos) / 1e6,
                percentile(samples, Sample::nanos, 0.9) / 1e6, percentile(samples, Sample::nanos, 0) / 1e6,
                median(samples, Sample::bytes) / 1e6, percentile(samples, Sample::bytes, 0) / 1e6);
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
        return percentile(samples, value, 0.5);
    }

    private static long percentile(List<Sample> samples, java.util.function.ToLongFunction<Sample> value, double p) {
        long[] sorted = samples.stream().mapToLong(value).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }

    /** A 4000 × 3000 photo-like JPEG (smooth gradients with sensor-like noise), encoded at the quality that lands near 4 MB. */
    private Path twelveMegapixelJpeg() throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(13);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                int r = clamp(128 + 90 * Math.sin(x / 230.0) + random.nextGaussian() * 12);
                int g = clamp(128 + 90 * Math.cos(y / 170.0 + x / 900.0) + random.nextGaussian() * 12);
                int b = clamp(110 + 80 * Math.sin((x + y) / 310.0) + random.nextGaussian() * 12);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        Path best = null;
        for (float quality : new float[] {0.80f, 0.85f, 0.90f, 0.93f}) {
            Path file = dir.resolve("q" + quality + ".jpg");
            writeJpeg(image, quality, file);
            if (best == null || Math.abs(Files.size(file) - 4_000_000L) < Math.abs(Files.size(best) - 4_000_000L)) {
                best = file;
            }
        }
        return best;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }

    private static void writeJpeg(BufferedImage image, float quality, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
