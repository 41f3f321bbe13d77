package cn.wanhuo.hub.marketplace.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads an uploaded CSV (UTF-8, with or without BOM) or XLSX file into rows keyed by the header row. */
final class ImportTable {

  /** One data row: its 1-based line number in the file (header = 1) and its cells by column name. */
  record Line(int number, Map<String, String> cells) {}

  private ImportTable() {}

  static List<Line> read(String filename, byte[] content) {
    try {
      return filename.toLowerCase().endsWith(".xlsx") ? xlsx(content) : csv(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Line> csv(byte[] content) throws IOException {
    int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    var lines = new ArrayList<Line>();
    try (var parser = format.parse(new InputStreamReader(new java.io.ByteArrayInputStream(content, start, content.length - start), StandardCharsets.UTF_8))) {
      for (var record : parser) {
        var cells = new LinkedHashMap<String, String>();
        record.toMap().forEach((column, value) -> cells.put(column.trim(), value));
        lines.add(new Line((int) record.getRecordNumber() + 1, cells));
      }
    }
    return lines;
  }

  private static List<Line> xlsx(byte[] content) throws IOException {
    try (InputStream in = new java.io.ByteArrayInputStream(content); var workbook = new ReadableWorkbook(in)) {
      var rows = workbook.getFirstSheet().read();
      if (rows.isEmpty()) {
        return List.of();
      }
      List<String> header = new ArrayList<>();
      Row first = rows.get(0);
      for (int c = 0; c < first.getCellCount(); c++) {
        header.add(first.getCellText(c).trim());
      }
      var lines = new ArrayList<Line>();
      for (int r = 1; r < rows.size(); r++) {
        Row row = rows.get(r);
        var cells = new LinkedHashMap<String, String>();
        boolean empty = true;
        for (int c = 0; c < header.size(); c++) {
          String text = c < row.getCellCount() ? row.getCellText(c).trim() : "";
          empty &= text.isEmpty();
          cells.put(header.get(c), text);
        }
        if (!empty) {
          lines.add(new Line(row.getRowNum(), cells));
        }
      }
      return lines;
    }
  }
}
