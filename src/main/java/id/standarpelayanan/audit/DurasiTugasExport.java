package id.standarpelayanan.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
    this.cursor.setFetchSize(1000);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
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
    OffsetDateTime start = wib(rs.getTimestamp("START_TIME_"));
    OffsetDateTime end = wib(rs.getTimestamp("END_TIME_"));
    OffsetDateTime due = wib(rs.getTimestamp("DUE_DATE_"));
    Long duration = end == null ? null : seconds(start, end);
    Long standard = due == null ? null : seconds(start, due);
    OffsetDateTime measured = end == null ? now : end;
    boolean late = due != null && measured.isAfter(due);
    String status = end == null ? (late ? "BERJALAN_TERLAMBAT" : "BERJALAN") : (late ? "TERLAMBAT" : "TEPAT_WAKTU");
    Long lateBy = due == null ? null : Math.max(0, seconds(due, measured));
    return new BarisDurasi(rs.getString("PROC_DEF_KEY_"), rs.getInt("VERSION_"), rs.getString("BUSINESS_KEY_"),
        rs.getString("TASK_DEF_KEY_"), rs.getString("NAME_"), rs.getString("KELOMPOK"), rs.getString("ASSIGNEE_"),
        start, end, due, duration, standard, status, lateBy, rs.getString("ALASAN"));
  }

  /** RFC 4180 CSV in UTF-8 with a byte order mark, so spreadsheets read it right. */
  public void writeCsv(Filter filter, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(BarisDurasi.HEADER).get());
    forEach(filter, row -> {
      try {
        csv.printRecord(values(row));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    csv.flush();
  }

  private static List<Object> values(BarisDurasi row) {
    List<Object> values = new ArrayList<>(15);
    values.add(row.proses());
    values.add(row.versi());
    values.add(row.businessKey());
    values.add(row.taskKey());
    values.add(row.namaTugas());
    values.add(row.kelompok());
    values.add(row.pelaksana());
    values.add(iso(row.mulai()));
    values.add(iso(row.selesai()));
    values.add(iso(row.tenggat()));
    values.add(row.durasiDetik());
    values.add(row.mutuBakuDetik());
    values.add(row.status());
    values.add(row.terlambatDetik());
    values.add(row.alasanKeterlambatan());
    return values;
  }

  /**
   * A real Excel workbook, written with a streaming sheet (only a window of rows in memory): typed
   * date and number cells, a bold header row with filters.
   */
  public void writeXlsx(Filter filter, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      workbook.setCompressTempFiles(true);
      SXSSFSheet sheet = workbook.createSheet("Durasi tugas");
      CellStyle headerStyle = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      headerStyle.setFont(bold);
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < BarisDurasi.HEADER.length; i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(BarisDurasi.HEADER[i]);
        cell.setCellStyle(headerStyle);
      }
      int[] next = {1};
      forEach(filter, row -> {
        Row excel = sheet.createRow(next[0]++);
        List<Object> values = values(row);
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value == null) {
            continue;
          }
          Cell cell = excel.createCell(i);
          if (i >= 7 && i <= 9) {
            // Excel has no time zones: the WIB wall-clock time, as staff read it
            cell.setCellValue(List.of(row.mulai(), row.selesai() == null ? row.mulai() : row.selesai(),
                row.tenggat() == null ? row.mulai() : row.tenggat()).get(i - 7).toLocalDateTime());
            cell.setCellStyle(dateStyle);
          } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else {
            cell.setCellValue(value.toString());
          }
        }
      });
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, BarisDurasi.HEADER.length - 1));
      sheet.createFreezePane(0, 1);
      workbook.write(out);
    }
  }

  private static String iso(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  private static OffsetDateTime wib(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant().atZone(MutuBaku.WIB).toOffsetDateTime();
  }

  private static long seconds(OffsetDateTime from, OffsetDateTime to) {
    return Math.round(Duration.between(from, to).toMillis() / 1000.0);
  }
}
