-- Identity of a caller (issue 17): name, telephone number, instansi and kabupaten/kota given on a
-- telephone service are kept here, never in the engine's variables or history, which managers,
-- auditors and analysts read. One row per call and field; the field is the form's variable name.
-- Readable by the unit that handles the call and by administrators (penelepon.IdentitasPenelepon).
CREATE TABLE identitas_penelepon (
  process_instance_id VARCHAR(64)   NOT NULL,
  nama_data           VARCHAR(64)   NOT NULL,
  proses              VARCHAR(255)  NOT NULL,
  nilai               VARCHAR(4000),
  diubah              TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (process_instance_id, nama_data)
);
