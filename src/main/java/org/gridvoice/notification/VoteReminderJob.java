package org.gridvoice.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.notification.domain.VoteReminderLog;
import org.gridvoice.voting.ClosingVote;
import org.gridvoice.voting.VoteReminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reminder per elector and vote, {@code gridvoice.remind.before} (24 hours) before it closes, to
 * those who have not voted (nor their household, under the household rule): in the bell, by mail as
 * they chose, and by text message if they chose SMS. Who was reminded is written in the transaction
 * of the reminder (INSERT IGNORE on vote and person), so a second run, a restart or a second instance
 * sends nothing again. A vote shorter than that window gets no reminder: its opening notice suffices.
 */
@Component
class VoteReminderJob {

    private static final int BATCH = 200;

    private final VoteReminders reminders;
    private final Notifier notifier;
    private final VoteReminderLog reminded;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration before;

    VoteReminderJob(VoteReminders reminders, Notifier notifier, VoteReminderLog reminded, TransactionTemplate transaction, Clock clock,
                    @Value("${gridvoice.remind.before:PT24H}") Duration before) {
        this.reminders = reminders;
        this.notifier = notifier;
        this.reminded = reminded;
        this.transaction = transaction;
        this.clock = clock;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${gridvoice.remind.check-interval:PT10M}")
    @SchedulerLock(name = "vote-reminders", lockAtMostFor = "PT30M")
    public void remindAll() {
        LocalDateTime now = LocalDateTime.now(clock);
        for (ClosingVote vote : reminders.closingBetween(now, now.plus(before))) {
            if (vote.opensAt() != null && vote.opensAt().isAfter(vote.closesAt().minus(before))) {
                continue;
            }
            remind(vote);
        }
    }

    /** Reminds the vote's electors without a ballot who were not reminded yet; returns how many were reminded now. */
    int remind(ClosingVote vote) {
        String link = "consultations/" + vote.consultationId() + "/voting";
        Notifier.Sms sms = new Notifier.Sms("VOTE_REMINDER", locale -> Notifier.params("title", Notifier.brief(vote.title()),
                "closes", notifier.when(vote.closesAt(), locale)));
        int count = 0;
        long after = 0;
        while (true) {
            VoteReminders.ElectorBatch batch = reminders.withoutBallot(vote.consultationId(), after, BATCH);
            List<Long> people = batch.withoutBallot();
            if (!people.isEmpty()) {
                count += transaction.execute(status -> {
                    int now = 0;
                    for (Long person : people) {
                        if (this.reminded.firstReminder(vote.consultationId(), person, LocalDateTime.now(clock))) {
                            notifier.notify(person, "VOTE_REMINDER", List.of(vote.title()), link, sms);
                            now++;
                        }
                    }
                    return now;
                });
            }
            if (batch.last()) {
                return count;
            }
            after = batch.lastUserId();
        }
    }
}
