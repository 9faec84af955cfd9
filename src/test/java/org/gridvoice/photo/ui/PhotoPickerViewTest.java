package org.gridvoice.photo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The picker and the strip as a resident meets them, without a browser. */
class PhotoPickerViewTest extends ViewTest {

    @Autowired PhotoService photos;
    @Autowired CurrentUser currentUser;

    private static byte[] jpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    /** Sends a file through the picker as its upload handler does, then lets the UI apply the result. */
    private List<String> send(PhotoPicker picker, String name, byte[] bytes) {
        List<String> rejections = new ArrayList<>();
        picker.received(name, new ByteArrayInputStream(bytes), UI.getCurrent(), rejections::add);
        MockVaadin.runUIQueue();
        return rejections;
    }

    @Test
    void a_resident_adds_photos_up_to_the_limit_sees_each_refusal_in_words_and_removes_one() throws Exception {
        signIn(people.resident());
        inEnglish();
        PhotoPicker picker = new PhotoPicker(photos, currentUser, 2);
        UI.getCurrent().add(picker);
        assertThat(picker.upload.getAcceptedFileTypes()).containsExactly("image/jpeg", "image/png", "image/webp");
        assertThat(picker.upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);

        assertThat(send(picker, "first.jpg", jpeg())).isEmpty();
        assertThat(send(picker, "drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Only JPEG, PNG and WebP photos can be added; this file is not one of them.");
        assertThat(send(picker, "second.jpg", jpeg())).isEmpty();
        assertThat(send(picker, "third.jpg", jpeg())).containsExactly("At most 2 photos can be added.");

        assertThat(picker.photoIds()).hasSize(2);
        List<Image> thumbs = _find(picker.thumbnails, Image.class);
        assertThat(thumbs).extracting(Image::getAlt).containsExactly(java.util.Optional.of("Photo 1: first.jpg"),
                java.util.Optional.of("Photo 2: second.jpg"));
        assertThat(thumbs.getFirst().getSrc()).isEqualTo("/photos/" + picker.photoIds().getFirst() + "/thumb");
        assertThat(picker.status.getText()).isEqualTo("Photo second.jpg added.");

        Long second = picker.photoIds().get(1);
        _click(_get(picker.thumbnails, Button.class, spec -> spec.withAttribute("aria-label", "Remove photo first.jpg")));
        assertThat(picker.photoIds()).containsExactly(second);
        assertThat(picker.status.getText()).isEqualTo("Photo first.jpg removed.");
        assertThat(send(picker, "again.jpg", jpeg())).as("a place is free again").isEmpty();

        picker.clear();
        assertThat(picker.photoIds()).isEmpty();
        assertThat(_find(picker.thumbnails, Image.class)).isEmpty();
    }

    @Test
    void the_picker_speaks_chinese_by_default() throws Exception {
        signIn(people.resident());
        PhotoPicker picker = new PhotoPicker(photos, currentUser, 3);
        UI.getCurrent().add(picker);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] cutOff = java.util.Arrays.copyOf(png.toByteArray(), 40);
        assertThat(send(picker, "cut.png", cutOff)).containsExactly("照片已损坏或不完整（可能上传中断），请重新添加。");
    }

    @Test
    void the_strip_links_each_thumbnail_to_its_display_size_with_alt_text_and_a_before_after_badge() {
        inEnglish();
        PhotoStrip strip = new PhotoStrip(List.of(
                new PhotoRef(7, 1600, 1200, false, PhotoLabel.BEFORE, "/photos/7/thumb", "/photos/7/display"),
                new PhotoRef(8, 900, 1600, false, PhotoLabel.NONE, "/photos/8/thumb", "/photos/8/display")));
        UI.getCurrent().add(strip);

        List<Anchor> links = _find(strip, Anchor.class);
        assertThat(links).extracting(Anchor::getHref).containsExactly("/photos/7/display", "/photos/8/display");
        assertThat(links.getFirst().isRouterIgnore()).isTrue();
        assertThat(_find(strip, Image.class)).extracting(i -> i.getAlt().orElse(""))
                .containsExactly("Before the work: photo 1 of 2", "Photo 2 of 2");
        assertThat(_find(strip, Span.class)).extracting(Span::getText).containsExactly("Before");
        assertThat(new PhotoStrip(List.of()).isVisible()).isFalse();
    }
}
