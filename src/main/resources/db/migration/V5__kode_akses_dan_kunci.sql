-- The reporter's access code (issue 16): only its SHA-256 is kept, the code itself is shown once.
CREATE TABLE laporan_akses (
  nomor        VARCHAR(32) NOT NULL PRIMARY KEY,
  kode_hash    VARCHAR(64) NOT NULL,
  diterbitkan  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The application's own secret keys (the survey codes' HMAC key), shared by every node.
CREATE TABLE kunci_aplikasi (
  nama    VARCHAR(64)  NOT NULL PRIMARY KEY,
  nilai   VARCHAR(128) NOT NULL,
  dibuat  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- survei_token.token holds from now on the SHA-256 of a survey code, never the code
-- (V5_1 hashes the codes issued before).
