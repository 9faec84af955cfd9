package org.gridvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English, and every text is a valid message pattern. */
class I18nBundlesTest {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void both_bundles_have_the_same_keys() throws Exception {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertThat(onlyEnglish).as("keys missing from messages_zh_CN.properties").isEmpty();
        assertThat(onlyChinese).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void no_text_is_empty_and_every_pattern_formats() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(bundle + " " + key).isNotBlank();
                assertThat(new MessageFormat(text).format(new Object[] {2, 3, 4})).as(bundle + " " + key).doesNotContain("{0}");
            }
        }
    }

    @Test
    void the_chinese_bundle_is_really_chinese() throws Exception {
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.getProperty("residency.status.APPROVED")).isEqualTo("已认证");
        long withHan = chinese.stringPropertyNames().stream()
                .filter(k -> chinese.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHan).isGreaterThan(chinese.size() * 9L / 10);
    }
}
