-- Survei Kepuasan Masyarakat (PermenPANRB 14/2017): a one-time token issued with each finished
-- service, and at most one answer per token (the nine elements, each 1 to 4).
CREATE TABLE survei_token (
  token                  VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_definition_key VARCHAR(255) NOT NULL,
  process_instance_id    VARCHAR(64)  NOT NULL,
  business_key           VARCHAR(255),
  diterbitkan            TIMESTAMP WITH TIME ZONE NOT NULL,
  dipakai                TIMESTAMP WITH TIME ZONE
);
CREATE TABLE survei_jawaban (
  token                  VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES survei_token (token),
  process_definition_key VARCHAR(255) NOT NULL,
  dijawab                TIMESTAMP WITH TIME ZONE NOT NULL,
  u1 SMALLINT NOT NULL, u2 SMALLINT NOT NULL, u3 SMALLINT NOT NULL,
  u4 SMALLINT NOT NULL, u5 SMALLINT NOT NULL, u6 SMALLINT NOT NULL,
  u7 SMALLINT NOT NULL, u8 SMALLINT NOT NULL, u9 SMALLINT NOT NULL
);
CREATE INDEX idx_survei_jawaban_proses ON survei_jawaban (process_definition_key, dijawab);
