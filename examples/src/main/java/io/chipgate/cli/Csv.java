package io.chipgate.cli;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/** CSV output: cells quoted only when they must be (a comma, quote or line break), so headers stay plain. */
final class Csv {
    static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private Csv() {
    }
}
