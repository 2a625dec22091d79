-- The key that signs bearer tokens, shared by every node of a cluster (a token issued by one node is
-- accepted by the others). One row; whoever can read it can sign tokens, as whoever can write the
-- accounts table can grant roles: keep the database's credentials as close as the key file was.
CREATE TABLE token_signing_key (
    id INTEGER NOT NULL PRIMARY KEY,
    key_base64 VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
