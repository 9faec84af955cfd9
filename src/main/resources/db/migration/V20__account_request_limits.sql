-- Mail requests counted per key ("to:<email>" for mails to one address, "from:<ip>" for requests from one
-- client) in a fixed window, shared by every app instance: registration, resend and reset cannot be
-- used to flood an inbox or to probe many addresses quickly.
CREATE TABLE account_request_limit (
    limit_key     VARCHAR(300) NOT NULL PRIMARY KEY,
    requests      INT          NOT NULL,
    window_start  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
