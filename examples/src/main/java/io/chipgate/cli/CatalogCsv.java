package io.chipgate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog as CSV for spreadsheets: one row per part with its figures and its outcome under each regime in
 * force on a date. Columns are stable: id, vendor, name, year, kind, datacenter, tpp, performance_density,
 * applicable_die_area_mm2, memory_bandwidth_gbs, io_bidirectional_gbs, tpp_estimated, tpp_lower, tpp_upper,
 * performance_density_estimated, performance_density_lower, performance_density_upper (see {@link FigureCells}: what
 * the text shows as {@code ~15832} or {@code ≤ 7.76}), then one column per regime id. Unknown values are empty cells. A system's tpp is the sum over its ICs (see {@link SystemTpp}).
 */
final class CatalogCsv {
    private CatalogCsv() {
    }

    static String write(List<Part> parts, Catalog catalog, LocalDate date) {
        List<Regime> regimes = Regimes.inForceOn(date);
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String c : List.of("id", "vendor", "name", "year", "kind", "datacenter", "tpp", "performance_density",
            "applicable_die_area_mm2", "memory_bandwidth_gbs", "io_bidirectional_gbs")) {
            schema.addColumn(c);
        }
        FigureCells.columns("tpp").subList(1, 4).forEach(schema::addColumn);
        FigureCells.columns("performance_density").subList(1, 4).forEach(schema::addColumn);
        regimes.forEach(r -> schema.addColumn(r.id()));
        List<List<String>> rows = new ArrayList<>();
        for (Part p : parts) {
            PartMetrics m = PartMetrics.of(p);
            Figure tpp = p.kind() == PartKind.SYSTEM ? SystemTpp.of(p, catalog::find, Interpretation.defaults()) : m.tpp();
            List<String> row = new ArrayList<>(List.of(p.id(), p.vendor(), p.name(),
                p.year().isPresent() ? Integer.toString(p.year().getAsInt()) : "", p.kind().name(),
                p.datacenter().map(String::valueOf).orElse(""), cell(tpp), cell(m.performanceDensity()),
                cell(m.applicableDieAreaMm2()), cell(m.memoryBandwidthGBs()), cell(m.ioBidirectionalGBs())));
            row.addAll(FigureCells.cells(tpp).subList(1, 4));
            row.addAll(FigureCells.cells(m.performanceDensity()).subList(1, 4));
            for (Regime r : regimes) {
                row.add(r.classify(p, Interpretation.defaults(), date, catalog::find).outcome().code());
            }
            rows.add(row);
        }
        try {
            return Csv.MAPPER.writer(schema.build().withHeader()).writeValueAsString(Csv.neutralised(rows));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Figure f) {
        return f.value().map(v -> Reports.number(v).toPlainString()).orElse("");
    }
}
