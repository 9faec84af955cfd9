package org.gridvoice.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;
import org.gridvoice.photo.domain.ImageFormat;
import org.gridvoice.photo.domain.ImageRefused;
import org.gridvoice.photo.domain.ImageStructure;
import org.gridvoice.photo.domain.PhotoEncoder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checks every upload passes, cheapest first and all before a pixel is decoded: size, type by
 * content (never by name), container structure (truncated files, data after the image's end) and
 * the pixel count its header declares (decompression bombs); then the re-encoding.
 */
@Component
class PhotoInspection {

    static final String TOO_LARGE = "photo.error.too-large";
    static final String TOO_MANY_PIXELS = "photo.error.too-many-pixels";
    static final String EMPTY = "photo.error.empty";
    static final String HEIC = "photo.error.heic";

    /** What iPhones and some Android phones send when not set to "most compatible". */
    private static final Set<String> HEIF_FAMILY = Set.of("image/heic", "image/heif", "image/heic-sequence",
            "image/heif-sequence");

    static final String BUSY = "photo.error.busy";

    // Tika's detector is thread-safe once built; built once because loading its type registry is costly
    private final Tika tika = new Tika();
    // each re-encoding holds a few tens of MB of pixels: at most this many at once per instance
    private final Semaphore encoders;
    private final Duration queueWait;

    PhotoInspection(@Value("${gridvoice.photo.concurrent-encodes:0}") int concurrentEncodes,
                    @Value("${gridvoice.photo.encode-queue-wait:PT30S}") Duration queueWait) {
        this.encoders = new Semaphore(concurrentEncodes > 0 ? concurrentEncodes : Runtime.getRuntime().availableProcessors(), true);
        this.queueWait = queueWait;
        // ImageIO registers plugins from the class path it first sees; in a packaged app that may not be the one
        // holding TwelveMonkeys' JPEG and WebP readers, so register again from the application's class loader at start-up
        ImageIO.scanForPlugins();
    }

    PhotoEncoder.Encoded encode(Path file) throws IOException, ImageRefused {
        long size = Files.size(file);
        if (size == 0) {
            throw new ImageRefused(EMPTY, "empty file");
        }
        if (size > PhotoService.MAX_BYTES) {
            throw new ImageRefused(TOO_LARGE, size + " bytes");
        }
        ImageFormat format = format(file);
        ImageStructure.Header header = ImageStructure.read(file, format);
        if ((long) header.width() * header.height() > PhotoService.MAX_PIXELS) {
            throw new ImageRefused(TOO_MANY_PIXELS, header.width() + "x" + header.height());
        }
        try {
            if (!encoders.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImageRefused(BUSY, "no encoder free within " + queueWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageRefused(BUSY, "interrupted");
        }
        try {
            return PhotoEncoder.encode(file, header);
        } finally {
            encoders.release();
        }
    }

    /** The format by content alone: Tika's magic-byte detection with no file name given. */
    ImageFormat format(Path file) throws IOException, ImageRefused {
        String detected;
        try (InputStream in = Files.newInputStream(file)) {
            detected = tika.detect(in);
        }
        if (HEIF_FAMILY.contains(detected) || isoMediaBrand(file)) {
            throw new ImageRefused(HEIC, detected);
        }
        return ImageFormat.ofMediaType(detected).orElseThrow(() -> new ImageRefused(ImageStructure.TYPE, detected));
    }

    /** An ISO-BMFF file ("....ftyp") of the HEIF family, whatever Tika's registry calls its brand. */
    private static boolean isoMediaBrand(Path file) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 12) < 12) {
                return false;
            }
        }
        String box = new String(head, 4, 8, java.nio.charset.StandardCharsets.ISO_8859_1);
        return box.startsWith("ftyp") && Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1")
                .contains(box.substring(4));
    }
}
