package org.gridvoice.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote() {
        assertThat(CsvCells.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.text("+1")).isEqualTo("'+1");
        assertThat(CsvCells.text("-1")).isEqualTo("'-1");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.text("路灯 = 亮")).isEqualTo("路灯 = 亮");
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void numbers_we_produce_stay_numbers_even_when_negative() throws Exception {
        StringWriter out = new StringWriter();
        try (var csv = CsvCells.printer(out, "n", "text", "flag", "missing")) {
            CsvCells.record(csv, -3, "-3", true, null);
        }
        assertThat(out.toString()).startsWith("n,text,flag,missing\r\n-3,'-3,true,");
    }
}
