-- The mail outbox no longer gives up after a number of attempts (8 attempts were about an hour of an SMTP
-- outage, and every mail queued in it was lost without a word). It retries with a capped pause; when mail
-- has waited longer than gridvoice.mail.report-delay-after the administrators are told once per mail
-- (delay_reported_at), and a mail older than gridvoice.mail.give-up-after is given up and reported
-- (given_up_at), never dropped quietly.
ALTER TABLE shared_mail_outbox ADD COLUMN delay_reported_at DATETIME(6) NULL;
ALTER TABLE shared_mail_outbox ADD COLUMN given_up_at DATETIME(6) NULL;
