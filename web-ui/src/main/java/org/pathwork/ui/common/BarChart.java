package org.pathwork.ui.common;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart drawn on the server as SVG: one row per group, its name on a line of its own
 * and its bar below it (so that long names and a phone's width both fit), the figure beside the bar,
 * and optionally a dashed line marking the whole's value. A bar may be one value (a rate from 0 to 1)
 * or a stack of counts (how many at each level), with a legend naming the parts. A group whose figures
 * are hidden gets a row with the reason instead of a bar.
 * <p>
 * Every piece of text is escaped. The chart is an image to assistive technology ({@code role="img"},
 * named by its {@code <title>} and described by its {@code <desc>}, which reads out every row); the
 * page shows the same figures in a table too. It scales to its container's width ({@code viewBox},
 * width 100%), with its text in the page's font and colours chosen for at least 4.5:1 on white.
 * <p>
 * Vaadin's Element API cannot create SVG elements (they would land in the HTML namespace), so
 * {@link #component()} hands the markup to Flow's {@link Svg}, which sets it as the inner HTML of a
 * {@code div}: the browser's parser then puts it in the SVG namespace.
 */
public final class BarChart {

    /** The minus sign (U+2212) that a negative gap is written with. */
    public static final String MINUS = "\u2212";

    /**
     * The drawing's own units: 340 wide, scaled to the container, so that on a phone (about 350 px for
     * the chart) the text keeps about its size; on a desktop the chart stops at {@link #MAX_WIDTH}.
     */
    static final int WIDTH = 340;
    static final String MAX_WIDTH = "30rem";
    /** The longest bar (a value of 1, or a whole stack). */
    static final int BAR_LENGTH = 196;
    static final int BAR_HEIGHT = 14;
    private static final int ROW_HEIGHT = 42;
    private static final int FONT_SIZE = 13;
    /** Where the figure beside a bar starts. */
    private static final int VALUE_X = BAR_LENGTH + 8;
    private static final int LONGEST_NAME = 46;
    /** About how wide a character of the chart's text is, for keeping a line's label inside the drawing. */
    private static final double CHARACTER_WIDTH = 7;

    private static final String TEXT = "#1f2937";
    private static final String MUTED_TEXT = "#4b5563";
    private static final String TRACK = "#e5e7eb";
    private static final String BAR = "#2563a6";
    /** Light to dark: the levels of a stack, lowest first. */
    static final List<String> STACK_COLOURS = List.of("#dbe7f5", "#9bbde3", "#4f86c6", "#1d4e89");

    private record Row(String label, Double value, List<Integer> counts, String figure, String hidden) {
    }

    private final String id;
    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> legend = new ArrayList<>();
    private Double line;
    private String lineLabel;

    private BarChart(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * @param id    the id of the chart's element on the page; its title and description take it as a prefix
     * @param title what the chart shows, its accessible name
     */
    public static BarChart titled(String id, String title) {
        return new BarChart(id, title);
    }

    /** A bar of {@code value} (0 to 1) with {@code figure} beside it ("62.5% · +4.2 pp"). */
    public BarChart bar(String label, double value, String figure) {
        rows.add(new Row(label, clamp(value), null, figure, null));
        return this;
    }

    /** A bar of parts, one per count, in the order of the {@link #legend}; {@code figure} beside it. */
    public BarChart stack(String label, List<Integer> counts, String figure) {
        rows.add(new Row(label, null, List.copyOf(counts), figure, null));
        return this;
    }

    /** A group shown without figures: its name and why ("hidden (fewer than 10 students)"). */
    public BarChart hidden(String label, String why) {
        rows.add(new Row(label, null, null, null, why));
        return this;
    }

    /** A dashed line across the bars at {@code value} (0 to 1), named above them ("All students: 65.4%"). */
    public BarChart line(double value, String label) {
        this.line = clamp(value);
        this.lineLabel = label;
        return this;
    }

    /** The names of a stack's parts, in order. */
    public BarChart legend(List<String> names) {
        legend.clear();
        legend.addAll(names);
        return this;
    }

    /** The chart as an element of the page, its width that of its container. */
    public Svg component() {
        Svg svg = new Svg(svg());
        svg.setId(id);
        svg.getElement().getStyle().set("width", "100%").set("max-width", MAX_WIDTH);
        return svg;
    }

    /** The chart's markup: one {@code <svg>} element. */
    public String svg() {
        StringBuilder body = new StringBuilder();
        int y = 4;
        if (!legend.isEmpty()) {
            y = legend(body, y);
        }
        if (line != null) {
            y += FONT_SIZE + 2;
            // centred over the line, as far as the drawing's edges let it be
            double half = lineLabel.length() * CHARACTER_WIDTH / 2;
            double x = Math.max(half, Math.min(WIDTH - half, line * BAR_LENGTH));
            body.append(text(x, y, "middle", TEXT, lineLabel, ""));
            y += 4;
        }
        for (Row row : rows) {
            body.append(text(0, y + FONT_SIZE, "start", TEXT, shortened(row.label()), " font-weight=\"600\""));
            int barY = y + FONT_SIZE + 6;
            if (row.hidden() != null) {
                body.append(text(0, barY + BAR_HEIGHT - 2, "start", MUTED_TEXT, row.hidden(), " font-style=\"italic\""));
            } else {
                body.append(rect(0, barY, BAR_LENGTH, TRACK, "track"));
                if (row.counts() != null) {
                    stack(body, row.counts(), barY);
                } else {
                    body.append(rect(0, barY, row.value() * BAR_LENGTH, BAR, "bar"));
                }
                body.append(text(VALUE_X, barY + BAR_HEIGHT - 2, "start", TEXT, row.figure(), ""));
                if (line != null) {
                    // across each bar, not through the names and the reasons between them
                    double x = line * BAR_LENGTH;
                    body.append("<line class=\"total\" x1=\"").append(number(x)).append("\" y1=\"").append(barY - 4)
                            .append("\" x2=\"").append(number(x)).append("\" y2=\"").append(barY + BAR_HEIGHT + 4)
                            .append("\" stroke=\"").append(TEXT)
                            .append("\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
                }
            }
            y += ROW_HEIGHT;
        }
        int height = y + 4;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"100%\""
                + " role=\"img\" aria-labelledby=\"" + escape(id) + "-title " + escape(id) + "-desc\""
                + " font-size=\"" + FONT_SIZE + "\" style=\"display: block; height: auto; font-family: inherit\">"
                + "<title id=\"" + escape(id) + "-title\">" + escape(title) + "</title>"
                + "<desc id=\"" + escape(id) + "-desc\">" + escape(description()) + "</desc>"
                + body + "</svg>";
    }

    /** Every row in words, and the line: what the picture says, for those who do not see it. */
    String description() {
        List<String> parts = new ArrayList<>();
        if (!legend.isEmpty()) {
            parts.add("Parts of each bar, in order: " + String.join(", ", legend) + ".");
        }
        for (Row row : rows) {
            if (row.hidden() != null) {
                parts.add(row.label() + ": " + row.hidden() + ".");
            } else if (row.counts() != null) {
                List<String> counts = new ArrayList<>();
                for (int i = 0; i < row.counts().size(); i++) {
                    counts.add((i < legend.size() ? legend.get(i) : "part " + (i + 1)) + " " + row.counts().get(i));
                }
                parts.add(row.label() + ": " + String.join(", ", counts) + "; " + row.figure() + ".");
            } else {
                parts.add(row.label() + ": " + row.figure() + ".");
            }
        }
        if (lineLabel != null) {
            parts.add("Dashed line: " + lineLabel + ".");
        }
        return String.join(" ", parts);
    }

    private int legend(StringBuilder body, int y) {
        // two names a line: four fit a phone's width that way
        int columnWidth = WIDTH / 2;
        for (int i = 0; i < legend.size(); i++) {
            int x = (i % 2) * columnWidth;
            int lineY = y + (i / 2) * (FONT_SIZE + 8);
            body.append("<rect class=\"swatch\" x=\"").append(x).append("\" y=\"").append(lineY + 2)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(STACK_COLOURS.get(i % STACK_COLOURS.size()))
                    .append("\" stroke=\"").append(MUTED_TEXT).append("\" stroke-width=\"0.5\"/>");
            body.append(text(x + 17, lineY + FONT_SIZE, "start", TEXT, legend.get(i), ""));
        }
        return y + ((legend.size() + 1) / 2) * (FONT_SIZE + 8) + 6;
    }

    private static void stack(StringBuilder body, List<Integer> counts, int barY) {
        int total = counts.stream().mapToInt(c -> c == null ? 0 : c).sum();
        if (total == 0) {
            return;
        }
        double x = 0;
        for (int i = 0; i < counts.size(); i++) {
            int count = counts.get(i) == null ? 0 : counts.get(i);
            double length = (double) count / total * BAR_LENGTH;
            body.append("<rect class=\"part part-").append(i + 1).append("\" x=\"").append(number(x))
                    .append("\" y=\"").append(barY).append("\" width=\"").append(number(length))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                    .append(STACK_COLOURS.get(i % STACK_COLOURS.size())).append("\"/>");
            x += length;
        }
    }

    private static String rect(double x, int y, double width, String fill, String cssClass) {
        return "<rect class=\"" + cssClass + "\" x=\"" + number(x) + "\" y=\"" + y + "\" width=\"" + number(width)
                + "\" height=\"" + BAR_HEIGHT + "\" fill=\"" + fill + "\"/>";
    }

    private static String text(double x, int y, String anchor, String fill, String text, String more) {
        return "<text x=\"" + number(x) + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill + "\"" + more
                + ">" + escape(text) + "</text>";
    }

    private static String shortened(String label) {
        return label.length() <= LONGEST_NAME ? label : label.substring(0, LONGEST_NAME - 1) + "…";
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    private static String number(double n) {
        return String.format(Locale.ROOT, "%.2f", n);
    }

    /** Text made safe for SVG and HTML: the five characters that could end it or start markup, nothing else. */
    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    // --- how figures read -----------------------------------------------------------------------

    /** A rate from 0 to 1 as a percentage with one decimal: "62.5%"; empty for none. */
    public static String percent(Double rate) {
        return rate == null ? "" : String.format(Locale.ENGLISH, "%.1f%%", rate * 100);
    }

    /**
     * A gap in percentage points with its sign: "+4.2 pp", "−7.5 pp" (with a true minus sign), and
     * "±0 pp" for a gap that rounds to nothing; empty for none.
     */
    public static String gap(Double points) {
        if (points == null) {
            return "";
        }
        String rounded = String.format(Locale.ENGLISH, "%.1f", Math.abs(points));
        if (rounded.equals("0.0")) {
            return "±0 pp";
        }
        return (points > 0 ? "+" : MINUS) + rounded + " pp";
    }
}
