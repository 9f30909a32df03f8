-- Secrets at rest and signing key rotation (issue 12).
-- Stored secrets are sealed with AES-256-GCM under a key that is not in the database: *_sealed_by names the
-- key (authgate.secrets.*) that sealed the value beside it; NULL means still in clear, which the next start-up
-- seals (web.startup.Startup, persistence.secret.StoredSecrets). A sealed TOTP secret is base64 text, longer
-- than the base32 it replaces.
ALTER TABLE accounts ADD COLUMN totp_secret_sealed_by VARCHAR(64);
ALTER TABLE accounts ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(255);
ALTER TABLE signing_keys ADD COLUMN private_key_sealed_by VARCHAR(64);

-- Rotation: each key's generation (unique: of two nodes adding the next key at once, one fails and reads the
-- other's), and the time it starts signing (a new key is published a while before).
ALTER TABLE signing_keys ADD COLUMN generation BIGINT;
ALTER TABLE signing_keys ADD COLUMN signs_from TIMESTAMP(6) WITH TIME ZONE;
UPDATE signing_keys SET signs_from = created_at,
    generation = (SELECT COUNT(*) FROM signing_keys o
                  WHERE o.created_at < signing_keys.created_at
                     OR (o.created_at = signing_keys.created_at AND o.kid <= signing_keys.kid));
ALTER TABLE signing_keys ALTER COLUMN generation SET NOT NULL;
ALTER TABLE signing_keys ALTER COLUMN signs_from SET NOT NULL;
ALTER TABLE signing_keys ADD CONSTRAINT uq_signing_keys_generation UNIQUE (generation);
