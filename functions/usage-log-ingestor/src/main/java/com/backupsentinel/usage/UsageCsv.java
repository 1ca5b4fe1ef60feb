package com.backupsentinel.usage;

import com.backupsentinel.shared.text.UntrustedText;
import java.util.List;

/**
 * Renders the usage CSV: the seed's header and columns, one row per line ending in LF (as the seed script's output),
 * each text field through {@link UntrustedText#csvCell}: on one line (CR, LF and tab become spaces, bidi and
 * zero-width characters go), quoted as RFC 4180 requires (a field holding {@code ,} or {@code "} is wrapped in double
 * quotes and its quotes doubled), and text that a spreadsheet would execute (starting with {@code =}, {@code +},
 * {@code -}, {@code @}) prefixed with a single quote so it is shown, not run.
 */
final class UsageCsv {

    static final String HEADER = "timestamp,customer,user,additional_users_count,project_name,cluster_name";

    private UsageCsv() {
    }

    /** The CSV for {@code rows}, in {@link UsageRow#ORDER}. */
    static String render(List<UsageRow> rows) {
        StringBuilder out = new StringBuilder(HEADER.length() + 1 + rows.size() * 64).append(HEADER).append('\n');
        rows.stream().sorted(UsageRow.ORDER).forEach(row -> out
                .append(row.date()).append(',')
                .append(cell(row.customer())).append(',')
                .append(cell(row.user())).append(',')
                .append(row.additionalUsersCount()).append(',')
                .append(cell(row.projectName())).append(',')
                .append(cell(row.clusterName())).append('\n'));
        return out.toString();
    }

    /** One text field, neutralised then quoted when needed: {@link UntrustedText#csvCell}. */
    static String cell(String value) {
        return UntrustedText.csvCell(value);
    }
}
