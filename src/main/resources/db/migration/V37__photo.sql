-- Residents' request photos (issue 13). Only re-encoded versions are kept, never the upload itself.
-- A photo without owner is pending: visible to its uploader only, deleted after 24 h if never attached.
CREATE TABLE photo (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_kind  VARCHAR(30)  NULL,
    owner_id    BIGINT       NULL,
    position    INT          NULL,
    internal    BOOLEAN      NOT NULL DEFAULT FALSE,
    label       VARCHAR(10)  NOT NULL DEFAULT 'NONE',
    uploaded_by BIGINT       NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    CONSTRAINT photo_owner_whole CHECK ((owner_kind IS NULL) = (owner_id IS NULL)),
    CONSTRAINT photo_label_known CHECK (label IN ('NONE', 'BEFORE', 'AFTER')),
    INDEX photo_by_owner (owner_kind, owner_id, position),
    INDEX photo_pending (owner_kind, uploaded_at)
);

-- The stored sizes of each photo (THUMB, DISPLAY), as JPEG.
CREATE TABLE photo_version (
    photo_id     BIGINT      NOT NULL,
    size         VARCHAR(10) NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    bytes        MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (photo_id, size),
    CONSTRAINT photo_version_photo FOREIGN KEY (photo_id) REFERENCES photo (id) ON DELETE CASCADE
);
