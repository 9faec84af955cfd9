package org.gridvoice.shared.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AliyunSmsRequestsTest {

    private final AliyunSmsRequests requests = new AliyunSmsRequests(new AliyunSmsProperties("dysmsapi.aliyuncs.com", "id", "secret",
            "网格之声", Map.of("LOGIN_CODE", "SMS_100001", "VOTE_REMINDER", "SMS_100009"), Duration.ofSeconds(3), Duration.ofSeconds(7)));

    @Test
    void a_message_becomes_the_approved_template_with_its_params_as_json_the_number_and_our_outbox_id() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", "小区停车");
        params.put("closes", "12月1日 18:00");
        var request = requests.request(new SmsMessage("+8613912345678", "VOTE_REMINDER", params, Locale.SIMPLIFIED_CHINESE), "42");

        assertThat(request.getTemplateCode()).isEqualTo("SMS_100009");
        assertThat(request.getSignName()).isEqualTo("网格之声");
        assertThat(request.getPhoneNumbers()).isEqualTo("13912345678");
        assertThat(request.getTemplateParam()).isEqualTo("{\"title\":\"小区停车\",\"closes\":\"12月1日 18:00\"}");
        assertThat(request.getOutId()).isEqualTo("42");
    }

    @Test
    void numbers_abroad_keep_their_country_code_without_the_plus() {
        assertThat(AliyunSmsRequests.number("+85291234567")).isEqualTo("85291234567");
    }

    @Test
    void a_template_without_a_configured_code_fails_so_the_outbox_keeps_the_message() {
        assertThatThrownBy(() -> requests.request(new SmsMessage("+8613912345678", "CASE_RESOLVED", Map.of(), Locale.ENGLISH), "1"))
                .isInstanceOf(SmsGateway.SmsFailure.class).hasMessageContaining("gridvoice.sms.aliyun.templates.CASE_RESOLVED");
    }

    @Test
    void every_call_has_our_timeouts_and_no_retries_of_its_own() {
        var runtime = requests.runtime();
        assertThat(runtime.getConnectTimeout().intValue()).isEqualTo(3000);
        assertThat(runtime.getReadTimeout().intValue()).isEqualTo(7000);
        assertThat(runtime.getAutoretry()).isFalse();
    }

    @Test
    void the_gateway_builds_its_sdk_client_without_calling_out_and_refuses_to_start_without_key_or_sign_name() throws Exception {
        var configured = new AliyunSmsProperties("dysmsapi.aliyuncs.com", "id", "secret", "网格之声", Map.of(), Duration.ofSeconds(3),
                Duration.ofSeconds(7));
        assertThat(new AliyunSmsGateway(configured)).isNotNull();
        var unsigned = new AliyunSmsProperties("dysmsapi.aliyuncs.com", "id", "secret", "", Map.of(), Duration.ofSeconds(3),
                Duration.ofSeconds(7));
        assertThatThrownBy(() -> new AliyunSmsGateway(unsigned)).isInstanceOf(IllegalStateException.class).hasMessageContaining("sign-name");
    }
}
