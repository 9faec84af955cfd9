package org.gridvoice.photo.domain;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Decodes a checked image (subsampled at decode time when it is far larger than the display size,
 * so a 12 MP photo is never held whole in the heap), applies its EXIF orientation, flattens any
 * transparency on white and writes the two stored sizes as fresh JPEGs: nothing of the upload's
 * metadata (GPS, camera serial) survives, because only pixels are carried over.
 */
public final class PhotoEncoder {

    public static final int DISPLAY_LONG_SIDE = 1600;
    public static final int THUMB_LONG_SIDE = 320;
    private static final float QUALITY = 0.85f;

    public record Encoded(byte[] display, int width, int height, byte[] thumb, int thumbWidth, int thumbHeight) {
    }

    private PhotoEncoder() {
    }

    public static Encoded encode(Path file, ImageStructure.Header header) throws IOException, ImageRefused {
        int orientation = orientation(file, header.format());
        BufferedImage decoded = decode(file, header);
        BufferedImage display = orientedOnWhite(fit(decoded, DISPLAY_LONG_SIDE), orientation);
        BufferedImage thumb = toRgb(fit(display, THUMB_LONG_SIDE));
        return new Encoded(jpeg(display), display.getWidth(), display.getHeight(), jpeg(thumb), thumb.getWidth(), thumb.getHeight());
    }

    /** Subsampling step: the largest that still leaves the long side at or above the display size. */
    static int subsampling(int width, int height) {
        return Math.max(1, Math.max(width, height) / DISPLAY_LONG_SIDE);
    }

    private static BufferedImage decode(Path file, ImageStructure.Header header) throws IOException, ImageRefused {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(header.format().mediaType());
            if (!readers.hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + header.format());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
                    throw new ImageRefused(ImageStructure.DAMAGED, "decoder sees other dimensions than the header");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(header.width(), header.height());
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                // a corrupt stream surfaces as IIOException or, in some decoders, as a runtime exception
                throw new ImageRefused(ImageStructure.DAMAGED, String.valueOf(e.getMessage()));
            } finally {
                reader.dispose();
            }
        }
    }

    /** EXIF orientation 1–8; 1 when the file has none or it cannot be read (the pixels are still good). */
    static int orientation(Path file, ImageFormat format) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            Metadata metadata = switch (format) {
                case JPEG -> JpegMetadataReader.readMetadata(in, List.of(new ExifReader()));
                case PNG -> PngMetadataReader.readMetadata(in);
                case WEBP -> WebpMetadataReader.readMetadata(in);
            };
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (Exception e) {
            // unreadable metadata: keep the pixels as they are stored
        }
        return 1;
    }

    private static BufferedImage fit(BufferedImage image, int longSide) throws IOException {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= longSide) {
            return image;
        }
        return Thumbnails.of(image).size(longSide, longSide).keepAspectRatio(true).asBufferedImage();
    }

    /** Draws the image turned as its EXIF orientation says onto an opaque white RGB canvas. */
    static BufferedImage orientedOnWhite(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB ? image : orientedOnWhite(image, 1);
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
