package org.pathwork.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one run: printed as a table and written as a JSON list of {metric, clients, value,
 * min, max, unit}. A figure measured in several windows (see {@link Spread}) has its median as value
 * and the lowest and highest window as min and max; a figure measured once has min and max null.
 */
final class Results {

    record Figure(String metric, Integer clients, double value, Double min, Double max, String unit) {
    }

    /**
     * One figure over the alternating windows of a load level: the median and the range. With three
     * windows the median is the middle one, so one window that the shared machine's other builds
     * slowed (or that ran while they paused) moves only the range.
     */
    record Spread(double median, double min, double max) {

        static Spread of(double... values) {
            double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (v.length == 0) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN);
            }
            int n = v.length;
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            return new Spread(median, v[0], v[n - 1]);
        }
    }

    private final List<Figure> figures = new ArrayList<>();

    synchronized void add(String metric, Integer clients, double value, String unit) {
        add(new Figure(metric, clients, round(value), null, null, unit));
    }

    synchronized void add(String metric, Integer clients, Spread spread, String unit) {
        add(new Figure(metric, clients, round(spread.median()), round(spread.min()), round(spread.max()), unit));
    }

    private void add(Figure f) {
        figures.add(f);
        BenchMain.log("  %-42s %8s %14s %21s %s", f.metric(), f.clients() == null ? "" : f.clients(),
                format(f.value()), spread(f), f.unit());
    }

    /** A Markdown table, its columns as wide as their longest cell. */
    String table() {
        int metric = figures.stream().mapToInt(f -> f.metric().length()).max().orElse(0);
        int unit = figures.stream().mapToInt(f -> f.unit().length()).max().orElse(0);
        String row = "| %-" + Math.max(metric, 6) + "s | %7s | %14s | %21s | %-" + Math.max(unit, 4) + "s |%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(row, "metric", "clients", "value", "spread (min–max)", "unit"));
        sb.append(String.format("|%s|%s|%s|%s|%s|%n", "-".repeat(Math.max(metric, 6) + 2), "-".repeat(9),
                "-".repeat(16), "-".repeat(23), "-".repeat(Math.max(unit, 4) + 2)));
        for (Figure f : figures) {
            sb.append(String.format(row, f.metric(), f.clients() == null ? "" : f.clients(), format(f.value()),
                    spread(f), f.unit()));
        }
        return sb.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", f.metric());
            m.put("clients", f.clients());
            m.put("value", f.value());
            m.put("min", f.min());
            m.put("max", f.max());
            m.put("unit", f.unit());
            out.add(m);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
    }

    private static String spread(Figure f) {
        return f.min() == null ? "" : format(f.min()) + "–" + format(f.max());
    }

    private static double round(double v) {
        return Math.abs(v) >= 100 ? Math.round(v * 10) / 10.0 : Math.round(v * 1000) / 1000.0;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.3f", v);
    }
}
