package org.gridvoice.shared.sms;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued text messages every few seconds, on one instance at a time (ShedLock); the claim
 * on each row (see {@link SmsDelivery}) keeps a message from going out twice even if two runs overlap.
 */
@Component
class SmsOutboxSender {

    private final SmsDelivery delivery;

    SmsOutboxSender(SmsDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${gridvoice.sms.send-interval:PT5S}")
    @SchedulerLock(name = "sms-outbox", lockAtMostFor = "PT5M")
    public void sendDue() {
        delivery.run();
    }
}
