package io.expresso.http;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.Members;
import io.expresso.http.api.Operation;
import io.expresso.runtime.observe.InternalErrorLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Deploys every {@code <name>.asl.json} of a folder as an EXPRESS machine named {@code <name>},
 * through CreateStateMachine itself so that a file gets exactly the checks a request would. A
 * broken file, whether refused, unreadable or throwing anything at all, is reported by name; the
 * others still load and the server starts.
 */
final class DefinitionsFolder {

    private static final String SUFFIX = ".asl.json";

    /** What loading one file came to. */
    record Loaded(String name, String arnOrNull, String problemOrNull) {
    }

    private DefinitionsFolder() {
    }

    static List<Loaded> load(Path folder, Operation createStateMachine, String roleArn) {
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : files(folder)) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - SUFFIX.length());
            String definition;
            try {
                definition = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException unreadable) {
                loaded.add(new Loaded(name, null, "cannot read " + file + ": " + unreadable.getMessage()));
                continue;
            }
            loaded.add(deploy(name, definition, createStateMachine, roleArn));
        }
        return loaded;
    }

    /** Deploys one file; whatever it throws, even an Error, fails that file alone. */
    private static Loaded deploy(String name, String definition, Operation createStateMachine, String roleArn) {
        try {
            JsonObject request = JsonObject.builder(4)
                    .add("name", JsonString.of(name))
                    .add("definition", JsonString.of(definition))
                    .add("roleArn", JsonString.of(roleArn))
                    .add("type", JsonString.of("EXPRESS"))
                    .build();
            JsonObject reply = createStateMachine.invoke(new Members(request)).toCompletableFuture().join();
            return new Loaded(name, ((JsonString) reply.get("stateMachineArn")).value(), null);
        } catch (Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof ApiException refused) {
                return new Loaded(name, null, refused.type().code() + ": " + refused.getMessage());
            }
            InternalErrorLog.report("deploying " + name + SUFFIX, cause);
            return new Loaded(name, null, cause instanceof StackOverflowError
                    ? "the definition is nested too deeply to compile"
                    : "deploying it failed inside the server (the failure is on standard error)");
        }
    }

    private static List<Path> files(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the definitions folder " + folder, e);
        }
        files.sort(null);
        return files;
    }
}
