package io.expresso.runtime.observe.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4, for tests: it fails on anything the
 * format does not allow or that Expresso promises not to do, and returns every sample.
 *
 * <p>Rules checked: only {@code # HELP} and {@code # TYPE} comments, HELP then TYPE once per
 * family before its samples; every sample belongs to the family declared last (a histogram's
 * {@code _bucket}, {@code _sum} and {@code _count} included); valid metric and label names; label
 * values using only the three escapes; no repeated label or series; numeric values; counters end
 * in {@code _total} and are not negative; histogram buckets ascend, are cumulative, and end with
 * {@code le="+Inf"} equal to {@code _count}; the text ends with a newline.
 */
final class PrometheusTextParser {

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern VALUE = Pattern.compile("[+-]?(Inf|NaN|\\d+(\\.\\d+)?([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");

    /** Family name to type. */
    final Map<String, String> types = new LinkedHashMap<>();
    /** Canonical series ({@code name{a="x",b="y"}}, labels sorted, values unescaped) to value. */
    final Map<String, Double> samples = new LinkedHashMap<>();

    private String family;
    private String pendingHelp;
    private final Map<String, List<double[]>> buckets = new HashMap<>();

    static PrometheusTextParser parse(String text) {
        PrometheusTextParser parser = new PrometheusTextParser();
        check(text.endsWith("\n"), "the text must end with a newline");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            try {
                parser.line(lines[i]);
            } catch (IllegalStateException bad) {
                throw new IllegalStateException("line " + (i + 1) + " '" + lines[i] + "': " + bad.getMessage(), bad);
            }
        }
        parser.checkHistograms();
        return parser;
    }

    /** @return the value of a series, or fails if it is not there */
    double value(String name, String... labels) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            sorted.put(labels[i], labels[i + 1]);
        }
        String key = key(name, sorted);
        Double value = samples.get(key);
        check(value != null, "no series " + key + " in " + samples.keySet());
        return value;
    }

    private void line(String line) {
        check(!line.isEmpty(), "empty line");
        if (line.startsWith("#")) {
            comment(line);
        } else {
            sample(line);
        }
    }

    private void comment(String line) {
        String[] parts = line.split(" ", 4);
        check(parts.length >= 3 && parts[0].equals("#"), "only # HELP and # TYPE comments are expected");
        String name = parts[2];
        check(METRIC_NAME.matcher(name).matches(), "bad metric name " + name);
        switch (parts[1]) {
            case "HELP" -> {
                check(!types.containsKey(name) && pendingHelp == null, "family declared twice or HELP without TYPE: " + name);
                check(parts.length == 4 && !parts[3].isBlank(), "HELP without text");
                checkEscapes(parts[3], false);
                pendingHelp = name;
            }
            case "TYPE" -> {
                check(name.equals(pendingHelp), "TYPE must follow the HELP of the same family");
                check(parts.length == 4 && parts[3].matches("counter|gauge|histogram|summary|untyped"), "bad type");
                if (parts[3].equals("counter")) {
                    check(name.endsWith("_total"), "a counter must end in _total: " + name);
                }
                types.put(name, parts[3]);
                family = name;
                pendingHelp = null;
            }
            default -> throw new IllegalStateException("unknown comment " + parts[1]);
        }
    }

    private void sample(String line) {
        check(family != null && pendingHelp == null, "sample before its family's HELP and TYPE");
        int cursor = 0;
        while (cursor < line.length() && line.charAt(cursor) != '{' && line.charAt(cursor) != ' ') {
            cursor++;
        }
        String name = line.substring(0, cursor);
        check(METRIC_NAME.matcher(name).matches(), "bad metric name " + name);
        TreeMap<String, String> labels = new TreeMap<>();
        if (cursor < line.length() && line.charAt(cursor) == '{') {
            cursor = labels(line, cursor + 1, labels);
        }
        check(cursor < line.length() && line.charAt(cursor) == ' ', "expected a space before the value");
        String valueText = line.substring(cursor + 1);
        check(VALUE.matcher(valueText).matches(), "bad value " + valueText);
        double value = valueText.endsWith("Inf") ? (valueText.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                : Double.parseDouble(valueText);
        belongs(name, labels, value);
        String key = key(name, labels);
        check(samples.put(key, value) == null, "repeated series " + key);
    }

    private int labels(String line, int cursor, Map<String, String> labels) {
        while (true) {
            int equals = line.indexOf('=', cursor);
            check(equals > 0, "label without =");
            String label = line.substring(cursor, equals);
            check(LABEL_NAME.matcher(label).matches() && !label.startsWith("__"), "bad label name " + label);
            check(equals + 1 < line.length() && line.charAt(equals + 1) == '"', "label value must be quoted");
            StringBuilder value = new StringBuilder();
            int i = equals + 2;
            while (true) {
                check(i < line.length(), "unterminated label value");
                char c = line.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    check(i + 1 < line.length(), "dangling backslash");
                    char escaped = line.charAt(++i);
                    switch (escaped) {
                        case '\\' -> value.append('\\');
                        case '"' -> value.append('"');
                        case 'n' -> value.append('\n');
                        default -> throw new IllegalStateException("bad escape \\" + escaped);
                    }
                } else {
                    value.append(c);
                }
                i++;
            }
            check(labels.put(label, value.toString()) == null, "repeated label " + label);
            cursor = i + 1;
            check(cursor < line.length(), "unterminated label set");
            if (line.charAt(cursor) == '}') {
                return cursor + 1;
            }
            check(line.charAt(cursor) == ',', "labels must be separated by commas");
            cursor++;
        }
    }

    private void belongs(String name, TreeMap<String, String> labels, double value) {
        String type = types.get(family);
        switch (type) {
            case "counter" -> {
                check(name.equals(family), name + " is not in family " + family);
                check(value >= 0, "a counter is negative");
            }
            case "gauge" -> check(name.equals(family), name + " is not in family " + family);
            case "histogram" -> {
                if (name.equals(family + "_bucket")) {
                    String le = labels.remove("le");
                    check(le != null, "a bucket without le");
                    double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                    buckets.computeIfAbsent(key(family, labels), k -> new ArrayList<>()).add(new double[] {bound, value});
                    labels.put("le", le);
                } else {
                    check(name.equals(family + "_sum") || name.equals(family + "_count"), name + " is not in histogram " + family);
                    check(!labels.containsKey("le"), "le outside a bucket");
                }
            }
            default -> throw new IllegalStateException("Expresso exports no " + type);
        }
    }

    private void checkHistograms() {
        buckets.forEach((series, list) -> {
            for (int i = 1; i < list.size(); i++) {
                check(list.get(i)[0] > list.get(i - 1)[0], series + ": buckets must ascend");
                check(list.get(i)[1] >= list.get(i - 1)[1], series + ": buckets must be cumulative");
            }
            double[] last = list.get(list.size() - 1);
            check(last[0] == Double.POSITIVE_INFINITY, series + ": the last bucket must be +Inf");
            String countKey = series.contains("{") ? series.replaceFirst("\\{", "_count{") : series + "_count";
            check(samples.get(countKey) != null && samples.get(countKey) == last[1], series + ": +Inf must equal _count");
        });
    }

    private static void checkEscapes(String text, boolean quoted) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                check(i + 1 < text.length() && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == 'n'
                        || quoted && text.charAt(i + 1) == '"'), "bad escape in " + text);
                i++;
            }
        }
    }

    private static String key(String name, Map<String, String> labels) {
        StringBuilder key = new StringBuilder(name);
        if (!labels.isEmpty()) {
            key.append('{');
            labels.forEach((label, value) -> key.append(label).append("=\"").append(value).append("\","));
            key.setCharAt(key.length() - 1, '}');
        }
        return key.toString();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
