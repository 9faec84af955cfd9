package org.gridvoice.shared.sms;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridvoice.sms.aliyun.*}: where Aliyun's SMS API is, the account's key (from the
 * environment), the approved sign name, the approved template code for each of our template
 * names, and the timeouts of every call.
 */
@ConfigurationProperties("gridvoice.sms.aliyun")
record AliyunSmsProperties(@DefaultValue("dysmsapi.aliyuncs.com") String endpoint, String accessKeyId, String accessKeySecret,
                           String signName, @DefaultValue Map<String, String> templates,
                           @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {
}
