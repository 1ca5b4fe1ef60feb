package com.backupsentinel.usage;

import java.util.List;

/**
 * Renders the usage CSV: the seed's header and columns, one row per line ending in LF (as the seed script's output),
 * fields quoted as RFC 4180 requires (a field holding {@code ,}, {@code "}, CR or LF is wrapped in double quotes and
 * its quotes doubled), and text that a spreadsheet would execute (starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or CR) prefixed with a single quote so it is shown, not run.
 */
final class UsageCsv {

    static final String HEADER = "timestamp,customer,user,additional_users_count,project_name,cluster_name";
    private static final String FORMULA_STARTS = "=+-@\t\r";

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

    /** One text field, neutralised then quoted when needed. */
    static String cell(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean needsQuotes = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf('\n') >= 0;
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
