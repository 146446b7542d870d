package io.expresso.codec.testing;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads a data-driven test corpus: every {@code *.json} file under a test-resources folder holds an array of cases. */
public final class Corpus {

    private Corpus() {
    }

    /** One case: its file, its name, and the whole case object. */
    public static final class Case {
        public final String file;
        public final String name;
        public final JsonObject data;

        Case(String file, JsonObject data) {
            this.file = file;
            this.data = data;
            Json name = data.get("name");
            this.name = name == null ? data.toString() : name.toString();
        }

        /** @return the member, or {@code null} when absent */
        public Json get(String key) {
            return data.get(key);
        }

        public boolean has(String key) {
            return data.get(key) != null;
        }

        /** @return the member as a string value */
        public String text(String key) {
            return ((io.expresso.codec.json.JsonString) data.get(key)).value();
        }
    }

    /** @return every case in every {@code *.json} file under {@code resourceFolder}, files in name order */
    public static List<Case> load(String resourceFolder) {
        URL url = Corpus.class.getClassLoader().getResource(resourceFolder);
        if (url == null) {
            throw new IllegalStateException("no corpus folder " + resourceFolder);
        }
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
                JsonArray array = (JsonArray) JsonParser.parse(read(file));
                for (Json item : array.asList()) {
                    cases.add(new Case(file.getFileName().toString(), (JsonObject) item));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return cases;
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }
}
