-- The scheme of each account's password hash (issue 16), so that the console lists the accounts whose imported
-- hash still awaits its rehash to Argon2id with an index range instead of reading every hash. The application
-- writes the name its hash code gives (HashFormat in the local connector); this fills the rows already there from
-- the same prefixes. Plain SQL, so H2 (the run command) applies the same file.
ALTER TABLE accounts ADD COLUMN password_scheme VARCHAR(32);
UPDATE accounts SET password_scheme = CASE
    WHEN password_hash LIKE '$argon2id$%' THEN 'argon2id'
    WHEN password_hash LIKE '$2a$%' OR password_hash LIKE '$2b$%' OR password_hash LIKE '$2y$%' THEN 'bcrypt'
    WHEN password_hash LIKE '$pbkdf2$%' THEN 'pbkdf2-sha1'
    WHEN password_hash LIKE '$pbkdf2-sha256$%' THEN 'pbkdf2-sha256'
    WHEN password_hash LIKE '$pbkdf2-sha512$%' THEN 'pbkdf2-sha512'
    ELSE 'unknown' END;
ALTER TABLE accounts ALTER COLUMN password_scheme SET NOT NULL;
-- Led by the filtered column after the tenant, then the page's order: the filtered page is an index range.
CREATE INDEX ix_accounts_scheme_username ON accounts (tenant, password_scheme, username_lower);
