package org.gridvoice.photo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container walk on its own: dimensions from headers and the image's true end, for the layouts real encoders write. */
class ImageStructureTest {

    @TempDir Path dir;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("f" + System.nanoTime()), bytes);
    }

    private static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] webp(String name) throws IOException {
        try (InputStream in = ImageStructureTest.class.getResourceAsStream("/photo/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_progressive_jpeg_with_many_scans_is_walked_to_its_end() throws Exception {
        byte[] bytes = jpeg(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), true);
        var header = ImageStructure.read(file(bytes), ImageFormat.JPEG);
        assertThat(header.width()).isEqualTo(300);
        assertThat(header.height()).isEqualTo(200);
    }

    @Test
    void a_grey_jpeg_and_fill_bytes_before_a_marker_are_fine() throws Exception {
        byte[] grey = jpeg(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY), false);
        // 0xFF fill bytes are allowed before any marker: put two before the second segment
        byte[] filled = new byte[grey.length + 2];
        System.arraycopy(grey, 0, filled, 0, 2);
        filled[2] = (byte) 0xFF;
        filled[3] = (byte) 0xFF;
        System.arraycopy(grey, 2, filled, 4, grey.length - 2);
        assertThat(ImageStructure.read(file(filled), ImageFormat.JPEG).width()).isEqualTo(40);
    }

    @Test
    void webp_dimensions_come_from_each_kind_of_first_chunk() throws Exception {
        for (String name : new String[] {"halves-lossy.webp", "halves-lossless.webp", "halves-alpha.webp"}) {
            var header = ImageStructure.read(file(webp(name)), ImageFormat.WEBP);
            assertThat(header.width()).as(name).isEqualTo(64);
            assertThat(header.height()).as(name).isEqualTo(48);
        }
    }

    @Test
    void a_webp_whose_riff_size_claims_more_than_the_file_is_damaged() throws Exception {
        byte[] bytes = webp("halves-lossy.webp");
        bytes[4] = (byte) (bytes[4] + 16);
        assertThatThrownBy(() -> ImageStructure.read(file(bytes), ImageFormat.WEBP))
                .isInstanceOfSatisfying(ImageRefused.class, e -> assertThat(e.key()).isEqualTo(ImageStructure.DAMAGED));
    }

    @Test
    void a_png_that_does_not_start_with_its_header_chunk_is_damaged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] bytes = out.toByteArray();
        bytes[12] = 'X'; // IHDR -> XHDR
        assertThatThrownBy(() -> ImageStructure.read(file(bytes), ImageFormat.PNG))
                .isInstanceOfSatisfying(ImageRefused.class, e -> assertThat(e.key()).isEqualTo(ImageStructure.DAMAGED));
    }

    @Test
    void a_jpeg_decoded_at_a_fraction_is_subsampled_only_when_far_larger_than_the_display_size() {
        assertThat(PhotoEncoder.subsampling(1600, 1200)).isEqualTo(1);
        assertThat(PhotoEncoder.subsampling(3199, 2000)).isEqualTo(1);
        assertThat(PhotoEncoder.subsampling(4000, 3000)).isEqualTo(2);
        assertThat(PhotoEncoder.subsampling(3000, 8000)).isEqualTo(5);
    }

    @Test
    void each_exif_orientation_turns_the_pixels_as_the_standard_says() {
        // 2 × 1: red then blue
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x0000FF);
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 1))).isEqualTo("2x1 R B");
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 2))).isEqualTo("2x1 B R");
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 3))).isEqualTo("2x1 B R");
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 4))).isEqualTo("2x1 R B");
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 5))).isEqualTo("1x2 R B");
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 6))).isEqualTo("1x2 R B");
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 7))).isEqualTo("1x2 B R");
        assertThat(pixels(PhotoEncoder.orientedOnWhite(image, 8))).isEqualTo("1x2 B R");
    }

    /** "WxH" then each pixel in reading order as R or B. */
    private static String pixels(BufferedImage image) {
        StringBuilder out = new StringBuilder(image.getWidth() + "x" + image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.append((image.getRGB(x, y) & 0xFF0000) != 0 ? " R" : " B");
            }
        }
        return out.toString();
    }
}
