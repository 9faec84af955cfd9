package org.gridvoice.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test context every test shares: the real app on a random port, on the
 * embedded MariaDB (or SPRING_DATASOURCE_URL), with GreenMail as its SMTP server and a recording
 * SMS provider ({@link TestSms}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestMail.class, TestSms.class})
public @interface GridVoiceTest {
}
