package org.gridvoice.shared.sms;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;
import com.aliyun.teaopenapi.models.Config;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Sends through Aliyun's SMS service ({@code gridvoice.sms.provider=aliyun}) with its own SDK. A
 * message counts as accepted only when Aliyun answers {@code OK}; any other answer, a timeout or a
 * network error is a {@link SmsGateway.SmsFailure} and the outbox tries again later. Returns
 * Aliyun's BizId, which with our OutId finds the message in its delivery records.
 */
@Component
@ConditionalOnProperty(name = "gridvoice.sms.provider", havingValue = "aliyun")
@EnableConfigurationProperties(AliyunSmsProperties.class)
class AliyunSmsGateway implements SmsGateway {

    private final AliyunSmsRequests requests;
    private final Client client;

    AliyunSmsGateway(AliyunSmsProperties properties) throws Exception {
        if (blank(properties.accessKeyId()) || blank(properties.accessKeySecret()) || blank(properties.signName())) {
            throw new IllegalStateException("gridvoice.sms.provider=aliyun needs gridvoice.sms.aliyun.access-key-id, "
                    + "access-key-secret and sign-name (README, Operations)");
        }
        this.requests = new AliyunSmsRequests(properties);
        this.client = new Client(new Config()
                .setAccessKeyId(properties.accessKeyId())
                .setAccessKeySecret(properties.accessKeySecret())
                .setEndpoint(properties.endpoint())
                .setConnectTimeout((int) properties.connectTimeout().toMillis())
                .setReadTimeout((int) properties.readTimeout().toMillis()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String send(SmsMessage message) throws SmsFailure {
        return send(message, null);
    }

    @Override
    public String send(SmsMessage message, String reference) throws SmsFailure {
        SendSmsResponse response;
        try {
            response = client.sendSmsWithOptions(requests.request(message, reference), requests.runtime());
        } catch (SmsFailure e) {
            throw e;
        } catch (Exception e) {
            throw new SmsFailure("Aliyun SMS call failed: " + e.getMessage(), e);
        }
        var body = response == null ? null : response.getBody();
        if (body == null || !"OK".equals(body.getCode())) {
            throw new SmsFailure("Aliyun refused the message: " + (body == null ? "no answer" : body.getCode() + " " + body.getMessage()));
        }
        return body.getBizId();
    }
}
