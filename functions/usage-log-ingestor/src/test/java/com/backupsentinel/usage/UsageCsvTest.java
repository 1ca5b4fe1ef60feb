package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageCsvTest {

    @Test
    void writesTheSeedsHeaderAndColumns() {
        String csv = UsageCsv.render(List.of(row("2025-10-30", "airbnb", "john.doe", "airbnb-project")));

        assertThat(csv).isEqualTo("timestamp,customer,user,additional_users_count,project_name,cluster_name\n"
                + "2025-10-30,airbnb,john.doe,5,airbnb-project,arena-cluster\n");
    }

    @Test
    void writesOnlyTheHeaderWhenThereAreNoRows() {
        assertThat(UsageCsv.render(List.of()))
                .isEqualTo("timestamp,customer,user,additional_users_count,project_name,cluster_name\n");
    }

    @Test
    void sortsByDateThenCustomerThenUser() {
        String csv = UsageCsv.render(List.of(
                row("2025-10-31", "acme", "ann", "p"),
                row("2025-10-30", "globex", "ann", "p"),
                row("2025-10-30", "acme", "zed", "p"),
                row("2025-10-30", "acme", "bob", "p")));

        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(",p,"))))
                .containsExactly("2025-10-30,acme,bob,5", "2025-10-30,acme,zed,5", "2025-10-30,globex,ann,5",
                        "2025-10-31,acme,ann,5");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "plain -> plain",
        "a,b -> \"a,b\"",
        "say \"hi\" -> \"say \"\"hi\"\"\"",
        "`two\nlines` -> two lines",
        "`cr\rinside` -> cr inside",
        "`rtl\u202Eoverride` -> rtloverride",
    })
    void quotesFieldsAsRfc4180RequiresOnOneLine(String value, String cell) {
        assertThat(UsageCsv.cell(value)).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "=HYPERLINK(\"x\") -> \"'=HYPERLINK(\"\"x\"\")\"",
        "+1+2 -> '+1+2",
        "-2+3 -> '-2+3",
        "@SUM(A1) -> '@SUM(A1)",
        "`\t=cmd` -> ' =cmd",
        "`\r@cmd` -> ' @cmd",
        "=1,2 -> \"'=1,2\"",
        "a=b -> a=b",
    })
    void neutralisesCellsASpreadsheetWouldExecute(String value, String cell) {
        assertThat(UsageCsv.cell(value)).isEqualTo(cell);
    }

    @Test
    void neutralisesEveryTextColumnButLeavesTheNumberAlone() {
        String csv = UsageCsv.render(List.of(new UsageRow(LocalDate.parse("2025-10-30"), "acme", "=evil", 0,
                "@project", "-cluster")));

        assertThat(csv.lines().skip(1)).containsExactly("2025-10-30,acme,'=evil,0,'@project,'-cluster");
    }

    private static UsageRow row(String date, String customer, String user, String project) {
        return new UsageRow(LocalDate.parse(date), customer, user, 5, project, "arena-cluster");
    }
}
