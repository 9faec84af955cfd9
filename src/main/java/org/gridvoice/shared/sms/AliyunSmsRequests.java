package org.gridvoice.shared.sms;

import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.teautil.models.RuntimeOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns our messages into Aliyun's requests, without network: the template code configured for
 * the template's name, the params as the template's JSON variables, the number without its
 * {@code +} (mainland numbers also without 86, as Aliyun expects them), and our outbox id as OutId.
 */
final class AliyunSmsRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AliyunSmsProperties properties;

    AliyunSmsRequests(AliyunSmsProperties properties) {
        this.properties = properties;
    }

    SendSmsRequest request(SmsMessage message, String reference) throws SmsGateway.SmsFailure {
        String code = properties.templates().get(message.template());
        if (code == null || code.isBlank()) {
            throw new SmsGateway.SmsFailure("no Aliyun template code for " + message.template()
                    + " (gridvoice.sms.aliyun.templates." + message.template() + ")");
        }
        return new SendSmsRequest()
                .setPhoneNumbers(number(message.phone()))
                .setSignName(properties.signName())
                .setTemplateCode(code)
                .setTemplateParam(JSON.writeValueAsString(message.params()))
                .setOutId(reference);
    }

    /** No automatic retries inside the SDK (the outbox retries, with its claim), and our timeouts. */
    RuntimeOptions runtime() {
        return new RuntimeOptions()
                .setAutoretry(false)
                .setConnectTimeout((int) properties.connectTimeout().toMillis())
                .setReadTimeout((int) properties.readTimeout().toMillis());
    }

    static String number(String e164) {
        if (e164.startsWith("+86")) {
            return e164.substring(3);
        }
        return e164.startsWith("+") ? e164.substring(1) : e164;
    }
}
