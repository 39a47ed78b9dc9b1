/* The C floor of the benchmark: stream the CSV log and write every row to one sheet with
 * libxlsxwriter in constant_memory mode, and nothing else (no checks, no aggregation).
 *   cc -O2 -o floor floor.c $(pkg-config --cflags --libs xlsxwriter)
 *   ./floor LOG.csv OUT.xlsx
 * Dates (columns 2-3) are written as Excel dates, numeric columns (11-16) as numbers, the rest as
 * strings: the same cells as the report's Activities sheet. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int excel_date(const char *s, double *out) {
    int y, m, d;
    if (sscanf(s, "%d%*[-./ ]%d%*[-./ ]%d", &y, &m, &d) != 3) return 0;
    *out = days_from_civil(y, m, d) + 25569;
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor LOG.csv OUT.xlsx\n"); return 2; }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 1; }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Activities");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");

    size_t capacity = 1 << 16, length = 0;
    char *field = malloc(capacity);
    int c, quoted = 0, col = 0, started = 0;
    lxw_row_t row = 0;
    for (;;) {
        c = getc_unlocked(in);
        if (c == EOF && !started && length == 0 && col == 0) break;
        if (quoted) {
            if (c == '"') {
                int next = getc_unlocked(in);
                if (next == '"') { field[length++] = '"'; continue; }
                quoted = 0; c = next;
            } else if (c != EOF) {
                if (length + 1 >= capacity) field = realloc(field, capacity *= 2);
                field[length++] = (char)c;
                continue;
            }
        }
        if (c == '"' && length == 0) { quoted = 1; started = 1; continue; }
        if (c == ',' || c == '\n' || c == EOF) {
            if (length > 0 && field[length - 1] == '\r' && c != ',') length--;
            field[length] = 0;
            if (length > 0) {
                double value;
                if (row > 0 && (col == 1 || col == 2) && excel_date(field, &value))
                    worksheet_write_number(sheet, row, col, value, date);
                else if (row > 0 && col >= 10 && col <= 15)
                    worksheet_write_number(sheet, row, col, strtod(field, NULL), NULL);
                else
                    worksheet_write_string(sheet, row, col, field, NULL);
            }
            length = 0; started = 0;
            if (c == ',') { col++; continue; }
            col = 0; row++;
            if (c == EOF) break;
            continue;
        }
        if (length + 1 >= capacity) field = realloc(field, capacity *= 2);
        field[length++] = (char)c;
        started = 1;
    }
    fclose(in);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
