package org.gridvoice.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Photos in and out through the real service and MariaDB, with images built in code and byte by byte. */
@GridVoiceTest
class PhotoServiceTest {

    @Autowired PhotoService photos;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private byte[] stored(long id, String size) {
        return jdbc.sql("SELECT bytes FROM photo_version WHERE photo_id = :id AND size = :s").param("id", id).param("s", size)
                .query(byte[].class).single();
    }

    private long photoRows() {
        return jdbc.sql("SELECT COUNT(*) FROM photo").query(Long.class).single();
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/photo/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_phone_photo_loses_its_exif_gps_and_camera_and_is_turned_as_its_orientation_says() throws Exception {
        byte[] upload = Images.withExif(Images.jpeg(400, 200), 6);
        assertThat(Images.hasApp1(upload)).as("the fixture carries EXIF").isTrue();
        Long resident = people.resident().id();

        PhotoRef ref = photos.accept(file("IMG_0001.jpg", upload), resident);

        assertThat(ref.width()).isEqualTo(200);
        assertThat(ref.height()).isEqualTo(400);
        byte[] display = stored(ref.id(), "DISPLAY");
        assertThat(Images.hasApp1(display)).as("no APP1 (EXIF/XMP) segment").isFalse();
        assertThat(Images.contains(display, "Exif")).isFalse();
        assertThat(Images.contains(display, Images.CAMERA_MAKE)).isFalse();
        assertThat(Images.contains(stored(ref.id(), "THUMB"), Images.CAMERA_MAKE)).isFalse();
        BufferedImage shown = Images.read(display);
        assertThat(shown.getWidth()).isEqualTo(200);
        assertThat(shown.getHeight()).isEqualTo(400);
        // turned 90° clockwise: the left (red) half is now on top
        assertThat(red(shown.getRGB(100, 50))).isGreaterThan(200);
        assertThat(blue(shown.getRGB(100, 350))).isGreaterThan(200);
        var row = jdbc.sql("SELECT width, height, uploaded_by, owner_kind FROM photo WHERE id = :id").param("id", ref.id())
                .query().singleRow();
        assertThat(row).containsEntry("width", 200).containsEntry("height", 400).containsEntry("uploaded_by", resident);
        assertThat(row.get("owner_kind")).isNull();
    }

    @Test
    void a_large_photo_is_kept_at_1600_and_320_pixels_and_a_small_one_is_never_enlarged() throws Exception {
        PhotoRef large = photos.accept(file("large.jpg", Images.jpeg(4000, 3000)), null);
        assertThat(large.width()).isEqualTo(1600);
        assertThat(large.height()).isEqualTo(1200);
        BufferedImage thumb = Images.read(stored(large.id(), "THUMB"));
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(240);

        PhotoRef small = photos.accept(file("small.jpg", Images.jpeg(300, 500)), null);
        assertThat(small.width()).isEqualTo(300);
        assertThat(small.height()).isEqualTo(500);
        assertThat(Images.read(stored(small.id(), "THUMB")).getHeight()).isEqualTo(320);
    }

    @Test
    void png_and_webp_are_taken_and_stored_as_jpeg_with_transparency_on_white() throws Exception {
        PhotoRef png = photos.accept(file("a.png", Images.png(120, 80)), null);
        assertThat(png.width()).isEqualTo(120);
        assertThat(stored(png.id(), "DISPLAY")).startsWith(0xFF, 0xD8);
        PhotoRef clear = photos.accept(new ByteArrayInputStream(Images.transparentPng(40, 40)), null);
        int pixel = Images.read(stored(clear.id(), "DISPLAY")).getRGB(20, 20);
        assertThat(red(pixel)).isGreaterThan(245);
        assertThat(blue(pixel)).isGreaterThan(245);

        for (String name : List.of("halves-lossy.webp", "halves-lossless.webp", "halves-alpha.webp")) {
            PhotoRef webp = photos.accept(file(name, resource(name)), null);
            assertThat(webp.width()).as(name).isEqualTo(64);
            assertThat(webp.height()).as(name).isEqualTo(48);
            BufferedImage shown = Images.read(stored(webp.id(), "DISPLAY"));
            assertThat(red(shown.getRGB(5, 5))).as(name).isGreaterThan(200);
            assertThat(blue(shown.getRGB(60, 5))).as(name).isGreaterThan(200);
        }
    }

    @Test
    void each_kind_of_bad_file_is_refused_with_its_own_message_and_nothing_is_stored() throws Exception {
        byte[] jpeg = Images.jpeg(200, 100);
        byte[] png = Images.png(200, 100);
        byte[] webp = resource("halves-lossy.webp");
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy(jpeg, 0, eleven, 0, jpeg.length);
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Map.Entry<String, byte[]>> refused = List.of(
                Map.entry("photo.error.type", Images.svg()),
                Map.entry("photo.error.type", html),
                Map.entry("photo.error.heic", Images.heic()),
                Map.entry("photo.error.polyglot", Images.concat(jpeg, Images.zip())),
                Map.entry("photo.error.polyglot", Images.concat(jpeg, html)),
                Map.entry("photo.error.polyglot", Images.concat(Images.withMpfMarker(jpeg), Images.concat(jpeg, Images.zip()))),
                Map.entry("photo.error.polyglot", Images.concat(png, html)),
                Map.entry("photo.error.polyglot", Images.concat(webp, Images.zip())),
                Map.entry("photo.error.damaged", Arrays.copyOf(jpeg, jpeg.length * 2 / 3)),
                Map.entry("photo.error.damaged", Arrays.copyOf(png, png.length - 20)),
                Map.entry("photo.error.damaged", Arrays.copyOf(webp, webp.length - 10)),
                Map.entry("photo.error.too-large", eleven),
                Map.entry("photo.error.too-many-pixels", Images.pngClaiming(20_000, 20_000)),
                Map.entry("photo.error.empty", new byte[0]));
        long before = photoRows();
        for (var entry : refused) {
            Path upload = file("upload.jpg", entry.getValue());
            assertThatThrownBy(() -> photos.accept(upload, 1L)).as(entry.getKey())
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, entry.getKey())).as(e.getMessage()).isTrue());
            assertThatThrownBy(() -> photos.accept(new ByteArrayInputStream(entry.getValue()), 1L)).as(entry.getKey() + " as a stream")
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, entry.getKey())).as(e.getMessage()).isTrue());
        }
        assertThat(photoRows()).isEqualTo(before);
    }

    @Test
    void a_camera_jpeg_with_its_preview_after_the_main_image_is_taken() throws Exception {
        byte[] camera = Images.concat(Images.withMpfMarker(Images.jpeg(640, 480)), Images.jpeg(160, 120));
        PhotoRef ref = photos.accept(file("DSC0001.JPG", camera), null);
        assertThat(ref.width()).isEqualTo(640);
        assertThat(ref.height()).isEqualTo(480);
    }

    @Test
    void attached_photos_are_listed_in_attach_order_and_only_the_uploaders_pending_photos_can_be_attached() throws Exception {
        SignedInUser resident = people.resident();
        SignedInUser other = people.resident();
        long first = photos.accept(file("1.jpg", Images.jpeg(60, 40)), resident.id()).id();
        long second = photos.accept(file("2.jpg", Images.jpeg(60, 40)), resident.id()).id();
        long third = photos.accept(file("3.jpg", Images.jpeg(60, 40)), resident.id()).id();
        long othersPhoto = photos.accept(file("4.jpg", Images.jpeg(60, 40)), other.id()).id();
        long caseId = System.nanoTime();
        PhotoOwner owner = new PhotoOwner(PhotoOwner.CASE, caseId);

        assertThatThrownBy(() -> photos.attach(List.of(third, othersPhoto), owner, resident.id(), false, PhotoLabel.BEFORE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "photo.error.not-yours")).isTrue());
        assertThat(photos.photosOf(owner)).isEmpty();

        photos.attach(List.of(second, first), owner, resident.id(), true, PhotoLabel.BEFORE);
        photos.attach(List.of(third), owner, resident.id(), false, PhotoLabel.AFTER);
        assertThat(photos.photosOf(owner)).extracting(PhotoRef::id).containsExactly(second, first, third);
        assertThat(photos.photosOf(owner).getFirst().internal()).isTrue();
        assertThat(photos.photosOf(owner).getLast().label()).isEqualTo(PhotoLabel.AFTER);
        assertThat(photos.firstPublic(owner)).map(PhotoRef::id).contains(third);
        Map<Long, List<PhotoRef>> byCase = photos.photosOf(PhotoOwner.CASE, List.of(caseId, caseId + 1));
        assertThat(byCase).containsOnlyKeys(caseId);
        assertThat(byCase.get(caseId)).extracting(PhotoRef::id).containsExactly(second, first, third);

        assertThatThrownBy(() -> photos.attach(List.of(first), new PhotoOwner(PhotoOwner.CASE_EVENT, 1), resident.id(), false, PhotoLabel.NONE))
                .as("already attached").isInstanceOf(InvalidInput.class);
    }

    @Test
    void pending_photos_older_than_a_day_are_deleted_and_attached_ones_kept() throws Exception {
        long old = photos.accept(file("old.jpg", Images.jpeg(20, 20)), null).id();
        long fresh = photos.accept(file("fresh.jpg", Images.jpeg(20, 20)), null).id();
        long kept = photos.accept(file("kept.jpg", Images.jpeg(20, 20)), null).id();
        photos.attach(List.of(kept), new PhotoOwner(PhotoOwner.CASE, System.nanoTime()), null, false, PhotoLabel.NONE);
        jdbc.sql("UPDATE photo SET uploaded_at = uploaded_at - INTERVAL 25 HOUR WHERE id IN (:ids)").param("ids", List.of(old, kept)).update();

        assertThat(cleanup.deleteAbandoned()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("SELECT id FROM photo WHERE id IN (:ids)").param("ids", List.of(old, fresh, kept)).query(Long.class).list())
                .containsExactlyInAnyOrder(fresh, kept);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM photo_version WHERE photo_id = :id").param("id", old).query(Long.class).single()).isZero();
    }

    @Autowired PendingPhotoCleanup cleanup;

    private static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
