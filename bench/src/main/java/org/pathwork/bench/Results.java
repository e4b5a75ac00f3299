package org.pathwork.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run: printed as a table and written as a JSON list of {metric, clients, value, unit}. */
final class Results {

    record Figure(String metric, Integer clients, double value, String unit) {
    }

    private final List<Figure> figures = new ArrayList<>();

    synchronized void add(String metric, Integer clients, double value, String unit) {
        Figure f = new Figure(metric, clients, round(value), unit);
        figures.add(f);
        BenchMain.log("  %-36s %8s %14s %s", metric, clients == null ? "" : clients, format(f.value()), unit);
    }

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("| %-36s | %7s | %14s | %-10s |%n", "metric", "clients", "value", "unit"));
        sb.append(String.format("|%s|%s|%s|%s|%n", "-".repeat(38), "-".repeat(9), "-".repeat(16), "-".repeat(12)));
        for (Figure f : figures) {
            sb.append(String.format("| %-36s | %7s | %14s | %-10s |%n", f.metric(),
                    f.clients() == null ? "" : f.clients(), format(f.value()), f.unit()));
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
            m.put("unit", f.unit());
            out.add(m);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
    }

    private static double round(double v) {
        return Math.abs(v) >= 100 ? Math.round(v * 10) / 10.0 : Math.round(v * 1000) / 1000.0;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.3f", v);
    }
}
