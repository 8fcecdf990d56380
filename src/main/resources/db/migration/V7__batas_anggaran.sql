-- Throttling of public calls (standar-pelayanan.batas): Bucket4j's token bucket per kind of call and
-- client address, one row each, locked per call (SELECT ... FOR UPDATE) so that every node draws on
-- the same budget. `kedaluwarsa` (epoch milliseconds) is when the bucket would be full again, after
-- which the row means nothing and is removed. On H2 (one node, `mvn spring-boot:run`) the buckets
-- live in memory and this table stays empty.
CREATE TABLE batas_anggaran (
  kunci       VARCHAR(200) NOT NULL PRIMARY KEY,
  keadaan     BYTEA,
  kedaluwarsa BIGINT
);
CREATE INDEX idx_batas_anggaran_kedaluwarsa ON batas_anggaran (kedaluwarsa);
