-- Secrets this installation made for itself at first start (unless configured): one row per key,
-- the highest id is the current one; older rows stay so that what they signed or keyed still checks.
CREATE TABLE installation_secret (
    name       VARCHAR(40)  NOT NULL,
    id         INT          NOT NULL,
    secret     VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name, id)
);

-- Which pseudonym key a context (one consultation's vote) uses: fixed at its first ballot, so a
-- rotation of the audit secret never splits a voter's earlier and later ballot in an open vote.
CREATE TABLE audit_pseudonym_key (
    context   VARCHAR(100) NOT NULL PRIMARY KEY,
    key_id    CHAR(16)     NOT NULL,
    pinned_at DATETIME(6)  NOT NULL
);
