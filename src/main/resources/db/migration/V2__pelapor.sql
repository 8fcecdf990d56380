-- Identity of a reporter, kept out of the engine (variables and history never hold it).
-- An anonymous report has no row at all; a confidential one is readable by Admin Nasional only.
CREATE TABLE pelapor (
  nomor    VARCHAR(32)  NOT NULL PRIMARY KEY,
  nama     VARCHAR(200) NOT NULL,
  telepon  VARCHAR(20),
  email    VARCHAR(254),
  rahasia  BOOLEAN      NOT NULL,
  dibuat   TIMESTAMP WITH TIME ZONE NOT NULL
);
