package org.bellwether.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bellwether.core.SharedData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Election night replayed from GA-06's runoff as Clarity published it at 11:28 PM: a partial version in which only
 * the first {@code reported} precincts of each county have reported (the others show zero, as Clarity shows a
 * precinct not yet in), with every total above a precinct recomputed so that the file is as consistent as the
 * real one. The full version is the real file's content.
 */
public final class ClarityReplay {

    public static final List<String> COUNTIES = List.of("Cobb", "DeKalb", "Fulton");

    private ClarityReplay() {
    }

    public static Path file(String county) {
        return SharedData.file("ga06-2017/clarity/special_" + county + ".xml");
    }

    /** A county's detail.xml with the first {@code share} (0 to 1) of its precincts reported. */
    public static byte[] detailXml(String county, double share, String timestamp) {
        Document doc = parse(file(county));
        Element root = doc.getDocumentElement();
        NodeList units = ((Element) root.getElementsByTagName("Precincts").item(0)).getElementsByTagName("Precinct");
        int reported = (int) Math.ceil(share * units.getLength());
        Set<String> in = new HashSet<>();
        for (int i = 0; i < reported; i++) {
            in.add(((Element) units.item(i)).getAttribute("name"));
        }
        text(root, "Timestamp", timestamp);
        long ballots = 0;
        for (int i = 0; i < units.getLength(); i++) {
            Element p = (Element) units.item(i);
            if (!in.contains(p.getAttribute("name"))) {
                p.setAttribute("ballotsCast", "0");
                p.setAttribute("voterTurnout", "0.00");
            }
            ballots += Long.parseLong(p.getAttribute("ballotsCast"));
        }
        ((Element) root.getElementsByTagName("VoterTurnout").item(0)).setAttribute("ballotsCast", Long.toString(ballots));
        NodeList contests = root.getElementsByTagName("Contest");
        for (int c = 0; c < contests.getLength(); c++) {
            zeroContest((Element) contests.item(c), in, reported);
        }
        return write(doc);
    }

    private static void zeroContest(Element contest, Set<String> in, int reported) {
        contest.setAttribute("precinctsReported", Integer.toString(reported));
        NodeList kids = contest.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element e && e.getTagName().equals("VoteType")
                    && e.getAttribute("name").equals("Number of Precincts Reporting")) {
                sumPrecincts(e, in, "1");
            } else if (kids.item(i) instanceof Element e && e.getTagName().equals("Choice")) {
                long total = 0;
                NodeList types = e.getElementsByTagName("VoteType");
                for (int t = 0; t < types.getLength(); t++) {
                    total += sumPrecincts((Element) types.item(t), in, null);
                }
                e.setAttribute("totalVotes", Long.toString(total));
            }
        }
    }

    /** Zeroes the precincts not in, sets the reported ones to {@code reportedValue} when given, and sums. */
    private static long sumPrecincts(Element voteType, Set<String> in, String reportedValue) {
        long sum = 0;
        NodeList ps = voteType.getElementsByTagName("Precinct");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            boolean reported = in.contains(p.getAttribute("name"));
            if (!reported) {
                p.setAttribute("votes", "0");
            } else if (reportedValue != null) {
                p.setAttribute("votes", reportedValue);
            }
            sum += Long.parseLong(p.getAttribute("votes"));
        }
        voteType.setAttribute("votes", Long.toString(sum));
        return sum;
    }

    /** The detail.xml in a zip as Clarity publishes it ({@code reports/detailxml.zip}). */
    public static byte[] zip(byte[] detailXml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("detail.xml"));
            zip.write(detailXml);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Each choice's votes in a (possibly partial) detail.xml, summed over its vote types: the expected totals. */
    public static Map<String, Long> choiceTotals(byte[] detailXml) {
        Document doc = parse(detailXml);
        Map<String, Long> totals = new LinkedHashMap<>();
        NodeList choices = doc.getElementsByTagName("Choice");
        for (int i = 0; i < choices.getLength(); i++) {
            Element c = (Element) choices.item(i);
            totals.merge(c.getAttribute("text"), Long.parseLong(c.getAttribute("totalVotes")), Long::sum);
        }
        return totals;
    }

    /**
     * The {@code json/en/summary.json} Clarity publishes beside a detail.xml, made from it: per contest its name
     * ({@code C}), vote-for, precincts taking part and reporting, choices with their parties and total votes.
     */
    public static byte[] summaryJson(byte[] detailXml) {
        Document doc = parse(detailXml);
        StringBuilder json = new StringBuilder("[");
        NodeList contests = doc.getElementsByTagName("Contest");
        for (int i = 0; i < contests.getLength(); i++) {
            Element c = (Element) contests.item(i);
            List<String> names = new java.util.ArrayList<>();
            List<String> votes = new java.util.ArrayList<>();
            NodeList choices = c.getElementsByTagName("Choice");
            for (int k = 0; k < choices.getLength(); k++) {
                Element ch = (Element) choices.item(k);
                names.add("\"" + ch.getAttribute("text").replace("\"", "\\\"") + "\"");
                votes.add(ch.getAttribute("totalVotes"));
            }
            json.append(i == 0 ? "" : ",").append("{\"CATKEY\":\"C_0\",\"C\":\"").append(c.getAttribute("text"))
                    .append("\",\"K\":\"").append(c.getAttribute("key")).append("\",\"VF\":")
                    .append(c.getAttribute("voteFor").isEmpty() ? "1" : c.getAttribute("voteFor"))
                    .append(",\"TP\":").append(c.getAttribute("precinctsReporting")).append(",\"PR\":")
                    .append(c.getAttribute("precinctsReported")).append(",\"CH\":").append(names)
                    .append(",\"P\":").append(java.util.Collections.nCopies(names.size(), "\"NP\""))
                    .append(",\"V\":").append(votes).append(",\"W\":")
                    .append(java.util.Collections.nCopies(names.size(), "0")).append(",\"IsCumulative\":null}");
        }
        return json.append("]").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void text(Element root, String tag, String value) {
        root.getElementsByTagName(tag).item(0).setTextContent(value);
    }

    private static Document parse(Path file) {
        try {
            return factory().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static Document parse(byte[] xml) {
        try {
            return factory().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f;
    }

    private static byte[] write(Document doc) {
        try {
            StringWriter w = new StringWriter();
            var t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
