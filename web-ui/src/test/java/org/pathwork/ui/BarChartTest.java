package org.pathwork.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.common.BarChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The reports page's server-side SVG charts, read back as XML: safe text, true lengths, gaps with their signs. */
class BarChartTest {

    @Test
    void textFromTheRosterIsEscapedAndReadsBackAsItWasWritten() throws Exception {
        String school = "Lincoln <script>alert(1)</script> & \"Sons\"";
        String svg = BarChart.titled("chart", "Taking part, by school & <grade>")
                .bar(school, 0.5, "50.0% · +4.2 pp")
                .hidden("<b>Small</b> & Co", "hidden (fewer than 10 students)")
                .svg();

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>")
                .contains("Lincoln &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Sons&quot;")
                .contains("Taking part, by school &amp; &lt;grade&gt;");
        Document doc = parse(svg);
        assertThat(texts(doc)).contains(school, "<b>Small</b> & Co", "hidden (fewer than 10 students)");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        assertThat(xpath(doc, "/svg/title")).isEqualTo("Taking part, by school & <grade>");
    }

    @Test
    void aLongNameIsCutShortInTheDrawingAndReadWholeInTheDescription() throws Exception {
        String name = "The Lincoln Memorial Regional Science and Engineering Magnet High School";
        Document doc = parse(BarChart.titled("chart", "Rates").bar(name, 0.5, "50.0%").svg());

        assertThat(texts(doc)).contains("The Lincoln Memorial Regional Science and Eng…");
        assertThat(xpath(doc, "/svg/desc")).isEqualTo(name + ": 50.0%.");
    }

    @Test
    void barsAreAsLongAsTheirValuesAndAHiddenGroupHasNone() throws Exception {
        Document doc = parse(BarChart.titled("chart", "Rates")
                .bar("A", 0.25, "25.0%")
                .bar("B", 0.5, "50.0%")
                .hidden("C", "hidden (protects a small group)")
                .bar("D", 1.0, "100.0%")
                .bar("E", 0.0, "0.0%")
                .svg());

        List<Double> bars = widths(doc, "bar");
        assertThat(bars).hasSize(4);
        assertThat(bars.get(1)).isCloseTo(2 * bars.get(0), within(0.01));
        assertThat(bars.get(2)).isCloseTo(4 * bars.get(0), within(0.01));
        assertThat(bars.get(3)).isZero();
        // every shown group has its track, the full length of a value of 1
        assertThat(widths(doc, "track")).hasSize(4).allSatisfy(w -> assertThat(w).isEqualTo(bars.get(2)));
        assertThat(texts(doc)).contains("hidden (protects a small group)");
    }

    @Test
    void theDashedLineStandsAtTheWholesRateAcrossEachShownBar() throws Exception {
        Document doc = parse(BarChart.titled("chart", "Rates")
                .line(0.615, "All students: 61.5%")
                .bar("A", 0.5, "50.0%")
                .hidden("B", "hidden (fewer than 10 students)")
                .bar("C", 1.0, "100.0%")
                .svg());

        double full = widths(doc, "bar").get(1);
        NodeList lines = doc.getElementsByTagName("line");
        assertThat(lines.getLength()).isEqualTo(2);
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            assertThat(line.getAttribute("class")).isEqualTo("total");
            assertThat(line.getAttribute("stroke-dasharray")).isNotEmpty();
            assertThat(Double.parseDouble(line.getAttribute("x1"))).isCloseTo(0.615 * full, within(0.01));
            assertThat(line.getAttribute("x2")).isEqualTo(line.getAttribute("x1"));
        }
        assertThat(texts(doc)).contains("All students: 61.5%");
    }

    @Test
    void aStackIsCutInTheProportionsOfItsCountsWithALegend() throws Exception {
        Document doc = parse(BarChart.titled("chart", "Critical thinking")
                .legend(List.of("1 Beginning", "2 Developing", "3 Proficient", "4 Advanced"))
                .stack("Hispanic or Latino", List.of(0, 3, 5, 2), "mean 2.9")
                .svg());

        NodeList parts = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//rect[starts-with(@class, 'part ')]", doc, XPathConstants.NODESET);
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < parts.getLength(); i++) {
            widths.add(Double.parseDouble(((Element) parts.item(i)).getAttribute("width")));
        }
        assertThat(widths).hasSize(4);
        assertThat(widths.get(0)).isZero();
        assertThat(widths.get(2)).isCloseTo(widths.get(1) * 5 / 3, within(0.02));
        assertThat(widths.get(3)).isCloseTo(widths.get(1) * 2 / 3, within(0.02));
        assertThat(texts(doc)).contains("1 Beginning", "4 Advanced", "mean 2.9");
        assertThat(xpath(doc, "/svg/desc")).contains("Hispanic or Latino: 1 Beginning 0, 2 Developing 3, 3 Proficient 5, "
                + "4 Advanced 2; mean 2.9.");
    }

    @Test
    void theChartIsAnImageNamedByItsTitleAndDescribedRowByRow() throws Exception {
        Document doc = parse(BarChart.titled("participation-chart", "Taking part, by sex")
                .line(0.5, "All students: 50.0%")
                .bar("Female", 0.4, "40.0% · " + BarChart.gap(-10.0))
                .hidden("Other", "hidden (fewer than 10 students)")
                .svg());

        Element svg = doc.getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("participation-chart-title participation-chart-desc");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 340 ");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(xpath(doc, "/svg/title/@id")).isEqualTo("participation-chart-title");
        assertThat(xpath(doc, "/svg/desc/@id")).isEqualTo("participation-chart-desc");
        assertThat(xpath(doc, "/svg/desc")).isEqualTo("Female: 40.0% · \u221210.0 pp. "
                + "Other: hidden (fewer than 10 students). Dashed line: All students: 50.0%.");
    }

    @Test
    void aGapReadsWithItsSignInPercentagePoints() {
        assertThat(BarChart.gap(4.2)).isEqualTo("+4.2 pp");
        assertThat(BarChart.gap(-7.5)).isEqualTo("\u22127.5 pp");
        assertThat(BarChart.gap(-7.5)).doesNotContain("-");
        assertThat(BarChart.gap(0.0)).isEqualTo("±0 pp");
        assertThat(BarChart.gap(-0.04)).isEqualTo("±0 pp");
        assertThat(BarChart.gap(0.05)).isEqualTo("+0.1 pp");
        assertThat(BarChart.gap(21.8)).isEqualTo("+21.8 pp");
        assertThat(BarChart.gap(null)).isEmpty();
        assertThat(BarChart.percent(0.8333)).isEqualTo("83.3%");
        assertThat(BarChart.percent(0.0)).isEqualTo("0.0%");
        assertThat(BarChart.percent(1.0)).isEqualTo("100.0%");
    }

    // --- reading the SVG back ------------------------------------------------------------------

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Double> widths(Document doc, String cssClass) throws Exception {
        NodeList rects = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//rect[@class='" + cssClass + "']", doc, XPathConstants.NODESET);
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            widths.add(Double.parseDouble(((Element) rects.item(i)).getAttribute("width")));
        }
        return widths;
    }

    private static String xpath(Document doc, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, doc);
    }
}
