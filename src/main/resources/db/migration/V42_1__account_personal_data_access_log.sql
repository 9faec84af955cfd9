-- Who among the staff looked at a resident's personal data (residency details, contacts), and why:
-- administrators read it (personal-data rights, PIPL). Kept when the resident's account is erased,
-- since it names no personal data of theirs, only the ids.
CREATE TABLE account_data_access (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    viewer_id   BIGINT      NOT NULL,
    subject_id  BIGINT      NOT NULL,
    purpose     VARCHAR(40) NOT NULL,
    viewed_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_account_data_access_viewer FOREIGN KEY (viewer_id) REFERENCES account_user (id),
    CONSTRAINT fk_account_data_access_subject FOREIGN KEY (subject_id) REFERENCES account_user (id)
) ENGINE=InnoDB;
CREATE INDEX ix_account_data_access_subject ON account_data_access (subject_id, viewed_at);
CREATE INDEX ix_account_data_access_viewer ON account_data_access (viewer_id, viewed_at);
