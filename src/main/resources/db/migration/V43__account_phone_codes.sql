-- One-time codes sent by SMS (sign in or register with a mobile number, verify a number added to an
-- account). Only a keyed hash of the code is kept (HMAC-SHA256 with the installation secret
-- "sms-code"): six digits are quickly guessed from a plain hash. A code lives five minutes, is used
-- once and dies after five tries; only the newest code of a number and purpose counts.
CREATE TABLE account_sms_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    phone       VARCHAR(20) NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    -- for VERIFY_PHONE: the account that asked to add the number; null for SIGN_IN
    user_id     BIGINT      NULL,
    code_hash   VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    tries       INT         NOT NULL DEFAULT 0,
    used_at     DATETIME(6) NULL,
    CONSTRAINT fk_account_sms_code_user FOREIGN KEY (user_id) REFERENCES account_user (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX ix_account_sms_code_phone ON account_sms_code (phone, purpose, created_at);
CREATE INDEX ix_account_sms_code_created ON account_sms_code (phone, created_at);
