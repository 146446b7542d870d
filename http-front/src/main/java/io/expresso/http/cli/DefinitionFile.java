package io.expresso.http.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The definition file a command works on. */
final class DefinitionFile {

    private DefinitionFile() {
    }

    /** @return the one file name a command takes, refusing anything more */
    static String single(Arguments arguments) {
        if (!arguments.hasNext()) {
            throw new UsageException("which definition file?");
        }
        String file = arguments.next();
        if (arguments.hasNext()) {
            throw new UsageException("unexpected argument " + arguments.next());
        }
        return file;
    }

    /** @throws CommandFailure with status 2 when the file cannot be read */
    static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(2, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CommandFailure(2, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** @return the machine name the file stands for: its name without {@code .asl.json} (or {@code .json}) */
    static String machineName(String file) {
        String name = Path.of(file).getFileName().toString();
        for (String suffix : new String[] {".asl.json", ".json"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
