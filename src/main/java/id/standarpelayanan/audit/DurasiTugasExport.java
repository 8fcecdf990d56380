package id.standarpelayanan.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * The auditors' task-duration export, streamed from a database cursor: rows leave as they are read,
 * so memory stays flat however many there are. Only task facts leave: no caller or reporter data.
 */
@Component
public class DurasiTugasExport {

  public record Filter(LocalDate dari, LocalDate sampai, String proses) {
  }

  private static final String SQL = """
      SELECT t.ID_, t.PROC_DEF_KEY_, d.VERSION_, p.BUSINESS_KEY_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_,
             t.START_TIME_, t.END_TIME_, t.DUE_DATE_,
             (SELECT l.GROUP_ID_ FROM ACT_HI_IDENTITYLINK l
               WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.OPERATION_TYPE_ = 'add'
                 AND l.GROUP_ID_ IS NOT NULL ORDER BY l.TIMESTAMP_ LIMIT 1) AS KELOMPOK,
             (SELECT v.TEXT_ FROM ACT_HI_VARINST v
               WHERE v.TASK_ID_ = t.ID_ AND v.NAME_ = 'alasanKeterlambatan' LIMIT 1) AS ALASAN
      FROM ACT_HI_TASKINST t
      LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
      LEFT JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_
      WHERE t.START_TIME_ >= ? AND t.START_TIME_ < ? AND (CAST(? AS VARCHAR(255)) IS NULL OR t.PROC_DEF_KEY_ = ?)
      ORDER BY t.START_TIME_, t.ID_""";

  private final JdbcTemplate cursor;
  private final TransactionTemplate readOnly;

  public DurasiTugasExport(DataSource dataSource, PlatformTransactionManager transactions) {
    this.cursor = new JdbcTemplate(dataSource);
    this.cursor.setFetchSize(5000);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * The export's query with its filter written in, for PostgreSQL's {@code COPY}: the benchmark
   * compares the export with the database copying out the very same rows.
   */
  public static String sqlFor(LocalDate dari, LocalDate sampai, String proses) {
    if (proses != null && !proses.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("process key: " + proses);
    }
    // the engine stores local times of the JVM's zone, which is WIB
    return SQL.replaceFirst("\\?", "TIMESTAMP '" + dari + " 00:00:00'")
        .replaceFirst("\\?", "TIMESTAMP '" + sampai.plusDays(1) + " 00:00:00'")
        .replaceFirst("\\?", proses == null ? "NULL" : "'" + proses + "'")
        .replaceFirst("\\?", proses == null ? "NULL" : "'" + proses + "'");
  }

  /** Calls {@code row} for each task instance, in start order, as the cursor delivers them. */
  public void forEach(Filter filter, Consumer<BarisDurasi> row) {
    OffsetDateTime now = MutuBaku.now();
    // a transaction lets the PostgreSQL driver read with a cursor instead of loading every row
    readOnly.executeWithoutResult(status -> cursor.query(SQL, rs -> {
      row.accept(read(rs, now));
    }, Timestamp.from(filter.dari().atStartOfDay(MutuBaku.WIB).toInstant()),
        Timestamp.from(filter.sampai().plusDays(1).atStartOfDay(MutuBaku.WIB).toInstant()),
        filter.proses(), filter.proses()));
  }

  static BarisDurasi read(ResultSet rs, OffsetDateTime now) throws SQLException {
    OffsetDateTime start = wib(rs.getObject(8, LocalDateTime.class));
    OffsetDateTime end = wib(rs.getObject(9, LocalDateTime.class));
    OffsetDateTime due = wib(rs.getObject(10, LocalDateTime.class));
    Long duration = end == null ? null : seconds(start, end);
    Long standard = due == null ? null : seconds(start, due);
    OffsetDateTime measured = end == null ? now : end;
    boolean late = due != null && measured.isAfter(due);
    String status = end == null ? (late ? "BERJALAN_TERLAMBAT" : "BERJALAN") : (late ? "TERLAMBAT" : "TEPAT_WAKTU");
    Long lateBy = due == null ? null : Math.max(0, seconds(due, measured));
    return new BarisDurasi(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(11), rs.getString(7), start, end, due, duration, standard, status, lateBy, rs.getString(12));
  }

  /** RFC 4180 CSV in UTF-8 with a byte order mark, so spreadsheets read it right. */
  public void writeCsv(Filter filter, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    writer.write('\uFEFF');
    writer.write(String.join(",", BarisDurasi.HEADER));
    writer.write("\r\n");
    StringBuilder line = new StringBuilder(256);
    forEach(filter, row -> {
      line.setLength(0);
      Csv.text(line, row.proses()).append(',').append(row.versi()).append(',');
      Csv.text(line, row.businessKey()).append(',');
      Csv.text(line, row.taskKey()).append(',');
      Csv.text(line, row.namaTugas()).append(',');
      Csv.text(line, row.kelompok()).append(',');
      Csv.text(line, row.pelaksana()).append(',');
      Csv.time(line, row.mulai()).append(',');
      Csv.time(line, row.selesai()).append(',');
      Csv.time(line, row.tenggat()).append(',');
      Csv.number(line, row.durasiDetik()).append(',');
      Csv.number(line, row.mutuBakuDetik()).append(',');
      Csv.text(line, row.status()).append(',');
      Csv.number(line, row.terlambatDetik()).append(',');
      Csv.text(line, row.alasanKeterlambatan()).append("\r\n");
      try {
        writer.append(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.flush();
  }

  /**
   * A real Excel workbook, written as rows arrive (see {@link XlsxStream}): typed date and number
   * cells, a bold, frozen header row with filters.
   */
  public void writeXlsx(Filter filter, OutputStream out) throws IOException {
    try (XlsxStream xlsx = new XlsxStream(out, "Durasi tugas", BarisDurasi.HEADER)) {
      forEach(filter, row -> {
        xlsx.startRow();
        xlsx.text(row.proses());
        xlsx.number(row.versi());
        xlsx.text(row.businessKey());
        xlsx.text(row.taskKey());
        xlsx.text(row.namaTugas());
        xlsx.text(row.kelompok());
        xlsx.text(row.pelaksana());
        // Excel has no time zones: the WIB wall-clock time, as staff read it
        xlsx.time(local(row.mulai()));
        xlsx.time(local(row.selesai()));
        xlsx.time(local(row.tenggat()));
        xlsx.number(row.durasiDetik());
        xlsx.number(row.mutuBakuDetik());
        xlsx.text(row.status());
        xlsx.number(row.terlambatDetik());
        xlsx.text(row.alasanKeterlambatan());
        try {
          xlsx.endRow();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static java.time.LocalDateTime local(OffsetDateTime time) {
    return time == null ? null : time.toLocalDateTime();
  }

  private static String iso(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /** The engine stores wall-clock times of the JVM's zone, WIB, which has been UTC+7 since 1964. */
  private static OffsetDateTime wib(LocalDateTime time) {
    return time == null ? null : time.atOffset(WIB_OFFSET);
  }

  private static final ZoneOffset WIB_OFFSET = ZoneOffset.ofHours(7);

  private static long seconds(OffsetDateTime from, OffsetDateTime to) {
    return Math.round((to.toInstant().toEpochMilli() - from.toInstant().toEpochMilli()) / 1000.0);
  }
}
