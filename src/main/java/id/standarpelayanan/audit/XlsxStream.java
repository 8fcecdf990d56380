package id.standarpelayanan.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Excel workbook (Office Open XML) written straight into the response as rows arrive:
 * no cell objects, no temporary files, fast compression. Text cells are inline strings, numbers are
 * numbers, times are Excel dates with a date format; the header row is bold, frozen and filtered.
 */
final class XlsxStream implements AutoCloseable {

  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** Days from Excel's day zero (1899-12-30) to 1970-01-01. */
  private static final double EPOCH_IN_EXCEL = 25569.0;

  private final ZipOutputStream zip;
  private final Writer sheet;
  private final int columns;
  private final StringBuilder row = new StringBuilder(512);
  private int rows;
  private int column;

  XlsxStream(OutputStream out, String sheetName, String[] header) throws IOException {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.zip.setLevel(Deflater.BEST_SPEED);
    this.columns = header.length;
    part("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        + ".spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
        + "officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        + ".spreadsheetml.styles+xml\"/></Types>");
    part("_rels/.rels", XML + "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC_RELS
        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    part("xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
        + "<sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
        + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'"
        + escape(sheetName) + "'!$A$1:$" + columnName(columns - 1) + "$1</definedName></definedNames></workbook>");
    part("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + RELS + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/styles\" Target=\"styles.xml\"/></Relationships>");
    // styles: 0 plain, 1 bold (header), 2 date and time
    part("xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs></styleSheet>");
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    sheet = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
    sheet.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\">"
        + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        + "<sheetData>");
    startRow();
    for (String title : header) {
      text(title, 1);
    }
    endRow();
  }

  void startRow() {
    rows++;
    column = 0;
    row.setLength(0);
    row.append("<row r=\"").append(rows).append("\">");
  }

  void text(String value) {
    text(value, 0);
  }

  private void text(String value, int style) {
    if (value != null) {
      cell(style).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
      escapeInto(value, row);
      row.append("</t></is></c>");
    }
    column++;
  }

  void number(Number value) {
    if (value != null) {
      cell(0).append("><v>").append(value).append("</v></c>");
    }
    column++;
  }

  /** A wall-clock time, as Excel counts days. */
  void time(LocalDateTime value) {
    if (value != null) {
      double days = value.toEpochSecond(ZoneOffset.UTC) / 86400.0 + value.getNano() / 86_400e9 + EPOCH_IN_EXCEL;
      cell(2).append("><v>").append(days).append("</v></c>");
    }
    column++;
  }

  private StringBuilder cell(int style) {
    row.append("<c r=\"").append(columnName(column)).append(rows).append('"');
    if (style != 0) {
      row.append(" s=\"").append(style).append('"');
    }
    return row;
  }

  void endRow() throws IOException {
    row.append("</row>");
    sheet.append(row);
  }

  @Override
  public void close() throws IOException {
    sheet.write("</sheetData><autoFilter ref=\"A1:" + columnName(columns - 1) + rows + "\"/></worksheet>");
    sheet.flush();
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  private void part(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    escapeInto(text, escaped);
    return escaped.toString();
  }

  /** XML text; characters XML 1.0 cannot hold (most controls) are left out. */
  private static void escapeInto(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              out.append(c);
            }
          }
        }
      }
    }
  }

  /** The sheet's writer must not close the zip under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {
      // the zip is finished by XlsxStream.close()
    }
  }
}
